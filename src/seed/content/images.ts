/** Seed pictures are drawn locally (no downloads): soft abstract scenes in the spa's palette. */
export type SeedImage = {
  key: string
  kind: 'scene' | 'portrait'
  colors: [string, string, string]
  alt: { en: string; id: string }
}

export const images: SeedImage[] = [
  {
    key: 'relaxation',
    kind: 'scene',
    colors: ['#e9e2d6', '#c9b79c', '#7f9c8a'],
    alt: {
      en: 'Warm, softly lit treatment room with folded towels and a smooth river stone',
      id: 'Ruang perawatan hangat dengan cahaya lembut, handuk terlipat, dan batu sungai yang halus',
    },
  },
  {
    key: 'therapeutic',
    kind: 'scene',
    colors: ['#dfe7e4', '#8fb1a8', '#3f6658'],
    alt: {
      en: 'Calm treatment room in sage green with a massage table ready for a focused session',
      id: 'Ruang perawatan bernuansa hijau sage dengan meja pijat yang siap untuk sesi terfokus',
    },
  },
  {
    key: 'signature',
    kind: 'scene',
    colors: ['#f3ece2', '#d8b98f', '#a1724b'],
    alt: {
      en: 'Warm massage oil and frangipani flowers on a wooden tray',
      id: 'Minyak pijat hangat dan bunga kamboja di atas nampan kayu',
    },
  },
  {
    key: 'aromatherapy',
    kind: 'scene',
    colors: ['#efe8f1', '#c3aacb', '#7b6a8f'],
    alt: {
      en: 'Small amber bottles of essential oil beside lavender and lemongrass',
      id: 'Botol kecil minyak esensial berwarna amber di samping lavender dan serai',
    },
  },
  {
    key: 'sleep',
    kind: 'scene',
    colors: ['#dfe3ee', '#8d98b8', '#3c4668'],
    alt: {
      en: 'Dimly lit room at dusk with a candle and a bowl for a warm foot soak',
      id: 'Ruangan redup saat senja dengan lilin dan mangkuk untuk rendam kaki hangat',
    },
  },
  {
    key: 'deep-tissue',
    kind: 'scene',
    colors: ['#e6e0da', '#a78f7d', '#5b4636'],
    alt: {
      en: 'Therapist’s forearm applying slow, firm pressure along a client’s upper back',
      id: 'Lengan bawah terapis memberi tekanan lambat dan kuat di sepanjang punggung atas klien',
    },
  },
  {
    key: 'trigger-point',
    kind: 'scene',
    colors: ['#f0e4df', '#d49b8a', '#8c4f42'],
    alt: {
      en: 'Therapist’s thumb holding steady pressure on a knot beside the shoulder blade',
      id: 'Ibu jari terapis menahan tekanan stabil pada simpul otot di dekat tulang belikat',
    },
  },
  {
    key: 'back-neck',
    kind: 'scene',
    colors: ['#e4ebef', '#9bb3c2', '#4d6b7d'],
    alt: {
      en: 'Client lying face down while the therapist works on the neck and shoulders',
      id: 'Klien berbaring telungkup sementara terapis memijat leher dan bahu',
    },
  },
  {
    key: 'sports',
    kind: 'scene',
    colors: ['#e2ece6', '#94bfa7', '#2f6f55'],
    alt: {
      en: 'Therapist working on a runner’s calf muscle after a training session',
      id: 'Terapis memijat otot betis seorang pelari setelah latihan',
    },
  },
  ...[
    ['therapist-1', 'Dewi Lestari', ['#f1e6dc', '#d6b49a', '#8a5f45']],
    ['therapist-2', 'Made Wirawan', ['#e3ebe6', '#9fbfae', '#466a58']],
    ['therapist-3', 'Siti Rahmawati', ['#efe5ea', '#cfa8b9', '#7d4f63']],
    ['therapist-4', 'Kenji Pratama', ['#e2e7ef', '#a3b2c9', '#4b5d7d']],
  ].map(([key, name, colors]): SeedImage => ({
    key: key as string,
    kind: 'portrait',
    colors: colors as [string, string, string],
    alt: {
      en: `Portrait illustration of ${name as string}, therapist at Ame Spa`,
      id: `Ilustrasi potret ${name as string}, terapis di Ame Spa`,
    },
  })),
]
