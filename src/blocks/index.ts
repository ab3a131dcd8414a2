import type { Block } from 'payload'
import { BookingCtaBlock } from './BookingCta/config'
import { ComparisonTeaserBlock } from './ComparisonTeaser/config'
import { FactsBlock } from './Facts/config'
import { FaqBlock } from './Faq/config'
import { HeroBlock } from './Hero/config'
import { MediaTextBlock } from './MediaText/config'
import { OffersBlock } from './Offers/config'
import { QuoteBlock } from './Quote/config'
import { RichTextBlock } from './RichText/config'
import { ServicesBlock } from './Services/config'
import { TherapistsBlock } from './Therapists/config'

/** Every block an editor can put on a page, in the order the admin offers them. */
export const PAGE_BLOCKS: Block[] = [
  HeroBlock,
  RichTextBlock,
  ServicesBlock,
  OffersBlock,
  ComparisonTeaserBlock,
  TherapistsBlock,
  FaqBlock,
  MediaTextBlock,
  QuoteBlock,
  FactsBlock,
  BookingCtaBlock,
]
