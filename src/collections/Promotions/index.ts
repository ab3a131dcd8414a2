import type { CollectionConfig } from 'payload'
import { previewButton } from '@/preview/previewUrl'
import { activePromotionOrStaff } from '@/access/activePromotionOrStaff'
import { isMarketing } from '@/access/isMarketing'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { pageHooks } from '@/hooks/pageHooks'
import { JAKARTA_TIMEZONE } from '@/utilities/jakartaTime'
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
  displayFormat: 'd MMM yyyy, HH:mm',
  timeFormat: 'HH:mm',
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
    group: 'Marketing',
    defaultColumns: ['title', 'startsAt', 'endsAt', '_status', 'missingTranslations'],
    description:
      'Shown on the site only between its start and end (Jakarta time). Use "Schedule publish" to publish or unpublish later.',
  },
  access: {
    read: activePromotionOrStaff,
    create: isMarketing,
    update: isMarketing,
    delete: isMarketing,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: { timeFormat: 'HH:mm' } },
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
        { value: 'fixedAmount', label: { en: 'Fixed amount off (IDR)', id: 'Potongan rupiah' } },
        { value: 'packagePrice', label: { en: 'Package price (IDR)', id: 'Harga paket' } },
      ],
    },
    {
      name: 'percentOff',
      label: { en: 'Percent off', id: 'Persen potongan' },
      type: 'number',
      validate: percentBetween1And100,
      admin: { condition: whenType('percentage'), description: '1 to 100.' },
    },
    {
      name: 'amountOffIdr',
      label: { en: 'Amount off (IDR)', id: 'Potongan (IDR)' },
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
          label: { en: 'Package price (IDR)', id: 'Harga paket (IDR)' },
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
      validate: (value: string | null | undefined) =>
        !value || /^[A-Z0-9-]{3,24}$/.test(value)
          ? true
          : 'Use 3–24 capital letters, digits or dashes, e.g. AME-RELAX.',
      admin: { description: 'Optional. Visitors quote it when booking.' },
    },
    { name: 'terms', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'featured',
      label: { en: 'Show on the home page', id: 'Tampilkan di beranda' },
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    translationStatusField(),
    seoFields(),
  ],
}
