import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { adminLanguage, say } from '@/admin/adminLanguage'
import { hasRole } from '@/access/roles'
import { countOf, recordAudit } from '@/audit/record'
import { eraseRequests, findGuestRequests, findRequestEmails } from '@/privacy/guestData'
import { guestExport, guestSummary } from '@/privacy/guestExport'
import { guestKey, type GuestKey } from '@/privacy/retention'

type Checked = { key: GuestKey } | { refusal: Response }

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

/** Only admins answer a guest's request for their data; the guest is named by phone or email. */
function check(req: PayloadRequest, guest: unknown): Checked {
  if (!req.user) {
    return {
      refusal: refuse(401, say(req, { en: 'Log in as an admin.', id: 'Masuk sebagai admin.' })),
    }
  }
  if (req.user.collection !== 'users' || !hasRole(req.user, 'admin')) {
    return {
      refusal: refuse(
        403,
        say(req, {
          en: "Only admins export or erase a guest's data.",
          id: 'Hanya admin yang dapat mengekspor atau menghapus data tamu.',
        }),
      ),
    }
  }
  const key = typeof guest === 'string' ? guestKey(guest) : null
  if (!key) {
    return {
      refusal: refuse(
        400,
        say(req, {
          en: 'guest: give the phone number (e.g. 0812 3456 7890) or the email address.',
          id: 'guest: isi nomor telepon (mis. 0812 3456 7890) atau alamat email.',
        }),
        'guest',
      ),
    }
  }
  return { key }
}

/**
 * `GET /api/inquiries/guest-data?guest=…&format=json|text`: everything held about one guest, as
 * JSON or as a summary the guest can read (in the admin's language). Each export is recorded.
 */
export const exportGuestDataEndpoint: Endpoint = {
  path: '/guest-data',
  method: 'get',
  handler: async (req) => {
    const checked = check(req, req.searchParams.get('guest'))
    if ('refusal' in checked) return checked.refusal
    const format = req.searchParams.get('format') ?? 'json'
    if (format !== 'json' && format !== 'text') {
      return refuse(400, 'format: use json or text.', 'format')
    }
    const now = new Date()
    const requests = await findGuestRequests(req, checked.key)
    const emails = await findRequestEmails(
      req,
      requests.map((request) => request.id),
    )
    await recordAudit(req, {
      action: 'exported',
      summary: `Exported ${countOf(requests.length, 'request')} and ${countOf(emails.length, 'email')} of one guest (${format})`,
      requests: requests.map((request) => request.id),
    })
    const data = guestExport(requests, emails, now)
    const day = now.toISOString().slice(0, 10)
    if (format === 'text') {
      return new Response(guestSummary(data, adminLanguage(req)), {
        headers: {
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Disposition': `attachment; filename="guest-data-${day}.txt"`,
          'Cache-Control': 'no-store',
        },
      })
    }
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="guest-data-${day}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/**
 * `POST /api/inquiries/guest-data/erase` with `{ "guest": "…" }`: erases the guest's details from
 * every request and the stored copies of their emails, and records it — all or nothing.
 */
export const eraseGuestDataEndpoint: Endpoint = {
  path: '/guest-data/erase',
  method: 'post',
  handler: async (req) => {
    let body: unknown = null
    try {
      body = req.json ? await req.json() : null
    } catch {
      return refuse(400, 'The body must be JSON: { "guest": "…" }.', 'guest')
    }
    const guest = body && typeof body === 'object' ? (body as { guest?: unknown }).guest : null
    const checked = check(req, guest)
    if ('refusal' in checked) return checked.refusal
    const shouldCommit = await initTransaction(req)
    try {
      const requests = await findGuestRequests(req, checked.key)
      const ids = requests.filter((request) => !request.personalDataErasedAt).map((r) => r.id)
      const erased = await eraseRequests(req, ids, new Date())
      await recordAudit(req, {
        action: 'erased',
        summary: `Erased one guest's details from ${countOf(erased.requests, 'request')} and ${countOf(erased.emails, 'email')}`,
        requests: ids,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(erased)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
