import type { BeforeListTableServerProps } from 'payload'
import { whereQuery } from '@/admin/whereQuery'
import { PROMOTION_STATES, STATE_LABELS, promotionStateWhere } from '@/collections/Promotions/state'

const ALL = { en: 'All', id: 'Semua' }

/**
 * Live / Scheduled / Ended / Draft above the promotions list, each with its count (read with
 * the viewer's access) and a link that filters the list to it, as of this moment in WIB.
 */
export async function PromotionStateTabs({
  payload,
  i18n,
  user,
  searchParams,
}: BeforeListTableServerProps) {
  const language = i18n.language === 'id' ? 'id' : 'en'
  const now = new Date()
  const current = typeof searchParams?.state === 'string' ? searchParams.state : undefined
  const tabs = await Promise.all(
    PROMOTION_STATES.map(async (state) => {
      const where = promotionStateWhere(state, now)
      const { totalDocs } = await payload.count({
        collection: 'promotions',
        where,
        overrideAccess: false,
        user,
      })
      const query = `?state=${state}&${whereQuery(where).join('&')}`
      return { state, totalDocs, href: `/admin/collections/promotions${query}` }
    }),
  )
  return (
    <nav
      aria-label={language === 'id' ? 'Status promo' : 'Promotion state'}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginBottom: '1rem' }}
    >
      <a
        href="/admin/collections/promotions"
        aria-current={current ? undefined : 'page'}
        className="btn btn--style-pill btn--size-small"
      >
        {ALL[language]}
      </a>
      {tabs.map((tab) => (
        <a
          key={tab.state}
          href={tab.href}
          data-testid={`promotion-tab-${tab.state}`}
          aria-current={current === tab.state ? 'page' : undefined}
          className="btn btn--style-pill btn--size-small"
          style={
            current === tab.state ? { fontWeight: 700, textDecoration: 'underline' } : undefined
          }
        >
          {STATE_LABELS[tab.state][language]} ({tab.totalDocs})
        </a>
      ))}
    </nav>
  )
}
