import { isLocale } from '@/i18n/locales'
import { PAGE_COLLECTIONS, type PageCollection } from '@/queries/pageCollections'
import { getPayloadClient } from '@/queries/payload'
import { previewingUser } from '@/queries/preview'
import { forgetTyped, rememberTyped } from '@/preview/typedValues'

const MAX_BYTES = 512 * 1024

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

const isPageCollection = (value: unknown): value is PageCollection =>
  (PAGE_COLLECTIONS as readonly unknown[]).includes(value)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The frame is a page of this site: a browser says so (Sec-Fetch-Site) or its Origin names our host. */
const fromThisSite = (request: Request): boolean => {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = request.headers.get('origin')
  if (!origin) return true
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  return URL.canParse(origin) && new URL(origin).host === host
}

/**
 * The live preview frame posts what the staff member is typing in the admin form (Payload sends it
 * on every change) so the framed page can show it before anything is saved. Collections that
 * autosave (pages) need none of this: their preview follows each autosave.
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromThisSite(request)) {
    return answer(403, { error: 'Only the live preview frame may send this.' })
  }
  const user = await previewingUser()
  if (!user) return answer(401, { error: 'Open the live preview from the admin panel.' })
  const text = await request.text()
  if (text.length > MAX_BYTES) return answer(413, { error: 'The form is too large to preview.' })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return answer(400, { error: 'The body must be JSON.' })
  }
  if (!isRecord(body)) return answer(400, { error: 'The body must be a JSON object.' })
  const { collection, id, locale, data, clear } = body
  if (!isPageCollection(collection))
    return answer(400, { error: 'Unknown collection.', field: 'collection' })
  if (typeof id !== 'string' || !id) return answer(400, { error: 'id is required.', field: 'id' })
  if (!isLocale(locale)) return answer(400, { error: 'locale must be en or id.', field: 'locale' })
  const key = { userId: user.id, collection, id, locale }
  if (clear === true) {
    forgetTyped(key)
    return answer(200, { stored: false })
  }
  if (!isRecord(data)) return answer(400, { error: 'data must be an object.', field: 'data' })
  const payload = await getPayloadClient()
  const drafts = payload.collections[collection]?.config.versions?.drafts
  if (drafts && drafts.autosave) return answer(200, { stored: false })
  rememberTyped(key, data)
  return answer(200, { stored: true })
}
