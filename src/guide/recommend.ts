import type { Modality, Service } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import type { Answers, Condition } from './answers'

export type Reason = { text: string; lang?: 'en' }
/** A ticked condition with the massage type's own advice, or the services that list it. */
export type Warning = { condition: Condition; text?: string; lang?: 'en'; services?: string[] }

export type Recommendation =
  | {
      kind: 'match'
      modality: WithFallback<Modality>
      /** The modality's own "choose this when…" lines for the visitor's goal. */
      reasons: Reason[]
      pressureMatches: boolean
      /** Other massage types and their own "not intended for" lines for this goal. */
      notFor: { modality: WithFallback<Modality>; reasons: Reason[] }[]
      services: WithFallback<Service>[]
      warnings: Warning[]
    }
  | { kind: 'none'; warnings: Warning[] }

const modalityIdOf = (service: Service) =>
  service.modality && typeof service.modality === 'object' ? service.modality.id : service.modality

const lang = (doc: WithFallback<object>, path: string) =>
  doc.fallbackFields.includes(path) ? ('en' as const) : undefined

/**
 * The massage type whose own indications name the visitor's goal (and that is not marked "not
 * intended for" it), preferring one whose usual pressure matches; then up to three of its
 * services, those listing the goal first. Everything comes from the content editors maintain:
 * changing a modality's indications changes the outcome.
 */
export function recommend(
  answers: Answers,
  modalities: WithFallback<Modality>[],
  services: WithFallback<Service>[],
): Recommendation {
  const indicationsFor = (modality: WithFallback<Modality>) =>
    (modality.indications ?? []).flatMap((row, index) =>
      row.goal === answers.goal
        ? [{ text: row.text, lang: lang(modality, `indications.${index}.text`) }]
        : [],
    )
  const notIntendedFor = (modality: WithFallback<Modality>) =>
    (modality.notIntendedFor ?? []).flatMap((row, index) =>
      row.goal === answers.goal
        ? [{ text: row.text, lang: lang(modality, `notIntendedFor.${index}.text`) }]
        : [],
    )
  const pressureMatches = (modality: Modality) =>
    answers.pressure === 'any' || modality.pressure.includes(answers.pressure)

  const candidates = modalities
    .map((modality) => ({
      modality,
      reasons: indicationsFor(modality),
      excluded: notIntendedFor(modality).length > 0,
    }))
    .filter((candidate) => candidate.reasons.length > 0 && !candidate.excluded)
    .sort(
      (a, b) =>
        Number(pressureMatches(b.modality)) - Number(pressureMatches(a.modality)) ||
        b.reasons.length - a.reasons.length,
    )

  const best = candidates[0]
  if (!best) return { kind: 'none', warnings: warningsFor(answers, modalities, []) }

  const ownServices = services
    .filter((service) => modalityIdOf(service) === best.modality.id)
    .sort(
      (a, b) =>
        Number((b.goals ?? []).includes(answers.goal)) -
          Number((a.goals ?? []).includes(answers.goal)) ||
        Number(conflicts(a, answers.conditions)) - Number(conflicts(b, answers.conditions)),
    )
    .slice(0, 3)

  return {
    kind: 'match',
    modality: best.modality,
    reasons: best.reasons,
    pressureMatches: answers.pressure !== 'any' && pressureMatches(best.modality),
    notFor: modalities
      .filter((modality) => modality.id !== best.modality.id)
      .map((modality) => ({ modality, reasons: notIntendedFor(modality) }))
      .filter((entry) => entry.reasons.length > 0),
    services: ownServices,
    warnings: warningsFor(answers, [best.modality], ownServices),
  }
}

const conflicts = (service: Service, conditions: Condition[]) =>
  (service.contraindications ?? []).some((condition) => conditions.includes(condition))

/** The massage type's own advice for each condition the visitor ticked (services' own ones too). */
function warningsFor(
  answers: Answers,
  modalities: WithFallback<Modality>[],
  services: Service[],
): Warning[] {
  const warnings: Warning[] = []
  for (const condition of answers.conditions) {
    for (const modality of modalities) {
      ;(modality.contraindications ?? []).forEach((row, index) => {
        if (row.condition === condition && !warnings.some((w) => w.text === row.advice)) {
          warnings.push({
            condition,
            text: row.advice,
            lang: lang(modality, `contraindications.${index}.advice`),
          })
        }
      })
    }
    const flagged = services.filter((service) =>
      (service.contraindications ?? []).includes(condition),
    )
    if (flagged.length > 0 && !warnings.some((warning) => warning.condition === condition)) {
      warnings.push({ condition, services: flagged.map((service) => service.name) })
    }
  }
  return warnings
}
