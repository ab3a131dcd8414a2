import { getTranslations } from 'next-intl/server'
import { bookingHref } from '@/i18n/bookingHref'
import type { Column } from '@/comparisons/columns'
import type { ComparisonAttribute } from '@/comparisons/attributes'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import { inSentence } from '@/utilities/sentenceCase'
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
 * A comparison: first one "choose it if…" card per item, at a glance; then every row — as a table
 * with row and column headers on wide screens, and on phones as one folded row per attribute
 * showing each item under its name. Only one of the two row views is displayed.
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
    <p className="actions">
      <a
        className="button button--small"
        href={
          column.subject.service
            ? bookingHref(locale, { service: column.subject.service.slug })
            : itemHref(column)
        }
      >
        {column.subject.service
          ? t('bookService', { name: column.name })
          : t('seeServices', { name: inSentence(column.name) })}
      </a>
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
      <ul className="verdicts" data-testid="comparison-summary">
        {columns.map((column) => (
          <li key={column.id} className="verdict">
            <h2 className="verdict__name">
              <a href={itemHref(column)} lang={column.nameLang}>
                {column.name}
              </a>
            </h2>
            {verdictOf(column) && (
              <p>
                <span className="verdict__label">{t('verdictRow')}</span>{' '}
                <span lang={verdictOf(column)?.lang}>{verdictOf(column)?.text}</span>
              </p>
            )}
            {actions(column)}
          </li>
        ))}
      </ul>

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
          </tbody>
        </table>
      </div>

      <div className="compare__rows" data-testid="comparison-rows">
        {rows.map((row, index) => (
          <details
            key={row.attribute}
            className="disclosure"
            data-attribute={row.attribute}
            open={index < 2}
          >
            <summary>{labels(row.attribute)}</summary>
            <div className="disclosure__body">
              {row.note && (
                <p className="compare__note" lang={row.noteLang}>
                  {row.note}
                </p>
              )}
              {columns.map((column) => (
                <div key={column.id} className="compare__row-item">
                  <h3 lang={column.nameLang}>{column.name}</h3>
                  <CellList cells={column.cells[row.attribute]} empty={t('notListed')} />
                </div>
              ))}
            </div>
          </details>
        ))}
      </div>
    </div>
  )
}
