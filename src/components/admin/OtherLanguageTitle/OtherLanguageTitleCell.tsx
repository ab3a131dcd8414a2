import Link from 'next/link'
import type { CollectionSlug, DefaultServerCellComponentProps } from 'payload'
import { LOCALES } from '@/i18n/locales'

/**
 * The title column of a translated collection. A document not yet written in the language being
 * listed is named by its other language's title, marked with that language, never "<No Title>".
 */
export async function OtherLanguageTitleCell(props: DefaultServerCellComponentProps) {
  const { cellData, rowData, payload, collectionConfig, field, link } = props
  const name = 'name' in field ? field.name : ''
  let title = typeof cellData === 'string' ? cellData.trim() : ''
  let language: string | null = null
  if (!title && rowData?.id && name) {
    const doc = (await payload.findByID({
      collection: collectionConfig.slug as CollectionSlug,
      id: rowData.id as string,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      select: { [name]: true },
    })) as unknown as Record<string, Record<string, string | null> | undefined>
    const titles = doc[name] ?? {}
    const other = LOCALES.find((locale) => titles[locale]?.trim())
    if (other) {
      title = titles[other]!.trim()
      language = other.toUpperCase()
    }
  }
  const text = title || String(rowData?.id ?? '')
  const content = (
    <>
      {text}
      {language ? <span className="other-language-chip">{language}</span> : null}
    </>
  )
  return link ? (
    <Link
      href={`/admin/collections/${collectionConfig.slug}/${String(rowData.id)}`}
      prefetch={false}
    >
      {content}
    </Link>
  ) : (
    <span>{content}</span>
  )
}
