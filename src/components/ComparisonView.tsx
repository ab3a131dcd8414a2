import { getTranslations } from 'next-intl/server'
import type { Column } from '@/comparisons/columns'
import type { ComparisonAttribute } from '@/comparisons/attributes'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { whatsappUrl } from '@/utilities/whatsapp'

export type Row = { attribute: ComparisonAttribute; note?: string | null; noteLang?: 'en' }
export type Verdict = { text: string; lang?: 'en' }

type Props = {
  locale: Locale
  columns: Column[]
  rows: Row[]
  verdicts?: Record<string, Verdict>
  whatsapp: string
}

function CellList({
  cells,
  empty,
}: {
  cells: Column['cells'][ComparisonAttribute]
  empty: string
}) {
  if (cells.length === 0) return <span className="muted">{empty}</span>
  if (cells.length === 1) return <span lang={cells[0]?.lang}>{cells[0]?.text}</span>
  return (
    <ul className="compare__list">
      {cells.map((cell, index) => (
        <li key={index} lang={cell.lang}>
          {cell.text}
        </li>
      ))}
    </ul>
  )
}

/**
 * A comparison as a table with row and column headers for wide screens, and as one card per item
 * (the same rows as labelled definitions) on phones; only one of the two is displayed.
 */
export async function ComparisonView({ locale, columns, rows, verdicts, whatsapp }: Props) {
  const [t, labels, wa, common] = await Promise.all([
    getTranslations({ locale, namespace: 'Compare' }),
    getTranslations({ locale, namespace: 'ComparisonAttributes' }),
    getTranslations({ locale, namespace: 'WhatsApp' }),
    getTranslations({ locale, namespace: 'Common' }),
  ])
  const message = (column: Column) => {
    const minutes = column.subject.service?.options[0]?.durationMinutes
    return minutes ? wa('service', { service: column.name, minutes }) : wa('general')
  }
  const names = columns.map((column) => column.name).join(' · ')
  const itemHref = (column: Column) =>
    column.subject.service
      ? pathFor(locale, {
          pathname: '/services/[slug]',
          params: { slug: column.subject.service.slug },
        })
      : pathFor(locale, {
          pathname: '/massage-types/[slug]',
          params: { slug: column.subject.modality.slug },
        })
  const actions = (column: Column) => (
    <p className="compare__actions">
      <a className="button button--small" href={itemHref(column)}>
        {column.subject.service
          ? t('bookService', { name: column.name })
          : t('seeServices', { name: column.name })}
      </a>{' '}
      <a
        className="button button--small button--secondary"
        href={whatsappUrl(whatsapp, message(column))}
        rel="noopener"
      >
        <span aria-hidden="true">{common('whatsappShort')}</span>
        <span className="visually-hidden">{common('bookWhatsApp')}</span>
      </a>
    </p>
  )
  const verdictOf = (column: Column) => verdicts?.[column.id]

  return (
    <div className="compare" data-testid="comparison">
      <div className="compare__table-wrap">
        <table className="compare__table" data-testid="comparison-table">
          <caption>{t('tableCaption', { names })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attributeColumn')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.id}>
                  <a href={itemHref(column)} lang={column.nameLang}>
                    {column.name}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.attribute} data-attribute={row.attribute}>
                <th scope="row">
                  {labels(row.attribute)}
                  {row.note && (
                    <span className="compare__note" lang={row.noteLang}>
                      {row.note}
                    </span>
                  )}
                </th>
                {columns.map((column) => (
                  <td key={column.id}>
                    <CellList cells={column.cells[row.attribute]} empty={t('notListed')} />
                  </td>
                ))}
              </tr>
            ))}
            {verdicts && (
              <tr data-attribute="verdict">
                <th scope="row">{t('verdictRow')}</th>
                {columns.map((column) => (
                  <td key={column.id} lang={verdictOf(column)?.lang}>
                    {verdictOf(column)?.text}
                  </td>
                ))}
              </tr>
            )}
            <tr>
              <td />
              {columns.map((column) => (
                <td key={column.id}>{actions(column)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <ul className="compare__cards" data-testid="comparison-cards">
        {columns.map((column) => (
          <li key={column.id} className="card compare__card">
            <h2 className="card__title">
              <a href={itemHref(column)} lang={column.nameLang}>
                {t('cardsHeading', { name: column.name })}
              </a>
            </h2>
            <dl className="compare__facts">
              {rows.map((row) => (
                <div key={row.attribute}>
                  <dt>{labels(row.attribute)}</dt>
                  <dd>
                    <CellList cells={column.cells[row.attribute]} empty={t('notListed')} />
                  </dd>
                </div>
              ))}
              {verdictOf(column) && (
                <div>
                  <dt>{t('verdictRow')}</dt>
                  <dd lang={verdictOf(column)?.lang}>{verdictOf(column)?.text}</dd>
                </div>
              )}
            </dl>
            {actions(column)}
          </li>
        ))}
      </ul>
    </div>
  )
}
