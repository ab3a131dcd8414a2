import { CONDITIONS, GOAL_VALUES, PRESSURES, type Goal } from '@/fields/options'

/** The goals the guide asks about (a subset of the content's goal vocabulary). */
export const GUIDE_GOALS = [
  'stress',
  'sleep',
  'anxiety',
  'chronic-pain',
  'injury-recovery',
  'posture',
  'general-wellness',
] as const satisfies readonly Goal[]

export type Pressure = (typeof PRESSURES)[number]['value']
export type Condition = (typeof CONDITIONS)[number]['value']

export type Answers = {
  goal: Goal
  pressure: Pressure | 'any'
  conditions: Condition[]
}

const PRESSURE_VALUES = PRESSURES.map((option) => option.value)
const CONDITION_VALUES = CONDITIONS.map((option) => option.value)
const NO_CONDITIONS = 'none'

const isGoal = (value: string): value is Goal => (GOAL_VALUES as readonly string[]).includes(value)
const isPressure = (value: string): value is Pressure =>
  (PRESSURE_VALUES as string[]).includes(value)
const isCondition = (value: string): value is Condition =>
  (CONDITION_VALUES as string[]).includes(value)

/** Answers from a form submission; null when the goal is missing or anything is unknown. */
export function parseAnswers(input: {
  goal?: string | null
  pressure?: string | null
  conditions?: string[]
}): Answers | null {
  const goal = input.goal ?? ''
  const pressure = input.pressure || 'any'
  const conditions = [...new Set(input.conditions ?? [])].filter((value) => value !== NO_CONDITIONS)
  if (!isGoal(goal)) return null
  if (pressure !== 'any' && !isPressure(pressure)) return null
  if (!conditions.every(isCondition)) return null
  return { goal, pressure, conditions: (conditions as Condition[]).sort() }
}

/** The result's address segments: /guide/stress/light/pregnancy_recent-injury */
export const answerSegments = (answers: Answers) => ({
  goal: answers.goal,
  pressure: answers.pressure,
  conditions: answers.conditions.length > 0 ? answers.conditions.join('_') : NO_CONDITIONS,
})

/** Answers from a result address; null unless it is the one canonical address for them. */
export function answersFromSegments(segments: {
  goal: string
  pressure: string
  conditions: string
}): Answers | null {
  const listed = decodeURIComponent(segments.conditions).split('_').filter(Boolean)
  const parsed = parseAnswers({
    goal: segments.goal,
    pressure: segments.pressure,
    conditions: listed,
  })
  if (!parsed) return null
  const canonical = answerSegments(parsed)
  const same =
    canonical.goal === segments.goal &&
    canonical.pressure === segments.pressure &&
    canonical.conditions === listed.join('_')
  return same ? parsed : null
}
