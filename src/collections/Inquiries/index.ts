import type { CollectionConfig, FieldHook } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { anyone } from '@/access/anyone'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { isStaff, isStaffField } from '@/access/isStaff'
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/booking/rules'
import { bookingFormEndpoint } from './endpoints/bookingForm'
import { calendarFileEndpoint } from './endpoints/calendarFile'
import { cancelByGuestEndpoint } from './endpoints/cancelByGuest'
import { giveReference } from './hooks/giveReference'
import { holdTheSlot, settleTheClaim } from './hooks/holdTheSlot'
import { keepSpaOwnedFields } from './hooks/keepSpaOwnedFields'
import { limitAnonymousRequests } from './hooks/limitAnonymousRequests'
import { normalisePhoneNumber } from './hooks/normalisePhoneNumber'
import { priceTheRequest } from './hooks/priceTheRequest'
import { queueBookingEmails } from './hooks/queueBookingEmails'
import { INQUIRY_STATUSES, STATUS_LABELS } from './status'
import {
  validateDate,
  validateDuration,
  validateEmail,
  validateMessage,
  validateName,
  validatePhone,
  validatePromoCode,
  validateService,
  validateTherapist,
  validateTime,
} from './validation'

/** Editors work a request through its status; what the visitor wrote stays as written. */
const AS_WRITTEN = { update: isAdminField }
/** Set by the server only (see keepSpaOwnedFields). */
const SERVER_ONLY = { create: () => false, update: () => false }

const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)
const upperCompact: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toUpperCase().replace(/\s+/g, '') || null : value

/**
 * Booking requests. Anyone may create one — the site's form, REST or GraphQL — and every way in
 * applies the same rules (validation.ts); only staff can read them.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: {
    singular: { en: 'Booking request', id: 'Permintaan pemesanan' },
    plural: { en: 'Booking requests', id: 'Permintaan pemesanan' },
  },
  admin: {
    useAsTitle: 'name',
    listSearchableFields: ['name', 'reference', 'phone'],
    group: GROUPS.bookings,
    hidden: visibleOnlyTo('admin', 'editor'),
    defaultColumns: [
      'name',
      'reference',
      'preferredDate',
      'preferredTime',
      'service',
      'status',
      'phone',
    ],
    components: { beforeListTable: ['@/components/admin/InquiryStatusTabs#InquiryStatusTabs'] },
  },
  access: {
    create: anyone,
    read: isStaff,
    update: isContentEditor,
    delete: isAdmin,
  },
  endpoints: [bookingFormEndpoint, calendarFileEndpoint, cancelByGuestEndpoint],
  // New requests first, each group by the day and time the guest asked for.
  defaultSort: ['statusOrder', 'preferredDate', 'preferredTime'],
  hooks: {
    beforeOperation: [limitAnonymousRequests],
    beforeChange: [keepSpaOwnedFields, giveReference, priceTheRequest, holdTheSlot],
    afterChange: [settleTheClaim, queueBookingEmails],
  },
  fields: [
    {
      name: 'reference',
      label: { en: 'Reference', id: 'Nomor referensi' },
      type: 'text',
      unique: true,
      index: true,
      access: SERVER_ONLY,
      // First on the form: on a phone the sidebar comes last, and the desk asks for it first.
      admin: {
        readOnly: true,
        description: {
          en: 'The guest quotes it on WhatsApp and the phone.',
          id: 'Tamu menyebutkannya lewat WhatsApp dan telepon.',
        },
      },
    },
    {
      name: 'name',
      label: { en: 'Name', id: 'Nama' },
      type: 'text',
      required: true,
      maxLength: MAX_NAME_LENGTH,
      access: AS_WRITTEN,
      validate: validateName,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          label: { en: 'Phone / WhatsApp', id: 'Telepon / WhatsApp' },
          type: 'text',
          required: true,
          access: AS_WRITTEN,
          hooks: { beforeValidate: [normalisePhoneNumber] },
          validate: validatePhone,
          admin: {
            description: {
              en: 'Stored in international format.',
              id: 'Disimpan dalam format internasional.',
            },
          },
        },
        {
          name: 'email',
          label: { en: 'Email', id: 'Email' },
          type: 'email',
          access: AS_WRITTEN,
          hooks: { beforeValidate: [trim] },
          validate: validateEmail,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'service',
          label: { en: 'Treatment', id: 'Perawatan' },
          type: 'relationship',
          relationTo: 'services',
          access: AS_WRITTEN,
          validate: validateService,
        },
        {
          name: 'durationMinutes',
          label: { en: 'Session length (minutes)', id: 'Durasi (menit)' },
          type: 'number',
          access: AS_WRITTEN,
          validate: validateDuration,
        },
      ],
    },
    {
      name: 'therapist',
      label: { en: 'Therapist', id: 'Terapis' },
      type: 'relationship',
      relationTo: 'therapists',
      access: AS_WRITTEN,
      validate: validateTherapist,
      admin: {
        allowCreate: false,
        description: { en: 'Empty: any therapist.', id: 'Kosong: terapis mana saja.' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'promoCode',
          label: { en: 'Promo code', id: 'Kode promo' },
          type: 'text',
          maxLength: 24,
          access: AS_WRITTEN,
          hooks: { beforeValidate: [upperCompact] },
          validate: validatePromoCode,
        },
        {
          name: 'priceIdr',
          label: { en: 'Regular price (IDR)', id: 'Harga normal (IDR)' },
          type: 'number',
          access: SERVER_ONLY,
          admin: { readOnly: true },
        },
        {
          name: 'offerPriceIdr',
          label: { en: 'Offer price (IDR)', id: 'Harga promo (IDR)' },
          type: 'number',
          access: SERVER_ONLY,
          admin: {
            readOnly: true,
            description: {
              en: 'With the promo code, for the requested day.',
              id: 'Dengan kode promo, untuk tanggal yang diminta.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredDate',
          label: { en: 'Preferred date', id: 'Tanggal yang diinginkan' },
          access: AS_WRITTEN,
          type: 'text',
          required: true,
          validate: validateDate,
          admin: {
            description: { en: 'YYYY-MM-DD, in Jakarta.', id: 'TTTT-BB-HH, waktu Jakarta.' },
          },
        },
        {
          name: 'preferredTime',
          label: { en: 'Preferred time (WIB)', id: 'Jam yang diinginkan (WIB)' },
          access: AS_WRITTEN,
          type: 'text',
          required: true,
          validate: validateTime,
          admin: { description: { en: 'HH:MM, 24-hour, WIB.', id: 'JJ:MM, format 24 jam, WIB.' } },
        },
      ],
    },
    {
      name: 'message',
      label: { en: 'Message', id: 'Pesan' },
      type: 'textarea',
      maxLength: MAX_MESSAGE_LENGTH,
      access: AS_WRITTEN,
      validate: validateMessage,
    },
    {
      name: 'replyLanguage',
      label: { en: 'Reply in', id: 'Balas dalam bahasa' },
      access: AS_WRITTEN,
      type: 'select',
      defaultValue: 'en',
      options: [
        { value: 'en', label: 'English' },
        { value: 'id', label: 'Bahasa Indonesia' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      label: { en: 'Status', id: 'Status' },
      type: 'select',
      defaultValue: 'new',
      options: INQUIRY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      // Visitors cannot choose how their request is filed; staff taking a call may.
      access: { create: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'handledBy',
      label: { en: 'Status changed by', id: 'Status diubah oleh' },
      type: 'relationship',
      relationTo: 'users',
      access: SERVER_ONLY,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'handledAt',
      label: { en: 'Status changed at', id: 'Status diubah pada' },
      type: 'date',
      access: SERVER_ONLY,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
      },
    },
    {
      name: 'overlap',
      label: { en: 'Schedule warning', id: 'Peringatan jadwal' },
      type: 'text',
      access: SERVER_ONLY,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.overlap),
      },
    },
    {
      name: 'statusOrder',
      type: 'number',
      access: SERVER_ONLY,
      admin: { hidden: true },
    },
  ],
}
