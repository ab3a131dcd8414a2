import type { CollectionConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { isStaff } from '@/access/isStaff'
import { limitAnonymousRequests } from './hooks/limitAnonymousRequests'

/** Editors work a request through its status; what the visitor wrote stays as written. */
const AS_WRITTEN = { update: isAdminField }

/** Booking requests from the site. Anyone may create one; only staff can read them. */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: {
    singular: { en: 'Booking request', id: 'Permintaan pemesanan' },
    plural: { en: 'Booking requests', id: 'Permintaan pemesanan' },
  },
  admin: {
    useAsTitle: 'name',
    group: 'Bookings',
    defaultColumns: ['name', 'phone', 'service', 'preferredDate', 'preferredTime', 'status'],
  },
  access: {
    create: anyone,
    read: isStaff,
    update: isContentEditor,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  hooks: { beforeValidate: [limitAnonymousRequests] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, access: AS_WRITTEN },
    {
      name: 'phone',
      access: AS_WRITTEN,
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) =>
        value && /^\+?\d{8,15}$/.test(value.replace(/[\s().-]/g, ''))
          ? true
          : 'Enter a phone number with 8 to 15 digits.',
    },
    { name: 'service', type: 'relationship', relationTo: 'services', access: AS_WRITTEN },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredDate',
          access: AS_WRITTEN,
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? true : 'Use YYYY-MM-DD.',
          admin: { description: 'Calendar date in Jakarta.' },
        },
        {
          name: 'preferredTime',
          access: AS_WRITTEN,
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            value && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'Use HH:MM (WIB).',
          admin: { description: 'WIB (Asia/Jakarta).' },
        },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 1000, access: AS_WRITTEN },
    {
      name: 'replyLanguage',
      access: AS_WRITTEN,
      type: 'select',
      options: [
        { value: 'en', label: 'English' },
        { value: 'id', label: 'Bahasa Indonesia' },
      ],
      admin: { position: 'sidebar', description: 'The language to reply in.' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      required: true,
      options: [
        { value: 'new', label: { en: 'New', id: 'Baru' } },
        { value: 'contacted', label: { en: 'Contacted', id: 'Sudah dihubungi' } },
        { value: 'booked', label: { en: 'Booked', id: 'Terjadwal' } },
        { value: 'closed', label: { en: 'Closed', id: 'Selesai' } },
      ],
      access: { create: () => false },
      admin: { position: 'sidebar' },
    },
  ],
}
