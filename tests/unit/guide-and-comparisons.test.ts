import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerSegments, answersFromSegments, parseAnswers, type Answers } from '@/guide/answers'
import { recommend } from '@/guide/recommend'
import { readGuideContent } from '@/queries/guide'
import { makeUser } from '../helpers/fixtures'
import { getSeededTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let editor: string

beforeAll(async () => {
  payload = await getSeededTestPayload()
  await makeUser(payload, ['admin'])
  editor = (await makeUser(payload, ['editor'])).token
})

const ask = async (
  answers: Partial<Answers> & Pick<Answers, 'goal'>,
  locale: 'en' | 'id' = 'en',
) => {
  const content = await readGuideContent(locale)
  return recommend(
    { pressure: 'any', conditions: [], ...answers },
    content.modalities,
    content.services,
  )
}

const modalityBySlug = async (slug: string) =>
  (
    await payload.find({
      collection: 'modalities',
      where: { slug: { equals: slug } },
      locale: 'en',
      overrideAccess: true,
    })
  ).docs[0]!

describe('the "which massage" guide on the seeded content', () => {
  it.each(['stress', 'sleep', 'anxiety'] as const)(
    'recommends relaxation massage for %s',
    async (goal) => {
      const result = await ask({ goal })
      expect(result.kind).toBe('match')
      if (result.kind !== 'match') return
      expect(result.modality.slug).toBe('relaxation-massage')
      expect(result.reasons.length).toBeGreaterThan(0)
      expect(result.services.length).toBeGreaterThanOrEqual(1)
      expect(result.services.length).toBeLessThanOrEqual(3)
    },
  )

  it.each(['chronic-pain', 'injury-recovery', 'posture'] as const)(
    'recommends therapeutic massage for %s, saying why not relaxation',
    async (goal) => {
      const result = await ask({ goal })
      if (result.kind !== 'match') throw new Error('no match')
      expect(result.modality.slug).toBe('therapeutic-massage')
      expect(result.notFor.map((entry) => entry.modality.slug)).toEqual(['relaxation-massage'])
      expect(result.services[0]?.goals).toContain(goal)
    },
  )

  it('answers in Indonesian from the Indonesian text, with the massage type’s own warnings', async () => {
    const result = await ask({ goal: 'sleep', conditions: ['pregnancy'] }, 'id')
    if (result.kind !== 'match') throw new Error('no match')
    expect(result.modality.slug).toBe('pijat-relaksasi')
    expect(result.warnings.map((warning) => warning.condition)).toEqual(['pregnancy'])
    expect(result.warnings[0]?.text).toMatch(/hamil|kehamilan/i)
  })

  it('follows the content: an editor changing indications changes the outcome', async () => {
    const relaxation = await modalityBySlug('relaxation-massage')
    const therapeutic = await modalityBySlug('therapeutic-massage')
    const keep = { relaxation: relaxation.indications, therapeutic: therapeutic }
    try {
      // Relaxation no longer claims "stress"; therapeutic now does and no longer rules it out.
      await rest(`/modalities/${relaxation.id}?locale=en`, {
        method: 'PATCH',
        token: editor,
        body: {
          indications: (relaxation.indications ?? []).filter((row) => row.goal !== 'stress'),
        },
      })
      expect((await ask({ goal: 'stress' })).kind).toBe('none')

      await rest(`/modalities/${therapeutic.id}?locale=en`, {
        method: 'PATCH',
        token: editor,
        body: {
          indications: [
            ...(therapeutic.indications ?? []),
            { goal: 'stress', text: 'Stress that sits in tight shoulders and jaw.' },
          ],
          notIntendedFor: (therapeutic.notIntendedFor ?? []).filter((row) => row.goal !== 'stress'),
        },
      })
      const after = await ask({ goal: 'stress' })
      if (after.kind !== 'match') throw new Error('no match')
      expect(after.modality.slug).toBe('therapeutic-massage')
      expect(after.reasons.map((reason) => reason.text)).toEqual([
        'Stress that sits in tight shoulders and jaw.',
      ])
    } finally {
      await payload.update({
        collection: 'modalities',
        id: relaxation.id,
        locale: 'en',
        data: { indications: keep.relaxation },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'modalities',
        id: therapeutic.id,
        locale: 'en',
        data: {
          indications: keep.therapeutic.indications,
          notIntendedFor: keep.therapeutic.notIntendedFor,
        },
        overrideAccess: true,
      })
    }
  })

  it('turns answers into one canonical, shareable address and refuses anything else', () => {
    const answers = parseAnswers({
      goal: 'chronic-pain',
      pressure: 'firm',
      conditions: ['recent-injury', 'pregnancy', 'none'],
    })
    expect(answers).toEqual({
      goal: 'chronic-pain',
      pressure: 'firm',
      conditions: ['pregnancy', 'recent-injury'],
    })
    const segments = answerSegments(answers!)
    expect(segments).toEqual({
      goal: 'chronic-pain',
      pressure: 'firm',
      conditions: 'pregnancy_recent-injury',
    })
    expect(answersFromSegments(segments)).toEqual(answers)
    expect(answersFromSegments({ ...segments, conditions: 'recent-injury_pregnancy' })).toBeNull()
    expect(answersFromSegments({ ...segments, goal: 'world-peace' })).toBeNull()
    expect(parseAnswers({ goal: 'stress', pressure: 'crushing' })).toBeNull()
    expect(parseAnswers({ goal: null })).toBeNull()
  })
})

describe('comparisons', () => {
  const base = {
    title: 'Test comparison',
    intro: 'Intro',
    kind: 'modalities',
    rows: [{ attribute: 'goal' }],
  }

  it('rejects fewer than two items, a row without its item, duplicates, and repeated rows (400, field named)', async () => {
    const [relaxation, therapeutic] = await Promise.all([
      modalityBySlug('relaxation-massage'),
      modalityBySlug('therapeutic-massage'),
    ])
    const attempt = async (body: Record<string, unknown>) => {
      const response = await rest('/comparisons', {
        method: 'POST',
        token: editor,
        body: { ...base, ...body },
      })
      expect(response.status).toBe(400)
      return (
        (response.json as { errors: { data?: { errors: { path: string; message: string }[] } }[] })
          .errors[0]?.data?.errors ?? []
      )
    }
    expect(await attempt({ items: [{ modality: relaxation.id, verdict: 'x' }] })).toEqual([
      expect.objectContaining({ path: 'items', message: 'Compare 2 to 4 items.' }),
    ])
    expect(
      await attempt({ items: [{ modality: relaxation.id, verdict: 'x' }, { verdict: 'y' }] }),
    ).toEqual([
      expect.objectContaining({
        path: 'items',
        message: expect.stringContaining('massage type in every row'),
      }),
    ])
    expect(
      await attempt({
        items: [
          { modality: relaxation.id, verdict: 'x' },
          { modality: relaxation.id, verdict: 'y' },
        ],
      }),
    ).toEqual([
      expect.objectContaining({ path: 'items', message: 'Each item can appear only once.' }),
    ])
    expect(
      await attempt({
        items: [
          { modality: relaxation.id, verdict: 'x' },
          { modality: therapeutic.id, verdict: 'y' },
        ],
        rows: [{ attribute: 'goal' }, { attribute: 'goal' }],
      }),
    ).toEqual([
      expect.objectContaining({ path: 'rows', message: 'Each row can be shown only once.' }),
    ])
  })

  it('seeds the article’s comparison in both languages with a verdict per item and every row', async () => {
    for (const locale of ['en', 'id'] as const) {
      const { docs } = await payload.find({
        collection: 'comparisons',
        locale,
        fallbackLocale: false,
        where: { kind: { equals: 'modalities' } },
        overrideAccess: true,
      })
      const comparison = docs[0]!
      expect(comparison.items?.every((item) => item.verdict.length > 20)).toBe(true)
      expect(comparison.rows?.map((row) => row.attribute)).toHaveLength(11)
      expect(comparison.rows?.find((row) => row.attribute === 'target')?.note).toBeTruthy()
      expect(comparison.missingTranslations).toEqual([])
    }
  })
})
