import {
  COMPARISON_ATTRIBUTES,
  type ComparisonAttribute,
  type ComparisonKind,
} from '@/comparisons/attributes'

type Localized = {
  title: string
  slug: string
  intro: string
  /** One per item, in the same order: "choose it if…". */
  verdicts: string[]
  notes: Partial<Record<ComparisonAttribute, string>>
  faq: { question: string; answer: string }[]
}

export type SeedComparison = {
  key: string
  kind: ComparisonKind
  /** Seed keys of the modalities or services compared. */
  itemKeys: string[]
  attributes: ComparisonAttribute[]
  imageKey: string
  sortOrder: number
  en: Localized
  id: Localized
}

export const comparisons: SeedComparison[] = [
  {
    key: 'relaxation-vs-therapeutic',
    kind: 'modalities',
    itemKeys: ['relaxation-massage', 'therapeutic-massage'],
    attributes: [...COMPARISON_ATTRIBUTES],
    imageKey: 'relaxation',
    sortOrder: 10,
    en: {
      title: 'Relaxation vs therapeutic massage',
      slug: 'relaxation-vs-therapeutic-massage',
      intro:
        'Both are good for you, but they set out to do different things. A relaxation massage aims to calm your nervous system; a therapeutic massage aims to ease pain and stiffness in specific muscles and connective tissue. Here is the difference, row by row, with our current prices.',
      verdicts: [
        'You mainly want to switch off: stress, poor sleep, a restless mind or general tension without an injury behind it.',
        'Something specific hurts or moves badly: long-standing pain, a stiff neck and shoulders, posture strain or recovery from a sports injury.',
      ],
      notes: {
        goal: 'The intention decides the rest: calming the whole system, or working on one problem.',
        target:
          'Relaxation massage works mainly through the nervous system (the “rest and digest” response). Therapeutic massage works on the musculoskeletal system: specific muscles, fascia and their range of motion.',
        techniques:
          'Relaxation relies on long, even strokes. Therapeutic work starts with an assessment and uses focused techniques on the tissue that needs it.',
        therapist:
          'Therapeutic treatments are given by a therapist with a recognised licence or competency certificate, who assesses you first and adapts the work to what they find.',
        priceRange: 'Prices start at the shortest session; longer sessions cost more.',
      },
      faq: [
        {
          question: 'Can I ask for firmer pressure in a relaxation massage?',
          answer:
            'Yes, within limits. A relaxation massage stays broad and even; if you want firm, focused work on a painful area, a therapeutic treatment is the better choice.',
        },
        {
          question: 'Does a therapeutic massage hurt?',
          answer:
            'It can feel intense on tight areas, but it should never be more than you can breathe through. Tell your therapist at any time and they will adjust the pressure.',
        },
        {
          question: 'Which one is better for sleep?',
          answer:
            'Relaxation massage. Calming the nervous system may help you fall asleep more easily; therapeutic work is aimed at pain and movement instead.',
        },
      ],
    },
    id: {
      title: 'Pijat relaksasi vs pijat terapeutik',
      slug: 'pijat-relaksasi-vs-pijat-terapeutik',
      intro:
        'Keduanya baik untuk tubuh, tetapi tujuannya berbeda. Pijat relaksasi bertujuan menenangkan sistem saraf; pijat terapeutik bertujuan meredakan nyeri dan rasa kaku pada otot serta jaringan ikat tertentu. Inilah perbedaannya, baris demi baris, lengkap dengan harga kami saat ini.',
      verdicts: [
        'Anda terutama ingin melepas penat: stres, tidur kurang nyenyak, pikiran gelisah, atau otot terasa tegang tanpa cedera tertentu.',
        'Ada bagian yang nyeri atau sulit digerakkan: nyeri menahun, leher dan bahu kaku, postur yang membebani, atau pemulihan cedera olahraga.',
      ],
      notes: {
        goal: 'Tujuannya menentukan segalanya: menenangkan seluruh tubuh, atau menangani satu keluhan.',
        target:
          'Pijat relaksasi bekerja terutama lewat sistem saraf (respons “istirahat”). Pijat terapeutik bekerja pada sistem otot dan rangka: otot tertentu, fasia, dan rentang geraknya.',
        techniques:
          'Pijat relaksasi mengandalkan usapan panjang yang merata. Pijat terapeutik diawali asesmen singkat dan memakai teknik terarah pada jaringan yang membutuhkannya.',
        therapist:
          'Perawatan terapeutik diberikan oleh terapis dengan lisensi atau sertifikat kompetensi yang diakui, yang memeriksa Anda lebih dulu dan menyesuaikan pijatannya.',
        priceRange: 'Harga mulai dari sesi terpendek; harga sesi yang lebih panjang lebih tinggi.',
      },
      faq: [
        {
          question: 'Bolehkah saya minta tekanan lebih kuat saat pijat relaksasi?',
          answer:
            'Boleh, dalam batas tertentu. Pijat relaksasi tetap memakai usapan yang luas dan merata; bila Anda ingin pijatan kuat dan terarah pada bagian yang nyeri, perawatan terapeutik lebih tepat.',
        },
        {
          question: 'Apakah pijat terapeutik terasa sakit?',
          answer:
            'Bisa terasa intens di bagian yang tegang, tetapi tidak boleh melebihi batas yang masih bisa Anda tahan sambil bernapas tenang. Sampaikan kapan saja dan terapis akan menyesuaikan tekanannya.',
        },
        {
          question: 'Mana yang lebih baik untuk tidur?',
          answer:
            'Pijat relaksasi. Menenangkan sistem saraf dapat membantu Anda lebih mudah tertidur; pijat terapeutik ditujukan untuk nyeri dan gerak.',
        },
      ],
    },
  },
  {
    key: 'deep-tissue-vs-trigger-point',
    kind: 'services',
    itemKeys: ['deep-tissue-massage', 'trigger-point-therapy'],
    attributes: [
      'goal',
      'pressure',
      'techniques',
      'indications',
      'contraindications',
      'therapist',
      'sessionLengths',
      'priceRange',
    ],
    imageKey: 'deep-tissue',
    sortOrder: 20,
    en: {
      title: 'Deep tissue massage vs trigger point therapy',
      slug: 'deep-tissue-vs-trigger-point-therapy',
      intro:
        'Two of our therapeutic treatments, often confused. Deep tissue massage works slowly through broad areas of deep muscle and fascia; trigger point therapy concentrates on small, tender knots that can send pain elsewhere.',
      verdicts: [
        'Tension is spread over a whole area, such as the back or legs, and has built up over time.',
        'You can point to one or two tender spots, or pain seems to travel, for example from the shoulder into the head.',
      ],
      notes: {
        techniques:
          'Deep tissue uses slow, sustained strokes across the grain; trigger point therapy holds steady pressure on one point until it eases.',
      },
      faq: [
        {
          question: 'Can I have both in one session?',
          answer:
            'Often, yes. Book the longer deep tissue session and tell your therapist about the spots that bother you most.',
        },
      ],
    },
    id: {
      title: 'Pijat deep tissue vs terapi trigger point',
      slug: 'pijat-deep-tissue-vs-terapi-trigger-point',
      intro:
        'Dua perawatan terapeutik kami yang sering tertukar. Pijat deep tissue bekerja perlahan pada area luas otot dalam dan fasia; terapi trigger point berfokus pada simpul kecil yang nyeri dan dapat menjalarkan rasa sakit ke tempat lain.',
      verdicts: [
        'Ketegangan menyebar di satu area, misalnya punggung atau kaki, dan menumpuk dalam waktu lama.',
        'Anda bisa menunjuk satu atau dua titik yang nyeri, atau nyerinya seperti menjalar, misalnya dari bahu ke kepala.',
      ],
      notes: {
        techniques:
          'Deep tissue memakai usapan perlahan dengan tekanan yang ditahan, melintang arah serat; terapi trigger point menahan tekanan stabil di satu titik sampai nyerinya mereda.',
      },
      faq: [
        {
          question: 'Bisakah saya mendapatkan keduanya dalam satu sesi?',
          answer:
            'Sering kali bisa. Pesan sesi deep tissue yang lebih panjang dan beri tahu terapis titik mana yang paling mengganggu.',
        },
      ],
    },
  },
]
