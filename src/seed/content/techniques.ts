import type { Technique } from '@/payload-types'
import type { Bilingual } from './types'

type Localized = Pick<Technique, 'name' | 'slug' | 'description' | 'physiology'>
type Shared = Pick<Technique, 'depth' | 'sortOrder'>

export const techniques: Bilingual<Shared, Localized>[] = [
  {
    key: 'effleurage',
    shared: { depth: 'superficial', sortOrder: 10 },
    en: {
      name: 'Effleurage',
      slug: 'effleurage',
      description:
        'Slow, gliding strokes with the palms or fingertips, usually following the direction of blood flow back to the heart. It opens and closes most sessions.',
      physiology:
        'Stimulates touch receptors in the skin and the layer beneath it, which may lower sympathetic ("fight or flight") activity and support local circulation.',
    },
    id: {
      name: 'Effleurage (usapan panjang yang meluncur)',
      slug: 'effleurage',
      description:
        'Usapan panjang yang meluncur perlahan dengan telapak tangan atau ujung jari, biasanya searah aliran darah kembali ke jantung. Teknik ini umumnya mengawali dan mengakhiri sesi.',
      physiology:
        'Merangsang reseptor sentuhan di kulit dan jaringan di bawahnya, yang dapat membantu menurunkan aktivitas saraf simpatis dan mendukung sirkulasi darah setempat.',
    },
  },
  {
    key: 'long-strokes',
    shared: { depth: 'superficial', sortOrder: 20 },
    en: {
      name: 'Long strokes',
      slug: 'long-strokes',
      description:
        'Continuous, sweeping strokes along the length of the back, arms and legs, applied with an even rhythm and pressure.',
      physiology:
        'The steady pace gives the nervous system a predictable signal, which may help muscles relax and let go of guarding.',
    },
    id: {
      name: 'Usapan panjang',
      slug: 'usapan-panjang',
      description:
        'Usapan menyapu yang tidak terputus di sepanjang punggung, lengan, dan kaki, dengan ritme dan tekanan yang stabil.',
      physiology:
        'Ritme yang teratur memberi sinyal yang teratur dan konsisten bagi sistem saraf, sehingga dapat membantu otot lebih rileks.',
    },
  },
  {
    key: 'petrissage',
    shared: { depth: 'superficial', sortOrder: 30 },
    en: {
      name: 'Petrissage',
      slug: 'petrissage',
      description:
        'Kneading, lifting and gently squeezing the muscles, like working dough, at a slow and rhythmic pace.',
      physiology:
        'Moves and warms the muscle tissue, which may improve local blood flow and help tight muscles feel looser.',
    },
    id: {
      name: 'Petrissage (teknik meremas)',
      slug: 'petrissage',
      description:
        'Teknik meremas, mengangkat, dan memijat otot dengan lembut, seperti menguleni adonan, dengan tempo perlahan dan berirama.',
      physiology:
        'Menggerakkan dan menghangatkan jaringan otot, yang dapat melancarkan aliran darah setempat dan membuat otot yang kaku terasa lebih rileks.',
    },
  },
  {
    key: 'myofascial-release',
    shared: { depth: 'deep', sortOrder: 40 },
    en: {
      name: 'Myofascial release',
      slug: 'myofascial-release',
      description:
        'Sustained, slow pressure and gentle stretching of the fascia, the connective tissue that wraps every muscle, held until the tissue feels softer.',
      physiology:
        'Aims to restore the glide between fascial layers and the muscles they surround, which may improve flexibility and range of motion.',
    },
    id: {
      name: 'Myofascial release (pelepasan miofasial)',
      slug: 'pelepasan-miofasial',
      description:
        'Tekanan perlahan yang ditahan dan peregangan lembut pada fasia, yaitu jaringan ikat yang membungkus setiap otot, sampai jaringan terasa melunak.',
      physiology:
        'Bertujuan membuat lapisan fasia dan otot di sekitarnya kembali dapat bergeser dengan leluasa, sehingga dapat membantu kelenturan dan rentang gerak.',
    },
  },
  {
    key: 'trigger-point-therapy',
    shared: { depth: 'deep', sortOrder: 50 },
    en: {
      name: 'Trigger point therapy (ischaemic compression)',
      slug: 'trigger-point-therapy',
      description:
        'Precise, held pressure on a trigger point: a tender knot in a tight band of muscle that can also send pain elsewhere. Pressure is adjusted to what you can comfortably tolerate.',
      physiology:
        'One theory is that briefly holding back blood flow to the knot and then releasing it helps the contracted fibres relax; evidence is limited, but the pressure may ease local pain.',
    },
    id: {
      name: 'Terapi trigger point (kompresi iskemik)',
      slug: 'terapi-trigger-point',
      description:
        'Tekanan terarah yang ditahan pada trigger point (titik picu): simpul yang nyeri di dalam pita otot yang tegang, yang juga bisa menjalarkan nyeri ke bagian lain. Tekanan disesuaikan dengan batas nyaman Anda.',
      physiology:
        'Menurut salah satu teori, menahan aliran darah ke simpul sejenak lalu melepaskannya membantu serabut otot yang berkontraksi menjadi rileks; buktinya masih terbatas, tetapi tekanan ini dapat membantu meredakan nyeri setempat.',
    },
  },
  {
    key: 'deep-tissue',
    shared: { depth: 'deep', sortOrder: 60 },
    en: {
      name: 'Deep tissue work',
      slug: 'deep-tissue-work',
      description:
        'Slow strokes with sustained, firm pressure that reach the deeper layers of muscle and fascia, worked gradually so the body does not tense up against them.',
      physiology:
        'Aims to loosen adhesions and chronic tension in deeper layers, which may improve mobility; some people feel sore for a day or two afterwards.',
    },
    id: {
      name: 'Teknik deep tissue (jaringan dalam)',
      slug: 'teknik-deep-tissue',
      description:
        'Usapan perlahan dengan tekanan kuat yang ditahan untuk menjangkau lapisan otot dan fasia yang lebih dalam, dilakukan bertahap agar otot tidak refleks menegang.',
      physiology:
        'Bertujuan mengurai perlengketan jaringan dan ketegangan kronis di lapisan dalam, sehingga dapat membantu memperbaiki rentang gerak; sebagian orang merasa pegal satu atau dua hari setelahnya.',
    },
  },
  {
    key: 'cross-fiber-friction',
    shared: { depth: 'deep', sortOrder: 70 },
    en: {
      name: 'Friction and cross-fibre friction',
      slug: 'cross-fiber-friction',
      description:
        'Small, focused back-and-forth movements across the direction of the muscle or tendon fibres, on a precise spot.',
      physiology:
        'Used around tendons and old injuries; it is thought to help realign fibres and loosen adhesions, though evidence is limited. It may support freer movement.',
    },
    id: {
      name: 'Friksi dan friksi melintang serat',
      slug: 'friksi-melintang-serat',
      description:
        'Gerakan kecil bolak-balik yang terfokus, melintang terhadap arah serat otot atau tendon, pada satu titik yang tepat.',
      physiology:
        'Digunakan di sekitar tendon dan cedera lama; diduga membantu merapikan serat dan melonggarkan perlengketan jaringan, meski buktinya masih terbatas. Dapat mendukung gerak yang lebih leluasa.',
    },
  },
  {
    key: 'stripping',
    shared: { depth: 'deep', sortOrder: 80 },
    en: {
      name: 'Stripping',
      slug: 'stripping',
      description:
        'A slow, gliding stroke with firm pressure along the full length of one muscle, often with the thumb, knuckles or forearm.',
      physiology:
        'Aims to lengthen a single tight muscle from end to end and may ease the taut bands that limit range of motion.',
    },
    id: {
      name: 'Stripping (usapan bertekanan di sepanjang otot)',
      slug: 'stripping',
      description:
        'Usapan bertekanan di sepanjang otot: gerakan meluncur perlahan dengan tekanan kuat menyusuri satu otot dari ujung ke ujung, sering dengan ibu jari, buku jari, atau lengan bawah.',
      physiology:
        'Bertujuan memanjangkan satu otot dari ujung ke ujung dan dapat meredakan pita otot yang tegang dan membatasi rentang gerak.',
    },
  },
]
