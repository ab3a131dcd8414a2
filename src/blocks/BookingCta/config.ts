import type { Block } from 'payload'
import { headingField } from '@/fields/blockText'

/** The invitation to book: the form (with a treatment chosen, if set) and WhatsApp. */
export const BookingCtaBlock: Block = {
  slug: 'bookingCta',
  interfaceName: 'BookingCtaBlock',
  labels: {
    singular: { en: 'Booking invitation', id: 'Ajakan memesan' },
    plural: { en: 'Booking invitations', id: 'Ajakan memesan' },
  },
  fields: [
    headingField(),
    {
      name: 'text',
      label: { en: 'Text', id: 'Teks' },
      type: 'textarea',
      localized: true,
      maxLength: 240,
    },
    {
      name: 'service',
      label: {
        en: 'Treatment chosen in the form (optional)',
        id: 'Perawatan yang terpilih di formulir (opsional)',
      },
      type: 'relationship',
      relationTo: 'services',
    },
  ],
}
