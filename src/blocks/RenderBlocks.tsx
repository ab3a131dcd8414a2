import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import type { Page, SiteSetting } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { BookingCtaBlock } from './BookingCta/Component'
import { ComparisonTeaserBlock } from './ComparisonTeaser/Component'
import { FactsBlock } from './Facts/Component'
import { FaqBlock } from './Faq/Component'
import { HeroBlock } from './Hero/Component'
import { MediaTextBlock } from './MediaText/Component'
import { OffersBlock } from './Offers/Component'
import { QuoteBlock } from './Quote/Component'
import { RichTextBlock } from './RichText/Component'
import { ServicesBlock } from './Services/Component'
import { TherapistsBlock } from './Therapists/Component'
import type { BlockProps, LayoutBlock } from './types'

type Props = { page: WithFallback<Page>; locale: Locale; settings: SiteSetting }

/** Blocks whose first place on a page gives it its h1. */
const HEADED = new Set([
  'hero',
  'services',
  'comparisonTeaser',
  'therapists',
  'faq',
  'mediaText',
  'facts',
  'bookingCta',
])

function renderBlock(block: LayoutBlock, props: Omit<BlockProps<LayoutBlock>, 'block'>): ReactNode {
  switch (block.blockType) {
    case 'hero':
      return <HeroBlock block={block} {...props} />
    case 'richText':
      return <RichTextBlock block={block} {...props} />
    case 'services':
      return <ServicesBlock block={block} {...props} />
    case 'offers':
      return <OffersBlock block={block} {...props} />
    case 'comparisonTeaser':
      return <ComparisonTeaserBlock block={block} {...props} />
    case 'therapists':
      return <TherapistsBlock block={block} {...props} />
    case 'faq':
      return <FaqBlock block={block} {...props} />
    case 'mediaText':
      return <MediaTextBlock block={block} {...props} />
    case 'quote':
      return <QuoteBlock block={block} {...props} />
    case 'facts':
      return <FactsBlock block={block} {...props} />
    case 'bookingCta':
      return <BookingCtaBlock block={block} {...props} />
  }
}

/**
 * A page's blocks, top to bottom, rendered on the server. The page has one h1: the first block's
 * heading when that block has one, else the page title above the blocks.
 */
export function RenderBlocks({ page, locale, settings }: Props) {
  const blocks = page.layout ?? []
  const headedByFirst = blocks[0] ? HEADED.has(blocks[0].blockType) : false
  return (
    <>
      {!headedByFirst && (
        <div className="section section--first section--tight">
          <h1 lang={page.fallbackFields.includes('title') ? 'en' : undefined}>{page.title}</h1>
        </div>
      )}
      {blocks.map((block, index) => (
        <div key={block.id ?? index} data-block={block.blockType}>
          {renderBlock(block, {
            locale,
            settings,
            anchor: `block-${block.id ?? index}`,
            first: index === 0 && headedByFirst,
            lang: (field) =>
              page.fallbackFields.includes(`layout.${index}.${field}`) ? 'en' : undefined,
          })}
        </div>
      ))}
    </>
  )
}
