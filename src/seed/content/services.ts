import type { Service } from '@/payload-types'
import { richText } from '../lexical'
import type { Bilingual } from './types'

type Localized = Pick<Service, 'name' | 'slug' | 'summary' | 'description' | 'meta'>
type Shared = Pick<
  Service,
  'options' | 'goals' | 'contraindications' | 'requiresLicensedTherapist' | 'featured' | 'sortOrder'
> & { modalityKey: string; techniqueKeys: string[]; imageKey: string }

const prices = (...pairs: [number, number][]) =>
  pairs.map(([durationMinutes, priceIdr]) => ({ durationMinutes, priceIdr }))

export const services: Bilingual<Shared, Localized>[] = [
  {
    key: 'ame-signature-relaxation',
    shared: {
      modalityKey: 'relaxation-massage',
      techniqueKeys: ['effleurage', 'long-strokes', 'petrissage'],
      options: prices([60, 350000], [90, 495000], [120, 640000]),
      goals: ['stress', 'muscle-tension', 'general-wellness'],
      requiresLicensedTherapist: false,
      featured: true,
      sortOrder: 10,
      imageKey: 'signature',
    },
    en: {
      name: 'Ame Signature Relaxation Massage',
      slug: 'ame-signature-relaxation-massage',
      summary:
        'Our full-body relaxation massage: warm oil, long flowing strokes and gentle kneading to help you leave the city noise behind.',
      description: richText(
        'A calm, unhurried full-body massage with light to medium pressure. Your therapist works from the back and shoulders to the legs, arms, neck and scalp with effleurage, long strokes and soft petrissage.',
        'Choose 90 or 120 minutes if you want extra time on the neck, shoulders and feet.',
      ),
      meta: {
        title: 'Signature relaxation massage, Jakarta',
        description:
          'Full-body relaxation massage in Jakarta from IDR 350,000 for 60 minutes. Gentle strokes that may ease stress and muscle tension.',
      },
    },
    id: {
      name: 'Pijat Relaksasi Khas Ame',
      slug: 'pijat-relaksasi-khas-ame',
      summary:
        'Pijat relaksasi seluruh tubuh andalan kami: minyak hangat, usapan panjang yang mengalir, dan remasan lembut untuk melepas penat dari hiruk-pikuk kota.',
      description: richText(
        'Pijat seluruh tubuh yang tenang dan tidak terburu-buru dengan tekanan ringan hingga sedang. Terapis memijat mulai dari punggung dan bahu, lalu kaki, lengan, leher, hingga kulit kepala, dengan effleurage, usapan panjang, dan petrissage yang lembut.',
        'Pilih 90 atau 120 menit jika Anda ingin waktu lebih lama untuk leher, bahu, dan telapak kaki.',
      ),
      meta: {
        title: 'Pijat relaksasi khas Ame, Jakarta',
        description:
          'Pijat relaksasi seluruh tubuh di Jakarta mulai Rp 350.000 untuk 60 menit. Usapan lembut yang dapat membantu meredakan stres dan ketegangan otot.',
      },
    },
  },
  {
    key: 'aromatherapy-relaxation',
    shared: {
      modalityKey: 'relaxation-massage',
      techniqueKeys: ['effleurage', 'long-strokes'],
      options: prices([60, 395000], [90, 545000]),
      goals: ['stress', 'anxiety', 'general-wellness'],
      contraindications: ['pregnancy'],
      requiresLicensedTherapist: false,
      featured: true,
      sortOrder: 20,
      imageKey: 'aromatherapy',
    },
    en: {
      name: 'Aromatherapy Relaxation Massage',
      slug: 'aromatherapy-relaxation-massage',
      summary:
        'A gentle massage with your choice of essential oil blend: lemongrass and ginger to refresh, or lavender and frangipani to calm.',
      description: richText(
        'You choose one of our essential oil blends before the treatment. The massage itself uses light, slow gliding strokes so the scent and the rhythm can do their work.',
        'Some essential oils are not recommended during pregnancy or with sensitive skin: tell us and we will use an unscented oil.',
      ),
      meta: {
        title: 'Aromatherapy massage, Jakarta',
        description:
          'Aromatherapy relaxation massage in Jakarta from IDR 395,000. Light gliding strokes with essential oils that may help you unwind.',
      },
    },
    id: {
      name: 'Pijat Relaksasi Aromaterapi',
      slug: 'pijat-relaksasi-aromaterapi',
      summary:
        'Pijat lembut dengan campuran minyak esensial pilihan Anda: serai dan jahe untuk menyegarkan, atau lavender dan kamboja untuk menenangkan.',
      description: richText(
        'Sebelum perawatan, Anda memilih salah satu campuran minyak esensial kami. Pijatannya sendiri memakai usapan ringan yang meluncur perlahan, agar aroma dan irama pijatan bekerja selaras.',
        'Beberapa minyak esensial tidak dianjurkan selama kehamilan atau untuk kulit sensitif: beri tahu kami dan kami akan menggunakan minyak tanpa aroma.',
      ),
      meta: {
        title: 'Pijat aromaterapi, Jakarta',
        description:
          'Pijat relaksasi aromaterapi di Jakarta mulai Rp 395.000. Usapan ringan dengan minyak esensial yang dapat membantu Anda bersantai.',
      },
    },
  },
  {
    key: 'sleep-ritual',
    shared: {
      modalityKey: 'relaxation-massage',
      techniqueKeys: ['effleurage', 'long-strokes', 'petrissage'],
      options: prices([75, 425000], [105, 575000]),
      goals: ['sleep', 'stress', 'anxiety'],
      requiresLicensedTherapist: false,
      featured: false,
      sortOrder: 30,
      imageKey: 'sleep',
    },
    en: {
      name: 'Evening Sleep Ritual',
      slug: 'evening-sleep-ritual',
      summary:
        'A slow massage in a dimly lit room, with a warm foot soak and scalp massage, timed for the evening to help you wind down before bed.',
      description: richText(
        'We start with a warm foot soak, then a very slow full-body massage with long strokes and light pressure, and finish with a quiet scalp and face massage.',
        'Best booked after 18:00 WIB. Avoid coffee beforehand and give yourself an easy evening afterwards.',
      ),
      meta: {
        title: 'Sleep ritual massage, Jakarta',
        description:
          'An evening relaxation massage in Jakarta designed to help you wind down. Slow strokes that may improve sleep quality. From IDR 425,000.',
      },
    },
    id: {
      name: 'Ritual Tidur Malam',
      slug: 'ritual-tidur-malam',
      summary:
        'Pijat perlahan di ruangan bercahaya redup, dengan rendam kaki hangat dan pijat kulit kepala, dijadwalkan pada malam hari untuk membantu Anda bersantai sebelum tidur.',
      description: richText(
        'Sesi dimulai dengan rendam kaki hangat, dilanjutkan pijat seluruh tubuh yang sangat perlahan dengan usapan panjang dan tekanan ringan, lalu ditutup dengan pijat kulit kepala dan wajah yang menenangkan.',
        'Paling baik dipesan setelah pukul 18.00 WIB. Sebaiknya tidak minum kopi sebelum sesi, dan nikmati malam yang santai setelahnya.',
      ),
      meta: {
        title: 'Pijat ritual tidur, Jakarta',
        description:
          'Pijat relaksasi malam hari di Jakarta untuk membantu Anda bersiap tidur. Usapan perlahan yang dapat membantu memperbaiki kualitas tidur. Mulai Rp 425.000.',
      },
    },
  },
  {
    key: 'deep-tissue-massage',
    shared: {
      modalityKey: 'therapeutic-massage',
      techniqueKeys: ['deep-tissue', 'myofascial-release', 'stripping'],
      options: prices([60, 450000], [90, 625000], [120, 800000]),
      goals: ['chronic-pain', 'muscle-tension', 'mobility'],
      contraindications: ['blood-thinners', 'osteoporosis'],
      requiresLicensedTherapist: true,
      featured: true,
      sortOrder: 40,
      imageKey: 'deep-tissue',
    },
    en: {
      name: 'Deep Tissue Massage',
      slug: 'deep-tissue-massage',
      summary:
        'Slow, firm, focused work on the deeper layers of muscle and fascia for stubborn tension and chronic aches.',
      description: richText(
        'After a short assessment, your therapist concentrates on the areas that need it most, using deep tissue strokes, myofascial release and stripping with slow, sustained pressure.',
        'Expect firm pressure, never pain you cannot breathe through. Mild soreness for a day or two afterwards is common.',
      ),
      meta: {
        title: 'Deep tissue massage, Jakarta',
        description:
          'Deep tissue massage in Jakarta by certified therapists, from IDR 450,000. Firm, focused work that may ease chronic tension and stiffness.',
      },
    },
    id: {
      name: 'Pijat Deep Tissue',
      slug: 'pijat-deep-tissue',
      summary:
        'Pijatan perlahan, kuat, dan terfokus pada lapisan otot dan fasia yang lebih dalam untuk ketegangan membandel dan pegal kronis.',
      description: richText(
        'Setelah asesmen singkat, terapis berfokus pada area yang paling perlu ditangani, menggunakan usapan deep tissue, pelepasan miofasial, dan stripping dengan tekanan yang diberikan perlahan dan ditahan.',
        'Tekanannya kuat, tetapi harus tetap bisa Anda tahan sambil bernapas tenang. Rasa pegal ringan selama satu atau dua hari setelahnya adalah hal yang wajar.',
      ),
      meta: {
        title: 'Pijat deep tissue, Jakarta',
        description:
          'Pijat deep tissue di Jakarta oleh terapis bersertifikat, mulai Rp 450.000. Pijatan kuat dan terfokus yang dapat membantu meredakan ketegangan kronis.',
      },
    },
  },
  {
    key: 'trigger-point-therapy',
    shared: {
      modalityKey: 'therapeutic-massage',
      techniqueKeys: ['trigger-point-therapy', 'myofascial-release', 'stripping'],
      options: prices([60, 475000], [90, 650000]),
      goals: ['chronic-pain', 'muscle-tension', 'posture'],
      contraindications: ['blood-thinners'],
      requiresLicensedTherapist: true,
      featured: false,
      sortOrder: 50,
      imageKey: 'trigger-point',
    },
    en: {
      name: 'Trigger Point Therapy',
      slug: 'trigger-point-therapy',
      summary:
        'Precise, held pressure on tender knots that may cause pain in the head, neck, shoulders or back, followed by stretching of the same muscles.',
      description: richText(
        'Your therapist finds trigger points by touch and asks how each one feels. Each point is held with steady pressure until the tissue feels softer, then the muscle is stretched with stripping and gentle myofascial release.',
        'Often chosen for tension headaches, stiff necks and shoulder blade pain. If you have frequent headaches, please also see a doctor.',
      ),
      meta: {
        title: 'Trigger point therapy, Jakarta',
        description:
          'Trigger point therapy in Jakarta by certified therapists, from IDR 475,000. Held pressure on muscle knots that may ease referred pain.',
      },
    },
    id: {
      name: 'Terapi Trigger Point',
      slug: 'terapi-trigger-point',
      summary:
        'Tekanan terarah yang ditahan pada simpul otot yang nyeri (simpul yang dapat memicu sakit di kepala, leher, bahu, atau punggung), lalu dilanjutkan dengan peregangan otot yang sama.',
      description: richText(
        'Terapis menemukan titik picu dengan perabaan dan menanyakan rasanya pada setiap titik. Setiap titik ditekan dengan stabil hingga terasa lebih lunak, lalu otot diregangkan dengan stripping dan pelepasan miofasial yang lembut.',
        'Sering dipilih untuk sakit kepala karena tegang, leher kaku, dan nyeri di sekitar tulang belikat. Jika Anda sering sakit kepala, konsultasikan juga dengan dokter.',
      ),
      meta: {
        title: 'Terapi trigger point, Jakarta',
        description:
          'Terapi trigger point di Jakarta oleh terapis bersertifikat, mulai Rp 475.000. Tekanan terarah pada simpul otot yang dapat membantu meredakan nyeri menjalar.',
      },
    },
  },
  {
    key: 'back-neck-shoulder',
    shared: {
      modalityKey: 'therapeutic-massage',
      techniqueKeys: ['myofascial-release', 'trigger-point-therapy', 'deep-tissue'],
      options: prices([45, 325000], [60, 395000]),
      goals: ['posture', 'muscle-tension', 'chronic-pain'],
      requiresLicensedTherapist: true,
      featured: true,
      sortOrder: 60,
      imageKey: 'back-neck',
    },
    en: {
      name: 'Back, Neck & Shoulder Relief',
      slug: 'back-neck-shoulder-relief',
      summary:
        'A focused treatment for desk and commute stiffness: upper back, neck and shoulders, with simple stretches to take home.',
      description: richText(
        'Designed for long days at a laptop and long hours in Jakarta traffic. Your therapist works on the upper back, neck and shoulders with myofascial release, trigger point pressure and deep tissue strokes.',
        'You leave with two or three simple stretches chosen for your posture.',
      ),
      meta: {
        title: 'Back, neck and shoulder massage, Jakarta',
        description:
          'Focused back, neck and shoulder massage in Jakarta from IDR 325,000. May ease stiffness from desk work and posture-related tension.',
      },
    },
    id: {
      name: 'Pijat Punggung, Leher & Bahu',
      slug: 'pijat-punggung-leher-bahu',
      summary:
        'Perawatan terfokus untuk rasa kaku akibat duduk lama di meja kerja dan di perjalanan: punggung atas, leher, dan bahu, plus peregangan sederhana untuk dilakukan di rumah.',
      description: richText(
        'Dirancang untuk Anda yang seharian di depan laptop dan berjam-jam di kemacetan Jakarta. Terapis menangani punggung atas, leher, dan bahu dengan pelepasan miofasial, tekanan trigger point, dan usapan deep tissue.',
        'Anda akan dibekali dua atau tiga gerakan peregangan sederhana yang disesuaikan dengan postur tubuh Anda.',
      ),
      meta: {
        title: 'Pijat punggung, leher & bahu, Jakarta',
        description:
          'Pijat terfokus untuk punggung, leher, dan bahu di Jakarta mulai Rp 325.000. Dapat membantu meredakan rasa kaku dan ketegangan karena postur.',
      },
    },
  },
  {
    key: 'sports-recovery',
    shared: {
      modalityKey: 'therapeutic-massage',
      techniqueKeys: ['cross-fiber-friction', 'stripping', 'deep-tissue', 'myofascial-release'],
      options: prices([60, 495000], [90, 675000]),
      goals: ['injury-recovery', 'mobility', 'muscle-tension'],
      contraindications: ['recent-injury'],
      requiresLicensedTherapist: true,
      featured: false,
      sortOrder: 70,
      imageKey: 'sports',
    },
    en: {
      name: 'Sports Recovery Massage',
      slug: 'sports-recovery-massage',
      summary:
        'For runners, cyclists, padel and gym regulars: focused work on overused muscles and tendons to support recovery and mobility.',
      description: richText(
        'Your therapist combines cross-fibre friction around tendons, stripping along tight muscles and deep tissue work, based on your sport and where you feel it.',
        'For a new injury, see a doctor or physiotherapist first; we can help once the acute phase is over.',
      ),
      meta: {
        title: 'Sports massage, Jakarta',
        description:
          'Sports recovery massage in Jakarta from IDR 495,000. Friction, stripping and deep tissue work that may reduce soreness and support mobility.',
      },
    },
    id: {
      name: 'Pijat Pemulihan Olahraga',
      slug: 'pijat-pemulihan-olahraga',
      summary:
        'Untuk pelari, pesepeda, pemain padel, dan pengunjung rutin gym: penanganan terfokus pada otot dan tendon yang bekerja keras untuk mendukung pemulihan dan kebebasan gerak.',
      description: richText(
        'Terapis memadukan friksi melintang serat di sekitar tendon, stripping di sepanjang otot yang tegang, dan teknik deep tissue, sesuai olahraga Anda dan area yang dikeluhkan.',
        'Untuk cedera baru, periksakan dulu ke dokter atau fisioterapis; kami dapat membantu setelah fase akut berlalu.',
      ),
      meta: {
        title: 'Pijat olahraga, Jakarta',
        description:
          'Pijat pemulihan olahraga di Jakarta mulai Rp 495.000. Friksi, stripping, dan teknik deep tissue yang dapat membantu mengurangi pegal dan menjaga rentang gerak.',
      },
    },
  },
]
