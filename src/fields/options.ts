/** Shared vocabularies: stored values are stable English keys; labels are for editors in both languages. */
export const GOALS = [
  { value: 'stress', label: { en: 'Stress relief', id: 'Meredakan stres' } },
  { value: 'sleep', label: { en: 'Better sleep', id: 'Tidur lebih nyenyak' } },
  { value: 'anxiety', label: { en: 'Anxiety', id: 'Kecemasan' } },
  { value: 'muscle-tension', label: { en: 'Muscle tension', id: 'Ketegangan otot' } },
  { value: 'chronic-pain', label: { en: 'Chronic pain', id: 'Nyeri kronis' } },
  { value: 'injury-recovery', label: { en: 'Injury recovery', id: 'Pemulihan cedera' } },
  { value: 'posture', label: { en: 'Posture', id: 'Postur tubuh' } },
  { value: 'mobility', label: { en: 'Range of motion', id: 'Rentang gerak' } },
  { value: 'circulation', label: { en: 'Circulation', id: 'Sirkulasi darah' } },
  { value: 'general-wellness', label: { en: 'General wellness', id: 'Kebugaran umum' } },
] as const

export const PRESSURES = [
  { value: 'light', label: { en: 'Light', id: 'Ringan' } },
  { value: 'medium', label: { en: 'Medium', id: 'Sedang' } },
  { value: 'firm', label: { en: 'Firm', id: 'Kuat' } },
  { value: 'deep', label: { en: 'Deep', id: 'Dalam' } },
] as const

export const CONDITIONS = [
  { value: 'pregnancy', label: { en: 'Pregnancy', id: 'Kehamilan' } },
  {
    value: 'recent-injury',
    label: { en: 'Recent injury or surgery', id: 'Cedera atau operasi baru' },
  },
  {
    value: 'high-blood-pressure',
    label: { en: 'High blood pressure', id: 'Tekanan darah tinggi' },
  },
  {
    value: 'blood-clots',
    label: { en: 'Blood clots or varicose veins', id: 'Gumpalan darah atau varises' },
  },
  { value: 'fever-infection', label: { en: 'Fever or infection', id: 'Demam atau infeksi' } },
  {
    value: 'skin-condition',
    label: { en: 'Skin condition or open wound', id: 'Masalah kulit atau luka terbuka' },
  },
  { value: 'osteoporosis', label: { en: 'Osteoporosis', id: 'Osteoporosis' } },
  {
    value: 'blood-thinners',
    label: { en: 'Taking blood thinners', id: 'Mengonsumsi pengencer darah' },
  },
  { value: 'other', label: { en: 'Other', id: 'Lainnya' } },
] as const

export const TARGETS = [
  { value: 'nervous-system', label: { en: 'Nervous system', id: 'Sistem saraf' } },
  { value: 'musculoskeletal', label: { en: 'Muscles and fascia', id: 'Otot dan fasia' } },
] as const

export const DEPTHS = [
  { value: 'superficial', label: { en: 'Superficial', id: 'Superfisial' } },
  { value: 'deep', label: { en: 'Deep', id: 'Dalam' } },
] as const

export type Goal = (typeof GOALS)[number]['value']
export type Pressure = (typeof PRESSURES)[number]['value']
export type Condition = (typeof CONDITIONS)[number]['value']

/** Payload wants mutable option arrays. */
export const selectOptions = <T extends { value: string; label: { en: string; id: string } }>(
  options: readonly T[],
) => options.map(({ value, label }) => ({ value, label: { ...label } }))
