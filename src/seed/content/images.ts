/**
 * Seed pictures are drawn locally (no downloads) as one illustrated set: a motif per massage type
 * and treatment, a monogram per therapist. The alt texts say what the drawings really show; an
 * editor's photograph replaces a drawing (and its alt text) from the admin.
 */
export type SeedImage = {
  key: string
  kind: 'scene' | 'portrait'
  colors: [string, string, string]
  /** The person a portrait stands for (its monogram). */
  name?: string
  alt: { en: string; id: string }
}

/** Bump when the drawings change: a new file name makes a re-seed replace the old pictures. */
export const ART_VERSION = 2

export const images: SeedImage[] = [
  {
    key: 'hero',
    kind: 'scene',
    colors: ['#f6efe4', '#e2d3bb', '#8fa696'],
    alt: {
      en: 'Illustration: stacked river stones, green leaves and a frangipani flower under a pale sun',
      id: 'Ilustrasi: tumpukan batu sungai, daun hijau, dan bunga kamboja di bawah matahari pucat',
    },
  },
  {
    key: 'relaxation',
    kind: 'scene',
    colors: ['#f3ebdf', '#dcc6a6', '#a8875c'],
    alt: {
      en: 'Illustration: long, flowing lines like slow massage strokes over warm sand-coloured hills',
      id: 'Ilustrasi: garis panjang yang mengalir seperti usapan pijat perlahan di atas bukit berwarna pasir',
    },
  },
  {
    key: 'therapeutic',
    kind: 'scene',
    colors: ['#e4ece6', '#a9c2b3', '#3f6658'],
    alt: {
      en: 'Illustration: a column of rounded shapes like a spine, one marked in clay red, inside rings of green',
      id: 'Ilustrasi: deretan bentuk bulat seperti tulang belakang, satu berwarna merah bata, di dalam lingkaran hijau',
    },
  },
  {
    key: 'signature',
    kind: 'scene',
    colors: ['#f6ede1', '#e0c29b', '#a5764c'],
    alt: {
      en: 'Illustration: two white frangipani flowers and a golden drop of oil on warm tones',
      id: 'Ilustrasi: dua bunga kamboja putih dan setetes minyak keemasan dengan warna hangat',
    },
  },
  {
    key: 'aromatherapy',
    kind: 'scene',
    colors: ['#f1eaf2', '#cdb6d2', '#6e5a84'],
    alt: {
      en: 'Illustration: an amber essential-oil bottle beside three sprigs of lavender',
      id: 'Ilustrasi: botol minyak esensial berwarna amber di samping tiga tangkai lavender',
    },
  },
  {
    key: 'sleep',
    kind: 'scene',
    colors: ['#dfe3ef', '#8e99bb', '#36406a'],
    alt: {
      en: 'Illustration: a crescent moon and stars over calm night water',
      id: 'Ilustrasi: bulan sabit dan bintang di atas air yang tenang pada malam hari',
    },
  },
  {
    key: 'deep-tissue',
    kind: 'scene',
    colors: ['#ece4dc', '#b39a85', '#5b4636'],
    alt: {
      en: 'Illustration: layered brown bands like muscle fibres, with one soft light patch',
      id: 'Ilustrasi: lapisan pita cokelat seperti serat otot, dengan satu bagian terang yang lembut',
    },
  },
  {
    key: 'trigger-point',
    kind: 'scene',
    colors: ['#f3e6e0', '#dba592', '#8c4f42'],
    alt: {
      en: 'Illustration: rings spreading from a single red point, like pressure on one knot',
      id: 'Ilustrasi: lingkaran yang menyebar dari satu titik merah, seperti tekanan pada satu simpul otot',
    },
  },
  {
    key: 'back-neck',
    kind: 'scene',
    colors: ['#e6edf1', '#a6bccb', '#4d6b7d'],
    alt: {
      en: 'Illustration: the outline of a head, neck and shoulders from behind, with the spine marked',
      id: 'Ilustrasi: siluet kepala, leher, dan bahu dari belakang, dengan tulang belakang yang ditandai',
    },
  },
  {
    key: 'sports',
    kind: 'scene',
    colors: ['#e4eee8', '#9cc4ad', '#2f6f55'],
    alt: {
      en: 'Illustration: diagonal running-track lines and a clay-red sun, suggesting movement',
      id: 'Ilustrasi: garis lintasan lari diagonal dan matahari merah bata yang memberi kesan gerak',
    },
  },
  ...(
    [
      ['therapist-1', 'Dewi Lestari', ['#f4e8dd', '#dcbba2', '#8a5f45']],
      ['therapist-2', 'Made Wirawan', ['#e5ede8', '#a6c4b4', '#3f6455']],
      ['therapist-3', 'Siti Rahmawati', ['#f2e7ec', '#d5afc0', '#7a4a5f']],
      ['therapist-4', 'Kenji Pratama', ['#e4e9f1', '#a9b8cf', '#45587a']],
    ] as const
  ).map(([key, name, colors]): SeedImage => ({
    key,
    kind: 'portrait',
    colors: [...colors],
    name,
    alt: {
      en: `Monogram ${initialsOf(name)} for ${name} (an illustration, not a photograph)`,
      id: `Monogram ${initialsOf(name)} untuk ${name} (ilustrasi, bukan foto)`,
    },
  })),
]

export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
}
