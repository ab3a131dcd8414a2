import type { AdminViewServerProps } from 'payload'
import { AdminViewPage } from '../AdminViewPage'
import { hasRole, type Role } from '@/access/roles'
import { countOf, recordAudit } from '@/audit/record'
import { STATUS_LABELS } from '@/collections/Inquiries/status'
import { findGuestRequests, findRequestEmails } from '@/privacy/guestData'
import { guestKey } from '@/privacy/retention'
import { EraseGuestData } from './EraseGuestData'
import { GUEST_DATA_TEXT } from './text'
import styles from './GuestData.module.css'

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value ? String(value.name) : '—'

/**
 * `/admin/guest-data`: an admin answers a guest's request for a copy or deletion of their data.
 * Finding the guest shows their requests (and is recorded); the downloads and the erasure go
 * through the API endpoints, which record themselves.
 */
export async function GuestDataView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user, i18n } = req
  const language = i18n.language === 'id' ? 'id' : 'en'
  const text = GUEST_DATA_TEXT[language]
  const allowed = hasRole(user as { roles?: Role[] } | null, 'admin')
  const asked = typeof searchParams?.guest === 'string' ? searchParams.guest.trim() : ''
  const key = allowed && asked ? guestKey(asked) : null
  const requests = key ? await findGuestRequests(req, key) : []
  const emails = key
    ? await findRequestEmails(
        req,
        requests.map((request) => request.id),
      )
    : []
  if (key && requests.length) {
    await recordAudit(
      req,
      {
        action: 'viewed',
        summary: `Looked up one guest in the guest-data tool: ${countOf(requests.length, 'request')} (${requests.map((request) => request.reference ?? request.id).join(', ')})`,
        requests: requests.map((request) => request.id),
      },
      { unlessRecordedWithinMs: 10 * 60 * 1000 },
    )
  }
  const query = encodeURIComponent(asked)
  return (
    <AdminViewPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className={styles.page} data-testid="guest-data">
        <h1 className={styles.heading}>{text.title}</h1>
        <p className={styles.intro}>{text.intro}</p>
        {!allowed ? (
          <p>{text.notAdmin}</p>
        ) : (
          <>
            <form className={styles.search} method="get" action="/admin/guest-data">
              <label className={styles.field}>
                <span>{text.label}</span>
                <input
                  name="guest"
                  type="text"
                  inputMode="email"
                  autoComplete="off"
                  defaultValue={asked}
                  aria-describedby="guest-hint"
                  required
                />
                <span id="guest-hint" className={styles.hint}>
                  {text.hint}
                </span>
              </label>
              <button type="submit" className={styles.button}>
                {text.find}
              </button>
            </form>
            {asked && !key && (
              <p role="alert" className={styles.invalid}>
                {text.invalid}
              </p>
            )}
            {key && (
              <section aria-live="polite" data-testid="guest-data-result">
                <p>
                  {requests.length || emails.length
                    ? text.found(requests.length, emails.length)
                    : text.nothing}
                </p>
                {requests.length > 0 && (
                  <ul className={styles.requests}>
                    {requests.map((request) => (
                      <li key={request.id}>
                        <strong>{request.reference ?? request.id}</strong> · {request.preferredDate}{' '}
                        {request.preferredTime} · {nameOf(request.service)} ·{' '}
                        {request.status ? STATUS_LABELS[request.status][language] : '—'}
                        {request.personalDataErasedAt ? ` · ${text.erased}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <div className={styles.downloads}>
                  <a
                    className={styles.link}
                    href={`/api/inquiries/guest-data?guest=${query}&format=json`}
                    download
                  >
                    {text.downloadJson}
                  </a>
                  <a
                    className={styles.link}
                    href={`/api/inquiries/guest-data?guest=${query}&format=text`}
                    download
                  >
                    {text.downloadText}
                  </a>
                </div>
                {requests.some((request) => !request.personalDataErasedAt) && (
                  <EraseGuestData
                    guest={asked}
                    words={{
                      eraseTitle: text.eraseTitle,
                      eraseIntro: text.eraseIntro,
                      confirm: text.confirm,
                      erase: text.erase,
                      erasing: text.erasing,
                      failed: text.failed,
                      done: text.done,
                    }}
                  />
                )}
              </section>
            )}
          </>
        )}
      </div>
    </AdminViewPage>
  )
}
