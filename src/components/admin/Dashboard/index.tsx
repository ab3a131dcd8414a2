import { redirect } from 'next/navigation'
import type { CollectionSlug, Payload, ServerProps, Where } from 'payload'
import { hasRole, type Role } from '@/access/roles'
import { promotionStateWhere } from '@/collections/Promotions/state'
import { whereQuery } from '@/admin/whereQuery'
import { BookingCounts } from './BookingCounts'
import { DASHBOARD_TEXT, type DashboardText } from './text'
import { formatWib, jakartaDayAndWeekStart } from './wib'
import { shortDay } from '@/booking/frontDesk'
import { formatClock } from '@/utilities/format'

type User = { roles?: Role[] | null }
type Language = 'en' | 'id'
type Row = { href: string; title: string; detail?: string }

const CONTENT: CollectionSlug[] = [
  'pages',
  'services',
  'modalities',
  'techniques',
  'therapists',
  'comparisons',
  'media',
]
const TRANSLATED: CollectionSlug[] = [...CONTENT, 'promotions']

/** A document named as its list names it (a therapist by name, not job title). */
const docTitle = (doc: Record<string, unknown>, useAsTitle?: string) =>
  String((useAsTitle && doc[useAsTitle]) || doc.title || doc.name || doc.filename || doc.id)

const listHref = (collection: string, where?: Where) =>
  `/admin/collections/${collection}${where ? `?${whereQuery(where).join('&')}` : ''}`

function Section({
  title,
  children,
  testId,
}: {
  title: string
  children: React.ReactNode
  testId: string
}) {
  return (
    <section
      data-testid={testId}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 8,
        padding: '1rem 1.25rem',
      }}
    >
      <h2 style={{ margin: '0 0 0.75rem', fontSize: '1.15rem' }}>{title}</h2>
      {children}
    </section>
  )
}

function Rows({ rows, empty }: { rows: Row[]; empty: string }) {
  if (!rows.length) return <p style={{ margin: 0 }}>{empty}</p>
  return (
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {rows.map((row) => (
        <li key={row.href} style={{ marginBottom: '0.35rem' }}>
          <a href={row.href}>{row.title}</a>
          {row.detail ? (
            <span style={{ color: 'var(--theme-elevation-600)' }}> · {row.detail}</span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

async function Bookings({ payload, user, text, language }: Parts) {
  const { today, week } = jakartaDayAndWeekStart(new Date())
  const fresh = (since: Date): Where => ({
    and: [
      { status: { equals: 'new' } },
      { createdAt: { greater_than_equal: since.toISOString() } },
    ],
  })
  const access = { overrideAccess: false, user } as const
  const [day, thisWeek, waiting] = await Promise.all([
    payload.count({ collection: 'inquiries', where: fresh(today), ...access }),
    payload.count({ collection: 'inquiries', where: fresh(week), ...access }),
    payload.find({
      collection: 'inquiries',
      where: { status: { equals: 'new' } },
      sort: 'createdAt',
      limit: 8,
      depth: 0,
      ...access,
    }),
  ])
  return (
    <Section title={text.bookings} testId="dashboard-bookings">
      <p style={{ margin: '0 0 0.5rem', fontSize: '1.1rem' }}>
        <strong data-testid="bookings-today">{day.totalDocs}</strong> {text.newToday} ·{' '}
        <strong data-testid="bookings-week">{thisWeek.totalDocs}</strong> {text.newThisWeek}
      </p>
      <h3 style={{ fontSize: '1rem', margin: '0.5rem 0' }}>{text.waiting}</h3>
      <Rows
        empty={text.noneWaiting}
        rows={waiting.docs.map((doc) => ({
          href: `/admin/collections/inquiries/${doc.id}`,
          title: doc.name ?? doc.reference ?? String(doc.id),
          detail: doc.preferredDate
            ? `${text.requested} ${shortDay(doc.preferredDate, language)} ${doc.preferredDate.slice(0, 4)}, ${formatClock(doc.preferredTime ?? '', language)} WIB`
            : undefined,
        }))}
      />
      <p style={{ margin: '0.75rem 0 0' }}>
        <a href="/admin/today">{text.board}</a> ·{' '}
        <a href={listHref('inquiries', { status: { equals: 'new' } })}>{text.allBookings}</a>
      </p>
    </Section>
  )
}

async function Promotions({ payload, user, text, language }: Parts) {
  const now = new Date()
  const access = { overrideAccess: false, user, depth: 0, limit: 10 } as const
  const recentlyEnded: Where = {
    and: [
      promotionStateWhere('ended', now),
      { endsAt: { greater_than: new Date(now.getTime() - 14 * 86_400_000).toISOString() } },
    ],
  }
  const groups = await Promise.all(
    (
      [
        ['live', text.live, promotionStateWhere('live', now), 'endsAt'],
        ['scheduled', text.scheduled, promotionStateWhere('scheduled', now), 'startsAt'],
        ['ended', text.ended, recentlyEnded, '-endsAt'],
      ] as const
    ).map(async ([key, title, where, sort]) => {
      const found = await payload.find({
        collection: 'promotions',
        where,
        sort,
        locale: language,
        ...access,
      })
      return { key, title, docs: found.docs }
    }),
  )
  return (
    <Section title={text.promotions} testId="dashboard-promotions">
      {groups.map((group) => (
        <div key={group.key} data-testid={`dashboard-promotions-${group.key}`}>
          <h3 style={{ fontSize: '1rem', margin: '0.5rem 0' }}>
            {group.title} ({group.docs.length})
          </h3>
          <Rows
            empty={text.none}
            rows={group.docs.map((doc) => ({
              href: `/admin/collections/promotions/${doc.id}`,
              title: doc.title,
              detail: `${formatWib(doc.startsAt, language)} – ${formatWib(doc.endsAt, language)}`,
            }))}
          />
        </div>
      ))}
    </Section>
  )
}

const labelIn = (label: unknown, language: Language): string =>
  typeof label === 'string'
    ? label
    : label && typeof label === 'object'
      ? String((label as Record<string, string>)[language] ?? Object.values(label)[0])
      : ''

async function Translations({
  payload,
  user,
  text,
  language,
  collections,
}: Parts & { collections: CollectionSlug[] }) {
  // One count per collection and language, all at once; the order of the list stays fixed.
  const counted = await Promise.all(
    collections.flatMap((collection) =>
      ['id', 'en'].map(async (locale) => {
        const where: Where = { missingTranslations: { in: [locale] } }
        const { totalDocs } = await payload.count({
          collection,
          where,
          overrideAccess: false,
          user,
        })
        const name = labelIn(payload.collections[collection].config.labels.plural, language)
        return {
          totalDocs,
          row: {
            href: listHref(collection, where),
            title: `${name}: ${totalDocs}`,
            detail: text.missingIn(locale.toUpperCase()),
          },
        }
      }),
    ),
  )
  const rows: Row[] = counted.filter(({ totalDocs }) => totalDocs > 0).map(({ row }) => row)
  return (
    <Section title={text.translations} testId="dashboard-translations">
      <Rows rows={rows} empty={text.allTranslated} />
    </Section>
  )
}

async function Recent({
  payload,
  user,
  language,
  collections,
  text,
}: Parts & { collections: CollectionSlug[] }) {
  const found = await Promise.all(
    collections.map(async (collection) => {
      const result = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 5,
        depth: 0,
        // In the admin's language; a document not yet translated shows its other title.
        locale: language,
        draft: true,
        overrideAccess: false,
        user,
      })
      return result.docs.map((doc) => ({
        collection,
        doc: doc as unknown as Record<string, unknown>,
      }))
    }),
  )
  const latest = found
    .flat()
    .sort((a, b) => String(b.doc.updatedAt).localeCompare(String(a.doc.updatedAt)))
    .slice(0, 6)
  return (
    <Section title={text.recent} testId="dashboard-recent">
      <Rows
        empty={text.none}
        rows={latest.map(({ collection, doc }) => ({
          href: `/admin/collections/${collection}/${String(doc.id)}`,
          title: docTitle(doc, payload.collections[collection].config.admin.useAsTitle),
          detail: formatWib(String(doc.updatedAt), language),
        }))}
      />
    </Section>
  )
}

export type Parts = {
  payload: Payload
  user: ServerProps['user']
  text: DashboardText
  language: Language
}

/**
 * Above Payload's collection cards: what this member of staff can act on today, read with their
 * own access. Editors see bookings, translations and content; marketing sees promotions.
 */
export async function Dashboard({ payload, user, i18n }: ServerProps) {
  const language: Language = i18n.language === 'id' ? 'id' : 'en'
  const text = DASHBOARD_TEXT[language]
  const who = user as User | undefined
  const parts: Parts = { payload, user, text, language }
  // The desk lands on its board; the dashboard is for those who keep content and offers.
  if (!hasRole(who, 'admin', 'editor', 'marketing')) redirect('/admin/today')
  const editsContent = hasRole(who, 'admin', 'editor')
  const runsPromotions = hasRole(who, 'admin', 'marketing')
  const answersBookings = hasRole(who, 'admin', 'frontdesk')
  const translated = TRANSLATED.filter((slug) =>
    slug === 'promotions' ? runsPromotions : editsContent,
  )
  return (
    <div data-testid="dashboard" style={{ marginBottom: '2rem' }}>
      <h1 style={{ marginTop: 0 }}>{text.heading}</h1>
      <div
        style={{
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        }}
      >
        {answersBookings ? <Bookings {...parts} /> : <BookingCounts {...parts} />}
        {runsPromotions ? <Promotions {...parts} /> : null}
        <Translations {...parts} collections={translated} />
        <Recent {...parts} collections={translated} />
      </div>
    </div>
  )
}
