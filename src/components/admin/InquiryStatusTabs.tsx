import type { BeforeListTableServerProps } from 'payload'
import { INQUIRY_STATUSES, STATUS_LABELS, type InquiryStatus } from '@/collections/Inquiries/status'

const ALL = { en: 'All', id: 'Semua' }

/**
 * One link per status above the booking-request list, with how many requests each holds (read
 * with the viewer's own access), e.g. "New (3)". The list itself filters with Payload's `where`.
 */
export async function InquiryStatusTabs({
  payload,
  i18n,
  user,
  searchParams,
}: BeforeListTableServerProps) {
  const language = i18n.language === 'id' ? 'id' : 'en'
  // The list's filter from the address (?where[status][equals]=new), raw or already parsed.
  const parsed = (searchParams?.where as { status?: { equals?: unknown } } | undefined)?.status
  const current = [searchParams?.['where[status][equals]'], parsed?.equals].find(
    (value): value is string => typeof value === 'string',
  )
  const counts = await Promise.all(
    INQUIRY_STATUSES.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: 'inquiries',
        where: { status: { equals: status } },
        overrideAccess: false,
        user,
      })
      return [status, totalDocs] as const
    }),
  )
  const base = '/admin/collections/inquiries'
  const tab = (href: string, label: string, active: boolean) => (
    <a
      key={href}
      href={href}
      className={`inquiry-tabs__tab${active ? ' inquiry-tabs__tab--active' : ''}`}
      aria-current={active ? 'page' : undefined}
    >
      {label}
    </a>
  )
  return (
    <nav
      className="inquiry-tabs"
      aria-label={language === 'id' ? 'Saring menurut status' : 'Filter by status'}
    >
      {tab(base, ALL[language], !current)}
      {counts.map(([status, count]) =>
        tab(
          `${base}?where[status][equals]=${status}`,
          `${STATUS_LABELS[status as InquiryStatus][language]} (${count})`,
          current === status,
        ),
      )}
    </nav>
  )
}
