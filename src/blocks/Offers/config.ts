import type { Block } from 'payload'
import { blockLabels } from '@/fields/blockText'

/** The offers running now; the block disappears by itself when none runs. */
export const OffersBlock: Block = {
  slug: 'offers',
  interfaceName: 'OffersBlock',
  labels: blockLabels('Current offers', 'Promo berjalan'),
  fields: [
    {
      name: 'style',
      label: { en: 'Show', id: 'Tampilkan' },
      type: 'select',
      required: true,
      defaultValue: 'banner',
      options: [
        {
          value: 'banner',
          label: { en: 'The featured offer as a banner', id: 'Promo unggulan sebagai banner' },
        },
        {
          value: 'cards',
          label: { en: 'Every running offer as cards', id: 'Semua promo berjalan sebagai kartu' },
        },
      ],
    },
    {
      name: 'heading',
      label: { en: 'Heading (cards)', id: 'Judul (kartu)' },
      type: 'text',
      localized: true,
      maxLength: 80,
    },
  ],
}
