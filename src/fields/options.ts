import en from '../../messages/en.json'
import id from '../../messages/id.json'
import { COMPARISON_ATTRIBUTES } from '@/comparisons/attributes'

/**
 * Shared vocabularies. Stored values are stable English keys; the labels, for editors and visitors
 * alike, live in messages/*.json so each word is translated in one place.
 */
type Group =
  'Goals' | 'Pressure' | 'Conditions' | 'Targets' | 'Depths' | 'Licences' | 'ComparisonAttributes'

const vocabulary = <const Values extends readonly string[]>(group: Group, values: Values) =>
  values.map((value) => ({
    value,
    label: {
      en: (en[group] as Record<string, string>)[value] ?? value,
      id: (id[group] as Record<string, string>)[value] ?? value,
    },
  })) as { value: Values[number]; label: { en: string; id: string } }[]

export const GOAL_VALUES = [
  'stress',
  'sleep',
  'anxiety',
  'muscle-tension',
  'chronic-pain',
  'injury-recovery',
  'posture',
  'mobility',
  'circulation',
  'general-wellness',
] as const
export const GOALS = vocabulary('Goals', GOAL_VALUES)
export const PRESSURES = vocabulary('Pressure', ['light', 'medium', 'firm', 'deep'] as const)
export const CONDITIONS = vocabulary('Conditions', [
  'pregnancy',
  'recent-injury',
  'high-blood-pressure',
  'blood-clots',
  'fever-infection',
  'skin-condition',
  'osteoporosis',
  'blood-thinners',
  'other',
] as const)
export const TARGETS = vocabulary('Targets', ['nervous-system', 'musculoskeletal'] as const)
export const DEPTHS = vocabulary('Depths', ['superficial', 'deep'] as const)
export const LICENCE_TYPES = vocabulary('Licences', [
  'lmt',
  'bnsp',
  'physiotherapist',
  'other',
] as const)

export type Goal = (typeof GOAL_VALUES)[number]

/** Payload wants its own copy of option arrays. */
export const selectOptions = (options: { value: string; label: { en: string; id: string } }[]) =>
  options.map(({ value, label }) => ({ value, label: { ...label } }))

export const COMPARISON_ATTRIBUTE_OPTIONS = vocabulary(
  'ComparisonAttributes',
  COMPARISON_ATTRIBUTES,
)
