import type { Therapist } from '@/payload-types'
import type { Bilingual } from './types'

type Localized = Pick<Therapist, 'slug' | 'title' | 'bio' | 'specialties'>
type Shared = Pick<
  Therapist,
  'name' | 'licence' | 'languages' | 'yearsOfExperience' | 'active' | 'sortOrder'
> & {
  modalityKeys: string[]
  /** Weekly shifts (WIB); the services given follow from the massage types. */
  workingHours: NonNullable<Therapist['workingHours']>
  photoKey: string
  specialties: { en: string; id: string }[]
}

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
type Day = (typeof WEEK)[number]

/** The same hours on each of `days`. */
const shifts = (days: readonly Day[], start: string, end: string) =>
  days.map((weekday) => ({ weekday, start, end }))

const except = (...off: Day[]) => WEEK.filter((day) => !off.includes(day))

const specialtyRows = (rows: { en: string; id: string }[]) => ({
  en: rows.map(({ en }) => ({ label: en })),
  id: rows.map(({ id }) => ({ label: id })),
})

type Draft = Omit<Bilingual<Shared, Localized>, 'en' | 'id'> & {
  en: Omit<Localized, 'specialties'>
  id: Omit<Localized, 'specialties'>
}

const withSpecialties = (draft: Draft): Bilingual<Shared, Localized> => {
  const rows = specialtyRows(draft.shared.specialties)
  return {
    ...draft,
    en: { ...draft.en, specialties: rows.en },
    id: { ...draft.id, specialties: rows.id },
  }
}

const drafts: Draft[] = [
  {
    key: 'dewi-lestari',
    shared: {
      name: 'Dewi Lestari',
      licence: {
        type: 'bnsp',
        number: 'SPA.01.2019.00418',
        issuingBody: 'BNSP – LSP Spa Indonesia',
        validUntil: '2027-08-31T00:00:00.000Z',
      },
      languages: ['id', 'en', 'jv'],
      yearsOfExperience: 12,
      active: true,
      sortOrder: 10,
      modalityKeys: ['relaxation-massage'],
      workingHours: [
        ...shifts(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], '10:00', '18:00'),
        ...shifts(['saturday'], '09:00', '17:00'),
      ],
      photoKey: 'therapist-1',
      specialties: [
        { en: 'Relaxation and aromatherapy massage', id: 'Pijat relaksasi dan aromaterapi' },
        { en: 'Evening sleep rituals', id: 'Ritual tidur malam' },
      ],
    },
    en: {
      slug: 'dewi-lestari',
      title: 'Senior spa therapist',
      bio: 'Dewi trained in Yogyakarta and has led our relaxation treatments since the spa opened. Guests know her for her steady rhythm and quiet, reassuring manner.',
    },
    id: {
      slug: 'dewi-lestari',
      title: 'Terapis spa senior',
      bio: 'Dewi menempuh pelatihan di Yogyakarta dan memimpin perawatan relaksasi kami sejak spa dibuka. Para tamu menyukai ritme pijatannya yang stabil serta pembawaannya yang kalem dan menenangkan.',
    },
  },
  {
    key: 'made-wirawan',
    shared: {
      name: 'Made Wirawan',
      licence: {
        type: 'lmt',
        number: 'MA60512874',
        issuingBody: 'Washington State Department of Health (USA)',
        validUntil: '2027-03-15T00:00:00.000Z',
      },
      languages: ['id', 'en'],
      yearsOfExperience: 9,
      active: true,
      sortOrder: 20,
      modalityKeys: ['therapeutic-massage'],
      workingHours: [
        ...shifts(['tuesday', 'wednesday', 'thursday', 'sunday'], '12:00', '20:00'),
        ...shifts(['friday', 'saturday'], '14:00', '22:00'),
      ],
      photoKey: 'therapist-2',
      specialties: [
        { en: 'Deep tissue and myofascial release', id: 'Deep tissue dan pelepasan miofasial' },
        { en: 'Sports recovery', id: 'Pemulihan pascaolahraga' },
      ],
    },
    en: {
      slug: 'made-wirawan',
      title: 'Licensed massage therapist (LMT)',
      bio: 'Made is from Bali and earned his LMT licence in the United States, where he worked with runners and cyclists. He leads our therapeutic programme and takes time to explain what he finds.',
    },
    id: {
      slug: 'made-wirawan',
      title: 'Terapis pijat berlisensi (LMT)',
      bio: 'Made berasal dari Bali dan meraih lisensi LMT di Amerika Serikat, tempat ia menangani para pelari dan pesepeda. Ia memimpin program terapeutik kami dan selalu meluangkan waktu untuk menjelaskan temuannya.',
    },
  },
  {
    key: 'siti-rahmawati',
    shared: {
      name: 'Siti Rahmawati',
      licence: {
        type: 'bnsp',
        number: 'SPA.01.2021.01127',
        issuingBody: 'BNSP – LSP Spa Indonesia',
        validUntil: '2028-01-31T00:00:00.000Z',
      },
      languages: ['id', 'en'],
      yearsOfExperience: 7,
      active: true,
      sortOrder: 30,
      modalityKeys: ['therapeutic-massage', 'relaxation-massage'],
      workingHours: [
        ...shifts(except('tuesday', 'sunday'), '10:00', '19:00'),
        ...shifts(['sunday'], '09:00', '17:00'),
      ],
      photoKey: 'therapist-3',
      specialties: [
        { en: 'Trigger point therapy', id: 'Terapi trigger point' },
        { en: 'Back, neck and shoulder tension', id: 'Ketegangan punggung, leher, dan bahu' },
      ],
    },
    en: {
      slug: 'siti-rahmawati',
      title: 'Therapeutic massage therapist',
      bio: 'Siti specialises in the neck and shoulder problems of office life. She combines trigger point work with gentle stretching, and adapts pressure carefully to each guest.',
    },
    id: {
      slug: 'siti-rahmawati',
      title: 'Terapis pijat terapeutik',
      bio: 'Siti berfokus pada keluhan leher dan bahu akibat rutinitas kerja kantoran. Ia memadukan terapi trigger point dengan peregangan lembut dan menyesuaikan tekanan dengan cermat untuk setiap tamu.',
    },
  },
  {
    key: 'kenji-pratama',
    shared: {
      name: 'Kenji Pratama',
      licence: {
        type: 'physiotherapist',
        number: 'STR 31.2.1.217.2.20.104533',
        issuingBody: 'Konsil Tenaga Kesehatan Indonesia',
        validUntil: '2029-06-30T00:00:00.000Z',
      },
      languages: ['id', 'en', 'ja'],
      yearsOfExperience: 6,
      active: true,
      sortOrder: 40,
      modalityKeys: ['therapeutic-massage'],
      workingHours: [
        ...shifts(['monday'], '10:00', '18:00'),
        ...shifts(['wednesday', 'thursday'], '13:00', '21:00'),
        ...shifts(['friday', 'saturday'], '14:00', '22:00'),
        ...shifts(['sunday'], '12:00', '20:00'),
      ],
      photoKey: 'therapist-4',
      specialties: [
        { en: 'Posture and mobility', id: 'Postur tubuh dan rentang gerak' },
        { en: 'Recovery after sports injuries', id: 'Pemulihan setelah cedera olahraga' },
      ],
    },
    en: {
      slug: 'kenji-pratama',
      title: 'Physiotherapist and massage therapist',
      bio: 'Kenji is a registered physiotherapist who grew up between Jakarta and Osaka. He focuses on posture, mobility and the later stages of recovery from sports injuries.',
    },
    id: {
      slug: 'kenji-pratama',
      title: 'Fisioterapis dan terapis pijat',
      bio: 'Kenji adalah fisioterapis terdaftar (ber-STR) yang dibesarkan di Jakarta dan Osaka. Ia berfokus pada postur tubuh, kebebasan gerak, dan tahap akhir pemulihan cedera olahraga.',
    },
  },
]

export const therapists: Bilingual<Shared, Localized>[] = drafts.map(withSpecialties)
