import type { Modality } from '@/payload-types'
import { richText } from '../lexical'
import type { Bilingual } from './types'

type Localized = Pick<
  Modality,
  | 'name'
  | 'slug'
  | 'tagline'
  | 'summary'
  | 'body'
  | 'primaryGoal'
  | 'indications'
  | 'notIntendedFor'
  | 'benefits'
  | 'contraindications'
  | 'meta'
>
type Shared = Pick<Modality, 'target' | 'pressure' | 'sortOrder'> & {
  techniqueKeys: string[]
  imageKey: string
}

type Goal = NonNullable<Modality['indications']>[number]['goal']
type Condition = NonNullable<Modality['contraindications']>[number]['condition']
type Pair = { en: string; id: string }

const goalRows = (rows: (Pair & { goal: Goal })[]) => ({
  en: rows.map(({ goal, en }) => ({ goal, text: en })),
  id: rows.map(({ goal, id }) => ({ goal, text: id })),
})
const benefitRows = (rows: { benefit: Pair; evidence: Pair }[]) => ({
  en: rows.map((row) => ({ benefit: row.benefit.en, evidenceNote: row.evidence.en })),
  id: rows.map((row) => ({ benefit: row.benefit.id, evidenceNote: row.evidence.id })),
})
const cautionRows = (rows: (Pair & { condition: Condition })[]) => ({
  en: rows.map(({ condition, en }) => ({ condition, advice: en })),
  id: rows.map(({ condition, id }) => ({ condition, advice: id })),
})

const sharedCautions = [
  {
    condition: 'fever-infection' as const,
    en: 'Please reschedule if you have a fever, flu or any infection.',
    id: 'Mohon jadwalkan ulang jika Anda sedang demam, flu, atau mengalami infeksi.',
  },
  {
    condition: 'pregnancy' as const,
    en: 'Tell us if you are pregnant; we only offer adapted techniques after the first trimester and with your doctor’s approval.',
    id: 'Beri tahu kami jika Anda hamil; kami hanya memberikan teknik yang disesuaikan setelah trimester pertama dan dengan persetujuan dokter.',
  },
  {
    condition: 'blood-clots' as const,
    en: 'Do not book if you have, or may have, a blood clot (DVT); avoid direct pressure on varicose veins.',
    id: 'Jangan memesan jika Anda memiliki atau dicurigai memiliki gumpalan darah (DVT); hindari tekanan langsung pada varises.',
  },
  {
    condition: 'skin-condition' as const,
    en: 'We work around open wounds, rashes, burns and recent tattoos, never over them.',
    id: 'Kami menghindari area luka terbuka, ruam, luka bakar, dan tato baru.',
  },
]

const relaxationIndications = goalRows([
  {
    goal: 'stress',
    en: 'You feel stressed, tense or “always on” and want your body to switch off.',
    id: 'Anda merasa stres, tegang, atau sulit “mematikan” pikiran dan ingin tubuh benar-benar beristirahat.',
  },
  {
    goal: 'sleep',
    en: 'You sleep badly and want a calm, unhurried treatment before a good night’s rest.',
    id: 'Tidur Anda kurang nyenyak dan Anda ingin perawatan yang tenang sebelum beristirahat malam.',
  },
  {
    goal: 'anxiety',
    en: 'Worry and restlessness leave you tight, and you want gentle, predictable touch.',
    id: 'Rasa cemas dan gelisah membuat tubuh tegang, dan Anda menginginkan sentuhan yang lembut dengan irama teratur.',
  },
  {
    goal: 'muscle-tension',
    en: 'Your muscles feel generally tight from daily life, without a specific injury.',
    id: 'Otot terasa tegang karena aktivitas sehari-hari, tanpa cedera tertentu.',
  },
  {
    goal: 'general-wellness',
    en: 'You simply want to feel good, as part of a regular self-care routine.',
    id: 'Anda ingin merasa segar kembali sebagai bagian dari rutinitas merawat diri.',
  },
])

const relaxationNotFor = goalRows([
  {
    goal: 'injury-recovery',
    en: 'Treating an injury or helping damaged tissue repair.',
    id: 'Menangani cedera atau membantu pemulihan jaringan yang rusak.',
  },
  {
    goal: 'chronic-pain',
    en: 'Working on a specific, long-standing source of pain.',
    id: 'Menangani sumber nyeri tertentu yang sudah berlangsung lama.',
  },
  {
    goal: 'posture',
    en: 'Correcting posture problems or restricted movement.',
    id: 'Memperbaiki masalah postur tubuh atau gerak yang terbatas.',
  },
])

const therapeuticIndications = goalRows([
  {
    goal: 'chronic-pain',
    en: 'You live with recurring pain in the back, neck, shoulders or hips.',
    id: 'Anda kerap merasakan nyeri yang kambuh di punggung, leher, bahu, atau pinggul.',
  },
  {
    goal: 'injury-recovery',
    en: 'You are recovering from a sprain, strain or overuse injury (after the first, acute days).',
    id: 'Anda sedang pulih dari keseleo, cedera otot, atau cedera karena penggunaan berlebih (setelah masa akut beberapa hari pertama).',
  },
  {
    goal: 'posture',
    en: 'Long hours at a desk or in traffic have left you stiff and rounded.',
    id: 'Berjam-jam di depan laptop atau di perjalanan membuat tubuh kaku dan postur membungkuk.',
  },
  {
    goal: 'mobility',
    en: 'You cannot turn, reach or bend as freely as before.',
    id: 'Anda tidak bisa menoleh, meraih, atau membungkuk seleluasa sebelumnya.',
  },
  {
    goal: 'muscle-tension',
    en: 'A specific muscle stays tight or knotted however much you stretch.',
    id: 'Ada otot tertentu yang tetap tegang atau bersimpul meski sudah sering diregangkan.',
  },
])

const therapeuticNotFor = goalRows([
  {
    goal: 'sleep',
    en: 'Simply drifting off: the pressure is focused and sometimes intense.',
    id: 'Sekadar tertidur pulas: tekanannya terfokus dan kadang cukup kuat.',
  },
  {
    goal: 'stress',
    en: 'A purely relaxing, pampering experience.',
    id: 'Pengalaman yang murni untuk bersantai dan memanjakan diri.',
  },
])

const therapeuticCautions = cautionRows([
  ...sharedCautions,
  {
    condition: 'recent-injury',
    en: 'Wait until the first acute days after an injury or surgery have passed, and follow your doctor’s advice.',
    id: 'Tunggu hingga masa akut beberapa hari pertama setelah cedera atau operasi berlalu, dan ikuti saran dokter Anda.',
  },
  {
    condition: 'osteoporosis',
    en: 'Deep pressure is not suitable with osteoporosis; tell us so we can adapt.',
    id: 'Tekanan dalam tidak cocok untuk penderita osteoporosis; beri tahu kami agar teknik dapat disesuaikan.',
  },
  {
    condition: 'blood-thinners',
    en: 'Blood thinners make bruising more likely; we will keep the pressure moderate.',
    id: 'Obat pengencer darah membuat tubuh lebih mudah memar; kami akan menjaga tekanan tetap sedang.',
  },
  {
    condition: 'high-blood-pressure',
    en: 'With uncontrolled high blood pressure, check with your doctor before firm massage.',
    id: 'Jika tekanan darah tinggi Anda belum terkontrol, konsultasikan dengan dokter sebelum pijat bertekanan kuat.',
  },
])

export const modalities: Bilingual<Shared, Localized>[] = [
  {
    key: 'relaxation-massage',
    shared: {
      target: 'nervous-system',
      pressure: ['light', 'medium'],
      sortOrder: 10,
      techniqueKeys: ['effleurage', 'long-strokes', 'petrissage'],
      imageKey: 'relaxation',
    },
    en: {
      name: 'Relaxation massage',
      slug: 'relaxation-massage',
      tagline: 'Gentle, flowing massage to help you slow down and unwind.',
      summary:
        'The classic spa massage. Long gliding strokes and soft kneading with light to medium pressure, designed to calm the body’s stress response rather than fix a particular muscle.',
      primaryGoal:
        'To help you unwind, aiming for a shift from “fight or flight” towards the body’s own rest-and-digest mode.',
      body: richText(
        '## What happens in the session',
        'Your therapist uses effleurage, long strokes and gentle petrissage over the back, legs, arms, neck and scalp, at an even pace and with light to medium pressure. Nothing is forced; you can ask for more or less pressure at any time.',
        '## Why it feels so calming',
        'Slow, rhythmic touch stimulates receptors in the skin and the tissue just beneath it. This may lower the activity of the sympathetic nervous system and support the parasympathetic “rest” response. Studies suggest this kind of massage may lower heart rate and perceived stress for a short while after the session; findings on the stress hormone cortisol are mixed.',
        '## Who it suits',
        'Anyone who wants to de-stress, sleep better or take an hour for themselves. It is not designed to treat an injury or a specific source of pain: for that, see therapeutic massage.',
      ),
      indications: relaxationIndications.en,
      notIntendedFor: relaxationNotFor.en,
      benefits: benefitRows(relaxationBenefits()).en,
      contraindications: cautionRows(sharedCautions).en,
      meta: {
        title: 'Relaxation massage in Jakarta',
        description:
          'Gentle relaxation massage in Jakarta: effleurage and long strokes that may lower stress and help you sleep. Prices, durations and booking.',
      },
    },
    id: {
      name: 'Pijat relaksasi',
      slug: 'pijat-relaksasi',
      tagline: 'Pijatan lembut dan mengalir yang membantu tubuh dan pikiran Anda lebih tenang.',
      summary:
        'Pijat spa klasik. Usapan panjang yang meluncur dan remasan lembut dengan tekanan ringan hingga sedang, untuk menenangkan respons stres tubuh, bukan untuk menangani otot tertentu.',
      primaryGoal:
        'Membantu Anda benar-benar beristirahat: beralih dari mode “siaga” ke mode istirahat alami tubuh.',
      body: richText(
        '## Apa yang terjadi selama sesi',
        'Terapis menggunakan effleurage, usapan panjang, dan petrissage yang lembut pada punggung, kaki, lengan, leher, dan kulit kepala, dengan tempo teratur dan tekanan ringan hingga sedang. Tidak ada yang dipaksakan; Anda bisa meminta tekanan ditambah atau dikurangi kapan saja.',
        '## Mengapa terasa begitu menenangkan',
        'Sentuhan yang perlahan dan berirama merangsang reseptor di kulit dan jaringan tepat di bawahnya. Hal ini dapat menurunkan aktivitas sistem saraf simpatis dan mendukung respons istirahat parasimpatis. Sejumlah penelitian menunjukkan pijat seperti ini dapat menurunkan denyut jantung dan rasa stres untuk sementara setelah sesi; temuan tentang hormon stres kortisol masih beragam.',
        '## Cocok untuk siapa',
        'Siapa saja yang ingin melepas stres, tidur lebih nyenyak, atau meluangkan waktu satu jam untuk diri sendiri. Pijat ini tidak dirancang untuk menangani cedera atau sumber nyeri tertentu; untuk itu, pilih pijat terapeutik.',
      ),
      indications: relaxationIndications.id,
      notIntendedFor: relaxationNotFor.id,
      benefits: benefitRows(relaxationBenefits()).id,
      contraindications: cautionRows(sharedCautions).id,
      meta: {
        title: 'Pijat relaksasi di Jakarta',
        description:
          'Pijat relaksasi yang lembut di Jakarta: effleurage dan usapan panjang yang dapat membantu meredakan stres dan memperbaiki kualitas tidur. Harga, durasi, dan pemesanan.',
      },
    },
  },
  {
    key: 'therapeutic-massage',
    shared: {
      target: 'musculoskeletal',
      pressure: ['medium', 'firm', 'deep'],
      sortOrder: 20,
      techniqueKeys: [
        'myofascial-release',
        'trigger-point-therapy',
        'deep-tissue',
        'cross-fiber-friction',
        'stripping',
      ],
      imageKey: 'therapeutic',
    },
    en: {
      name: 'Therapeutic massage',
      slug: 'therapeutic-massage',
      tagline: 'Focused, assessment-led massage for pain, stiffness and recovery.',
      summary:
        'A targeted treatment for a specific problem in your muscles and fascia. Your therapist first asks and feels where the problem is, then works on it with techniques such as myofascial release, trigger point therapy and deep tissue work.',
      primaryGoal:
        'To help a specific area move and feel better: easing tight, knotted or stuck tissue and helping to improve range of motion.',
      body: richText(
        '## It starts with an assessment',
        'Before the treatment your therapist asks about your pain, your work and your activities, checks how you move, and feels the tissue for tight bands, trigger points and adhesions. The plan is built around what they find.',
        '## The techniques',
        'Myofascial release, trigger point therapy (ischaemic compression), deep tissue strokes, cross-fibre friction and stripping work into deeper layers with slow, sustained pressure. Pressure is firm but should never be more than you can breathe through; tell your therapist at once if it is.',
        '## Why a qualified therapist matters',
        'This work relies on a good knowledge of anatomy. Our therapeutic treatments are given only by therapists with a recognised licence or competency certificate, whose details you can see on their profiles.',
        '## What to expect afterwards',
        'Some soreness for a day or two is common. Drink water and keep moving gently. Massage usually eases pain for a short time; lasting change usually depends on exercise and advice from your doctor or physiotherapist, which massage can support.',
      ),
      indications: therapeuticIndications.en,
      notIntendedFor: therapeuticNotFor.en,
      benefits: benefitRows(therapeuticBenefits()).en,
      contraindications: therapeuticCautions.en,
      meta: {
        title: 'Therapeutic & deep tissue massage in Jakarta',
        description:
          'Therapeutic massage in Jakarta by certified therapists: myofascial release, trigger point and deep tissue work that may ease chronic pain and stiffness.',
      },
    },
    id: {
      name: 'Pijat terapeutik',
      slug: 'pijat-terapeutik',
      tagline: 'Pijat terarah berdasarkan asesmen singkat, untuk nyeri, rasa kaku, dan pemulihan.',
      summary:
        'Perawatan terarah untuk masalah tertentu pada otot dan fasia Anda. Terapis terlebih dahulu bertanya dan meraba letak masalahnya, lalu menanganinya dengan teknik seperti pelepasan miofasial, terapi trigger point, dan teknik deep tissue.',
      primaryGoal:
        'Membantu area tertentu bergerak dan terasa lebih baik: melemaskan jaringan yang tegang, bersimpul, atau lengket, serta membantu memperbaiki rentang gerak.',
      body: richText(
        '## Dimulai dengan asesmen singkat',
        'Sebelum perawatan, terapis menanyakan keluhan, pekerjaan, dan aktivitas Anda, memeriksa cara Anda bergerak, serta meraba jaringan untuk menemukan pita otot yang tegang, titik picu, dan perlengketan jaringan. Rencana perawatan disusun berdasarkan temuan tersebut.',
        '## Teknik yang digunakan',
        'Pelepasan miofasial, terapi trigger point (kompresi iskemik), usapan deep tissue, friksi melintang serat, dan stripping bekerja hingga lapisan yang lebih dalam dengan tekanan yang diberikan perlahan dan ditahan. Tekanannya kuat, tetapi tidak boleh melebihi batas yang masih bisa Anda atasi dengan napas tenang; segera beri tahu terapis jika terasa berlebihan.',
        '## Mengapa terapis bersertifikat penting',
        'Teknik ini membutuhkan pemahaman anatomi yang baik. Perawatan terapeutik kami hanya diberikan oleh terapis yang memiliki lisensi atau sertifikat kompetensi yang diakui; rinciannya dapat dilihat di profil masing-masing.',
        '## Setelah sesi',
        'Rasa pegal selama satu atau dua hari adalah hal yang wajar. Minumlah air putih dan tetap bergerak ringan. Pijat biasanya meredakan nyeri untuk sementara; perubahan yang bertahan lama biasanya membutuhkan latihan serta saran dari dokter maupun fisioterapis Anda, dan pijat dapat mendukungnya.',
      ),
      indications: therapeuticIndications.id,
      notIntendedFor: therapeuticNotFor.id,
      benefits: benefitRows(therapeuticBenefits()).id,
      contraindications: therapeuticCautions.id,
      meta: {
        // "pijat terapi" is how most people search for it; placed once, on purpose.
        title: 'Pijat terapeutik (pijat terapi) & deep tissue di Jakarta',
        description:
          'Pijat terapeutik di Jakarta oleh terapis bersertifikat: pelepasan miofasial, trigger point, dan deep tissue yang dapat membantu meredakan nyeri kronis dan kekakuan.',
      },
    },
  },
]

function relaxationBenefits() {
  return [
    {
      benefit: { en: 'Less stress', id: 'Stres berkurang' },
      evidence: {
        en: 'Several studies found lower heart rate and less self-reported stress after relaxation massage; effects are small and short-lived, and results on cortisol are mixed.',
        id: 'Beberapa penelitian menemukan denyut jantung yang lebih rendah dan rasa stres yang berkurang setelah pijat relaksasi; efeknya kecil dan hanya sementara, sedangkan hasil penelitian tentang kortisol masih beragam.',
      },
    },
    {
      benefit: { en: 'Better sleep', id: 'Tidur lebih nyenyak' },
      evidence: {
        en: 'Small studies suggest massage may improve sleep quality, possibly through its calming effect on the nervous system.',
        id: 'Penelitian skala kecil menunjukkan pijat dapat membantu memperbaiki kualitas tidur, mungkin melalui efek menenangkan pada sistem saraf.',
      },
    },
    {
      benefit: { en: 'Calmer mood', id: 'Suasana hati lebih tenang' },
      evidence: {
        en: 'People often report feeling less anxious after massage; it can support, but not replace, care for anxiety.',
        id: 'Banyak orang merasa lebih tenang dan tidak terlalu cemas setelah dipijat; pijat dapat mendukung, tetapi tidak menggantikan, penanganan kecemasan.',
      },
    },
    {
      benefit: { en: 'Circulation', id: 'Sirkulasi darah' },
      evidence: {
        en: 'Gliding strokes may increase blood flow in the skin and superficial muscles during and shortly after the session.',
        id: 'Usapan yang meluncur dapat meningkatkan aliran darah di kulit dan otot permukaan selama dan sesaat setelah sesi.',
      },
    },
  ]
}

function therapeuticBenefits() {
  return [
    {
      benefit: { en: 'Pain relief', id: 'Nyeri berkurang' },
      evidence: {
        en: 'Reviews suggest massage may reduce chronic low-back and neck pain in the short term, especially alongside exercise.',
        id: 'Sejumlah tinjauan menunjukkan pijat dapat membantu mengurangi nyeri punggung bawah dan leher kronis dalam jangka pendek, terutama bila dipadukan dengan latihan.',
      },
    },
    {
      benefit: { en: 'Freer movement', id: 'Gerak lebih leluasa' },
      evidence: {
        en: 'Myofascial and deep tissue work may improve range of motion in stiff areas; results vary from person to person.',
        id: 'Teknik miofasial dan deep tissue dapat membantu memperluas rentang gerak pada area yang kaku; hasilnya berbeda pada tiap orang.',
      },
    },
    {
      benefit: { en: 'Recovery support', id: 'Mendukung pemulihan' },
      evidence: {
        en: 'Massage after exercise may reduce muscle soreness; it supports, but does not replace, medical or physiotherapy care for injuries.',
        id: 'Pijat setelah berolahraga dapat membantu mengurangi pegal otot; pijat mendukung, tetapi tidak menggantikan, penanganan medis atau fisioterapi untuk cedera.',
      },
    },
    {
      benefit: { en: 'Less muscle tension', id: 'Ketegangan otot berkurang' },
      evidence: {
        en: 'Pressure on trigger points may reduce their tenderness; evidence is mixed and results vary from person to person.',
        id: 'Tekanan pada titik picu dapat membantu mengurangi rasa nyerinya; buktinya masih beragam dan hasilnya berbeda pada tiap orang.',
      },
    },
  ]
}
