import type { CollectionConfig, FieldHook } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { anyone } from '@/access/anyone'
import { anyStaff } from '@/access/anyStaff'
import { handlesBookings, handlesBookingsField } from '@/access/handlesBookings'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { hasRole, type Role } from '@/access/roles'
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/booking/rules'
import { bookingFormEndpoint } from './endpoints/bookingForm'
import { calendarFileEndpoint } from './endpoints/calendarFile'
import { cancelByGuestEndpoint } from './endpoints/cancelByGuest'
import { freeTimesEndpoint } from './endpoints/freeTimes'
import { roomField } from './roomField'
import { giveReference } from './hooks/giveReference'
import { holdTheSlot, settleTheClaim } from './hooks/holdTheSlot'
import { keepSpaOwnedFields } from './hooks/keepSpaOwnedFields'
import { limitAnonymousRequests } from './hooks/limitAnonymousRequests'
import { normalisePhoneNumber } from './hooks/normalisePhoneNumber'
import { priceTheRequest } from './hooks/priceTheRequest'
import { queueBookingEmails } from './hooks/queueBookingEmails'
import { eraseGuestDataEndpoint, exportGuestDataEndpoint } from './endpoints/guestData'
import { recordPersonalReads } from './hooks/recordPersonalReads'
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

/** Front desk works a request through its status; what the visitor wrote stays as written. */
const AS_WRITTEN = { update: isAdminField }
/** The guest's name, phone, email and message: only those who answer them read them. */
const PERSONAL = { read: handlesBookingsField, update: isAdminField }
/**
 * On a request that exists, the desk reads the guest's details in the ticket at the top (as text,
 * with Call and WhatsApp), not as greyed-out inputs; admins may still correct them.
 */
const inputsWhileNewOrAdmin = (
  data: Partial<{ id: unknown }> | undefined,
  _sibling: unknown,
  { user }: { user: unknown },
) => !data?.id || hasRole(user as { roles?: Role[] } | null, 'admin')
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
    // The desk works from the ticket; the raw API view is for developers.
    hideAPIURL: true,
    listSearchableFields: ['name', 'reference', 'phone'],
    group: GROUPS.bookings,
    hidden: visibleOnlyTo('admin', 'frontdesk'),
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
    // Editors and marketing count requests per day, treatment and code, without the personal
    // fields (PERSONAL); front desk and admins answer them.
    read: anyStaff,
    update: handlesBookings,
    delete: isAdmin,
  },
  endpoints: [
    bookingFormEndpoint,
    calendarFileEndpoint,
    cancelByGuestEndpoint,
    freeTimesEndpoint,
    exportGuestDataEndpoint,
    eraseGuestDataEndpoint,
  ],
  // New requests first, each group by the day and time the guest asked for.
  defaultSort: ['statusOrder', 'preferredDate', 'preferredTime'],
  hooks: {
    beforeOperation: [limitAnonymousRequests],
    beforeChange: [keepSpaOwnedFields, giveReference, priceTheRequest, holdTheSlot],
    afterChange: [settleTheClaim, queueBookingEmails],
    afterOperation: [recordPersonalReads],
  },
  fields: [
    {
      name: 'ticket',
      label: { en: 'Booking request', id: 'Permintaan pemesanan' },
      type: 'ui',
      admin: {
        components: { Field: '@/components/admin/InquiryTicket#InquiryTicket' },
        condition: (data) => Boolean(data?.id),
      },
    },
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
        condition: (_data, _sibling, { user }) =>
          hasRole(user as { roles?: Role[] } | null, 'admin'),
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
      access: PERSONAL,
      validate: validateName,
      admin: { condition: inputsWhileNewOrAdmin },
    },
    {
      type: 'row',
      admin: { condition: inputsWhileNewOrAdmin },
      fields: [
        {
          name: 'phone',
          label: { en: 'Phone / WhatsApp', id: 'Telepon / WhatsApp' },
          type: 'text',
          required: true,
          access: PERSONAL,
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
          access: PERSONAL,
          hooks: { beforeValidate: [trim] },
          validate: validateEmail,
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: inputsWhileNewOrAdmin },
      fields: [
        {
          name: 'service',
          label: { en: 'Treatment', id: 'Perawatan' },
          type: 'relationship',
          relationTo: 'services',
          access: AS_WRITTEN,
          validate: validateService,
          // A booking never creates a treatment.
          admin: { allowCreate: false, allowEdit: false },
        },
        {
          name: 'durationMinutes',
          label: { en: 'Session length (minutes)', id: 'Durasi (menit)' },
          type: 'number',
          access: AS_WRITTEN,
          validate: validateDuration,
          admin: {
            components: { Field: '@/components/admin/BookingFields#DurationField' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'therapist',
          label: { en: 'Therapist', id: 'Terapis' },
          type: 'relationship',
          relationTo: 'therapists',
          // The desk assigns the therapist; the time is checked again (a warning, not a block).
          access: { update: handlesBookingsField },
          validate: validateTherapist,
          admin: {
            allowCreate: false,
            allowEdit: false,
            description: { en: 'Empty: any therapist.', id: 'Kosong: terapis mana saja.' },
          },
        },
        roomField,
      ],
    },
    {
      type: 'row',
      admin: { condition: inputsWhileNewOrAdmin },
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
          label: { en: 'Regular price (IDR)', id: 'Harga normal (Rp)' },
          type: 'number',
          access: SERVER_ONLY,
          admin: { readOnly: true },
        },
        {
          name: 'offerPriceIdr',
          label: { en: 'Offer price (IDR)', id: 'Harga promo (Rp)' },
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
      admin: { condition: inputsWhileNewOrAdmin },
      fields: [
        {
          name: 'preferredDate',
          label: { en: 'Preferred date', id: 'Tanggal yang diinginkan' },
          access: AS_WRITTEN,
          type: 'text',
          required: true,
          validate: validateDate,
          admin: {
            components: { Field: '@/components/admin/BookingFields#DateField' },
          },
        },
        {
          name: 'preferredTime',
          label: { en: 'Preferred time (WIB)', id: 'Jam yang diinginkan (WIB)' },
          access: AS_WRITTEN,
          type: 'text',
          required: true,
          validate: validateTime,
          admin: {
            components: { Field: '@/components/admin/BookingFields#TimeField' },
          },
        },
      ],
    },
    {
      name: 'message',
      label: { en: 'Message', id: 'Pesan' },
      type: 'textarea',
      maxLength: MAX_MESSAGE_LENGTH,
      access: PERSONAL,
      validate: validateMessage,
      admin: { condition: inputsWhileNewOrAdmin },
    },
    {
      name: 'staffNote',
      label: { en: 'Note for the team', id: 'Catatan untuk tim' },
      type: 'textarea',
      maxLength: 1000,
      // Staff only: never in a guest's email or page.
      access: {
        read: handlesBookingsField,
        create: handlesBookingsField,
        update: handlesBookingsField,
      },
      admin: {
        description: {
          en: 'Only front desk and admins see it; the guest never does.',
          id: 'Hanya resepsionis dan admin yang melihatnya; tamu tidak pernah.',
        },
      },
    },
    {
      name: 'declineReason',
      label: { en: 'Reason for declining', id: 'Alasan menolak' },
      type: 'textarea',
      maxLength: 300,
      access: { create: handlesBookingsField, update: handlesBookingsField },
      admin: {
        condition: (data) => data?.status === 'declined',
        description: {
          en: 'The guest reads it in the email, in their language.',
          id: 'Tamu membacanya di email, dalam bahasanya.',
        },
      },
    },
    {
      name: 'replyLanguage',
      label: { en: 'Reply in', id: 'Balas dalam bahasa' },
      access: AS_WRITTEN,
      type: 'select',
      defaultValue: 'en',
      options: [
        { value: 'en', label: { en: 'English', id: 'Bahasa Inggris' } },
        { value: 'id', label: { en: 'Indonesian', id: 'Bahasa Indonesia' } },
      ],
      admin: { position: 'sidebar', condition: inputsWhileNewOrAdmin },
    },
    {
      name: 'status',
      label: { en: 'Status', id: 'Status' },
      type: 'select',
      defaultValue: 'new',
      options: INQUIRY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      // Visitors cannot choose how their request is filed; the desk taking a call may.
      access: { create: handlesBookingsField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'handledBy',
      label: { en: 'Status changed by (account)', id: 'Status diubah oleh (akun)' },
      type: 'relationship',
      relationTo: 'users',
      access: SERVER_ONLY,
      admin: { hidden: true },
    },
    {
      name: 'handledByName',
      label: { en: 'Status changed by', id: 'Status diubah oleh' },
      type: 'text',
      access: SERVER_ONLY,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.handledByName),
      },
    },
    {
      name: 'handledAt',
      label: { en: 'Status changed at', id: 'Status diubah pada' },
      type: 'date',
      access: SERVER_ONLY,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.handledAt),
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
      name: 'history',
      label: { en: 'History', id: 'Riwayat' },
      labels: {
        singular: { en: 'Status change', id: 'Perubahan status' },
        plural: { en: 'Status changes', id: 'Perubahan status' },
      },
      type: 'array',
      access: SERVER_ONLY,
      admin: {
        readOnly: true,
        initCollapsed: true,
        condition: (data) => Boolean(data?.history?.length),
      },
      fields: [
        {
          name: 'status',
          label: { en: 'Status', id: 'Status' },
          type: 'select',
          options: INQUIRY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        },
        { name: 'byName', label: { en: 'By', id: 'Oleh' }, type: 'text' },
        {
          name: 'at',
          label: { en: 'At', id: 'Pada' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' } },
        },
      ],
    },
    {
      name: 'personalDataErasedAt',
      label: { en: 'Guest details erased', id: 'Data tamu dihapus' },
      type: 'date',
      access: SERVER_ONLY,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
        description: {
          en: "Name, phone, email and messages were erased (after the keeping period or on the guest's request).",
          id: 'Nama, telepon, email, dan pesan telah dihapus (setelah masa simpan atau atas permintaan tamu).',
        },
        condition: (data) => Boolean(data?.personalDataErasedAt),
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
