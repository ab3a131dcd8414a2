import type { CollectionConfig, PayloadRequest } from 'payload'
import { say } from '@/admin/adminLanguage'
import { ADMIN_DATE_FORMAT } from '@/admin/translations'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { previewButton } from '@/preview/previewUrl'
import { activePromotionOrStaff } from '@/access/activePromotionOrStaff'
import { isMarketing } from '@/access/isMarketing'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { pageHooks } from '@/hooks/pageHooks'
import { JAKARTA_TIMEZONE } from '@/utilities/jakartaTime'
import { bilingual } from '@/fields/bilingualLabel'
import { PROMOTION_STATES, STATE_LABELS, promotionState } from './state'
import { scheduleWindowExpiry } from './hooks/scheduleWindowExpiry'
import {
  amountBelowCheapestPrice,
  endsAfterStart,
  packageBelowRegularPrice,
  percentBetween1And100,
  servicesUnlessAll,
  sessionLength,
} from './validation'

export const DISCOUNT_TYPES = ['percentage', 'fixedAmount', 'packagePrice'] as const

const jakartaDateTime = {
  pickerAppearance: 'dayAndTime',
  // As every other date in the admin ("7 Des 2026, 00.00"); the picker's times read the same.
  displayFormat: ADMIN_DATE_FORMAT,
  timeFormat: 'HH.mm',
  timeIntervals: 15,
} as const

const whenType =
  (type: (typeof DISCOUNT_TYPES)[number]) => (_: unknown, siblingData: { discountType?: string }) =>
    siblingData?.discountType === type

const hooks = pageHooks('promotions')

/** Offers marketing staff publish themselves; visitors see them only inside their window (WIB). */
export const Promotions: CollectionConfig = {
  slug: 'promotions',
  labels: {
    singular: { en: 'Promotion', id: 'Promo' },
    plural: { en: 'Promotions', id: 'Promo' },
  },
  admin: {
    preview: previewButton('promotions'),
    useAsTitle: 'title',
    group: GROUPS.marketing,
    hidden: visibleOnlyTo('admin', 'marketing'),
    defaultColumns: ['title', 'state', 'startsAt', 'endsAt', 'missingTranslations'],
    description: {
      en: 'Shown on the site only between its start and end (Jakarta time, WIB). Publish it when it is ready: it goes live at its start and comes down at its end by itself.',
      id: 'Tampil di situs hanya antara waktu mulai dan waktu berakhir (WIB). Publikasikan setelah siap: promo tayang sendiri pada waktu mulai dan turun sendiri pada waktu berakhir.',
    },
    components: {
      beforeListTable: ['@/components/admin/PromotionStateTabs#PromotionStateTabs'],
    },
  },
  access: {
    read: activePromotionOrStaff,
    create: isMarketing,
    update: isMarketing,
    delete: isMarketing,
  },
  versions: {
    // No autosave: it created an empty "<No Title>" draft as soon as Create New was opened, and
    // with drafts validated instead it interrupts typing with errors. Live preview follows Save.
    drafts: { schedulePublish: { timeFormat: 'HH:mm' } },
    maxPerDoc: 25,
  },
  defaultSort: '-startsAt',
  hooks: { ...hooks, afterChange: [...(hooks?.afterChange ?? []), scheduleWindowExpiry] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 90 },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 240 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'banner', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Starts (WIB)',
          type: 'date',
          required: true,
          timezone: { defaultTimezone: JAKARTA_TIMEZONE, required: true },
          admin: { date: jakartaDateTime },
        },
        {
          name: 'endsAt',
          label: 'Ends (WIB)',
          type: 'date',
          required: true,
          timezone: { defaultTimezone: JAKARTA_TIMEZONE, required: true },
          validate: endsAfterStart,
          admin: { date: jakartaDateTime },
        },
      ],
    },
    {
      name: 'discountType',
      type: 'select',
      required: true,
      defaultValue: 'percentage',
      options: [
        { value: 'percentage', label: { en: 'Percentage off', id: 'Potongan persen' } },
        {
          value: 'fixedAmount',
          label: { en: 'Fixed amount off (IDR)', id: 'Potongan rupiah (Rp)' },
        },
        { value: 'packagePrice', label: { en: 'Package price (IDR)', id: 'Harga paket' } },
      ],
    },
    {
      name: 'percentOff',
      label: { en: 'Percent off', id: 'Persen potongan' },
      type: 'number',
      validate: percentBetween1And100,
      admin: {
        condition: whenType('percentage'),
        description: { en: '1 to 100.', id: '1 sampai 100.' },
      },
    },
    {
      name: 'amountOffIdr',
      label: { en: 'Amount off (IDR)', id: 'Potongan (Rp)' },
      type: 'number',
      validate: amountBelowCheapestPrice,
      admin: { condition: whenType('fixedAmount') },
    },
    {
      type: 'row',
      admin: { condition: whenType('packagePrice') },
      fields: [
        {
          name: 'packageDurationMinutes',
          label: { en: 'Session length (minutes)', id: 'Durasi sesi (menit)' },
          type: 'number',
          validate: sessionLength,
        },
        {
          name: 'packagePriceIdr',
          label: { en: 'Package price (IDR)', id: 'Harga paket (Rp)' },
          type: 'number',
          validate: packageBelowRegularPrice,
        },
      ],
    },
    {
      name: 'appliesToAll',
      label: { en: 'All services', id: 'Semua layanan' },
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      validate: servicesUnlessAll,
      admin: { condition: (_, siblingData) => !siblingData?.appliesToAll },
    },
    {
      name: 'promoCode',
      type: 'text',
      maxLength: 24,
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        !value || /^[A-Z0-9-]{3,24}$/.test(value)
          ? true
          : say(req, {
              en: 'Use 3–24 capital letters, digits or dashes, e.g. AME-RELAX.',
              id: 'Gunakan 3–24 huruf kapital, angka, atau tanda hubung, mis. AME-RELAX.',
            }),
      admin: {
        description: {
          en: 'Optional. Visitors quote it when booking.',
          id: 'Opsional. Pengunjung menyebutkannya saat memesan.',
        },
      },
    },
    { name: 'terms', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'featured',
      label: { en: 'Show on the home page', id: 'Tampilkan di beranda' },
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      // Computed on every read from the status and the window; never stored.
      name: 'state',
      type: 'select',
      virtual: true,
      // One word for the lifecycle: Payload's own Status is hidden on promotions (custom.css).
      label: bilingual('Status', 'Status'),
      options: PROMOTION_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
      hooks: { afterRead: [({ data }) => (data ? promotionState(data) : undefined)] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        disableListFilter: true,
        components: {
          Cell: '@/components/admin/PromotionStateCell#PromotionStateCell',
          Field: '@/components/admin/PromotionStateField#PromotionStateField',
        },
      },
    },
    translationStatusField(),
    seoFields(),
  ],
}
