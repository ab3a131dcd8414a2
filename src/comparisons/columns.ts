import { getTranslations } from 'next-intl/server'
import { fallbackLang } from '@/components/fallbackLang'
import type { Locale } from '@/i18n/locales'
import type { Technique } from '@/payload-types'
import type { Subject } from '@/queries/comparisons'
import { populatedList } from '@/queries/populated'
import { formatIdr } from '@/utilities/format'
import type { ComparisonAttribute } from './attributes'

export type Cell = { text: string; lang?: 'en' }

export type Column = {
  id: string
  name: string
  nameLang?: 'en'
  subject: Subject
  cells: Record<ComparisonAttribute, Cell[]>
}

/** Reads every comparison row of one column from the compared documents, in the page's language. */
export async function buildColumn(subject: Subject, locale: Locale): Promise<Column> {
  const [t, common, targets, pressures, conditions] = await Promise.all([
    getTranslations({ locale, namespace: 'Compare' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Targets' }),
    getTranslations({ locale, namespace: 'Pressure' }),
    getTranslations({ locale, namespace: 'Conditions' }),
  ])
  const { modality, services, service } = subject
  const onModality = (path: string) => fallbackLang(modality, path)
  const ownTechniques = service ? populatedList<Technique>(service.techniques) : []
  const techniqueSource = ownTechniques.length > 0 ? service : undefined
  const techniques = techniqueSource ? ownTechniques : populatedList<Technique>(modality.techniques)
  const options = services.flatMap((candidate) => candidate.options)
  const durations = [...new Set(options.map((option) => option.durationMinutes))].sort(
    (a, b) => a - b,
  )
  const lowest = options.length > 0 ? Math.min(...options.map((option) => option.priceIdr)) : null
  const licensed = services.some((candidate) => candidate.requiresLicensedTherapist)

  return {
    id: service?.id ?? modality.id,
    name: service?.name ?? modality.name,
    nameLang: service ? fallbackLang(service, 'name') : onModality('name'),
    subject,
    cells: {
      goal: [{ text: modality.primaryGoal, lang: onModality('primaryGoal') }],
      target: [{ text: targets(modality.target) }],
      pressure: modality.pressure.map((pressure) => ({ text: pressures(pressure) })),
      techniques: techniques.map((technique, index) => ({
        text: technique.name,
        lang: techniqueSource
          ? fallbackLang(techniqueSource, `techniques.${index}.name`)
          : onModality(`techniques.${index}.name`),
      })),
      indications: (modality.indications ?? []).map((row, index) => ({
        text: row.text,
        lang: onModality(`indications.${index}.text`),
      })),
      notIntendedFor: (modality.notIntendedFor ?? []).map((row, index) => ({
        text: row.text,
        lang: onModality(`notIntendedFor.${index}.text`),
      })),
      benefits: (modality.benefits ?? []).map((row, index) => ({
        text: `${row.benefit}: ${row.evidenceNote}`,
        lang:
          onModality(`benefits.${index}.benefit`) ?? onModality(`benefits.${index}.evidenceNote`),
      })),
      contraindications: [
        ...(modality.contraindications ?? []).map((row, index) => ({
          text: `${conditions(row.condition)}: ${row.advice}`,
          lang: onModality(`contraindications.${index}.advice`),
        })),
        ...(service?.contraindications ?? [])
          .filter(
            (condition) =>
              !(modality.contraindications ?? []).some((row) => row.condition === condition),
          )
          .map((condition) => ({ text: conditions(condition) })),
      ],
      therapist: [{ text: licensed ? t('therapistLicensed') : t('therapistTrained') }],
      sessionLengths:
        durations.length > 0
          ? [{ text: durations.map((minutes) => common('duration', { minutes })).join(' · ') }]
          : [],
      priceRange:
        lowest === null
          ? []
          : [{ text: common('priceFrom', { price: formatIdr(lowest, locale) }) }],
    },
  }
}
