import { anyStaffField } from '@/access/anyStaff'
import type { GlobalConfig, TextFieldSingleValidation } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { isAdminField } from '@/access/isAdmin'
import { revalidateGlobal } from '@/hooks/revalidate'
import { WEEKDAYS } from '@/utilities/openingHours'
import en from '../../../messages/en.json'
import id from '../../../messages/id.json'

const SOCIAL_PLATFORMS = ['instagram', 'facebook', 'tiktok', 'youtube', 'google-maps'] as const
import { wholeNumber } from '@/fields/validators'
import { linkGroup } from '@/fields/link'
import { say } from '@/admin/adminLanguage'
import { DEFAULT_AUDIT_DAYS, DEFAULT_RETENTION_DAYS } from '@/privacy/retention'

const E164: TextFieldSingleValidation = (value, { req }) =>
  !value || /^\+[1-9]\d{7,14}$/.test(value)
    ? true
    : say(req, {
        en: 'Use international format with country code, e.g. +6281234567890.',
        id: 'Gunakan format internasional dengan kode negara, mis. +6281234567890.',
      })

const CLOCK: TextFieldSingleValidation = (value, { req }) =>
  !value || /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
    ? true
    : say(req, {
        en: 'Use 24-hour time, e.g. 10:00 or 21:30.',
        id: 'Gunakan format 24 jam, mis. 10:00 atau 21:30.',
      })

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings', id: 'Pengaturan situs' },
  admin: { group: GROUPS.content, hidden: visibleOnlyTo('admin', 'editor') },
  access: { read: anyone, update: isContentEditor },
  hooks: { afterChange: [revalidateGlobal('site-settings')] },
  fields: [
    { name: 'spaName', type: 'text', required: true, defaultValue: 'Ame Spa' },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'district', type: 'text' },
            { name: 'city', type: 'text', required: true, defaultValue: 'Jakarta' },
            { name: 'postalCode', type: 'text' },
          ],
        },
        { name: 'directions', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'geo',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90 },
            { name: 'longitude', type: 'number', min: -180, max: 180 },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', required: true, validate: E164 },
        {
          name: 'whatsapp',
          label: 'WhatsApp number',
          type: 'text',
          required: true,
          validate: E164,
        },
        { name: 'email', type: 'email' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'bookingEmail',
          label: { en: 'Booking notifications to', id: 'Notifikasi pemesanan ke' },
          type: 'email',
          // The inbox staff answer from is not for the public, nor for roles that do not book.
          access: { read: isAdminField, update: isAdminField },
          admin: {
            description: {
              en: 'Each new booking request is emailed here at once (admins change this). If empty, the email above is used.',
              id: 'Setiap permintaan pemesanan baru langsung dikirim ke sini (hanya admin yang dapat mengubahnya). Jika kosong, dikirim ke email di atas.',
            },
          },
        },
        {
          name: 'staffLanguage',
          label: { en: 'Language of staff emails', id: 'Bahasa email untuk staf' },
          type: 'select',
          defaultValue: 'id',
          access: { read: anyStaffField, update: isAdminField },
          options: [
            { value: 'id', label: { en: 'Indonesian', id: 'Bahasa Indonesia' } },
            { value: 'en', label: { en: 'English', id: 'Bahasa Inggris' } },
          ],
        },
      ],
    },
    {
      name: 'openingHours',
      label: 'Opening hours (Asia/Jakarta, WIB)',
      type: 'array',
      maxRows: 7,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'day',
              type: 'select',
              required: true,
              options: WEEKDAYS.map((day) => ({
                value: day,
                label: { en: en.Weekdays[day], id: id.Weekdays[day] },
              })),
            },
            { name: 'closed', type: 'checkbox', defaultValue: false },
            { name: 'opens', type: 'text', validate: CLOCK, admin: { placeholder: '10:00' } },
            { name: 'closes', type: 'text', validate: CLOCK, admin: { placeholder: '21:00' } },
          ],
        },
      ],
    },
    {
      name: 'booking',
      label: { en: 'Booking', id: 'Pemesanan' },
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'treatmentRooms',
              label: { en: 'Treatment rooms', id: 'Ruang perawatan' },
              type: 'number',
              required: true,
              defaultValue: 3,
              min: 1,
              max: 50,
              validate: wholeNumber({ en: 'Treatment rooms', id: 'Jumlah ruang perawatan' }),
              admin: {
                description: {
                  en: 'Sessions that can run at the same time.',
                  id: 'Jumlah sesi yang dapat berjalan bersamaan.',
                },
              },
            },
            {
              name: 'bufferMinutes',
              label: { en: 'Minutes between sessions', id: 'Jeda antar-sesi (menit)' },
              type: 'number',
              required: true,
              defaultValue: 15,
              min: 0,
              max: 120,
              validate: wholeNumber({ en: 'Minutes between sessions', id: 'Jeda antar-sesi' }),
              admin: {
                description: {
                  en: 'To prepare the room and the therapist after each session.',
                  id: 'Untuk menyiapkan ruangan dan terapis setelah setiap sesi.',
                },
              },
            },
            {
              name: 'replyWithinMinutes',
              label: { en: 'We reply within (minutes)', id: 'Kami membalas dalam (menit)' },
              type: 'number',
              required: true,
              defaultValue: 30,
              min: 5,
              max: 1440,
              validate: wholeNumber({ en: 'Reply time', id: 'Waktu membalas' }),
              admin: {
                description: {
                  en: 'During opening hours; promised to guests after they book.',
                  id: 'Selama jam buka; dijanjikan kepada tamu setelah memesan.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              options: SOCIAL_PLATFORMS.map((value) => ({
                value,
                label: { en: en.Social[value], id: id.Social[value] },
              })),
            },
            { name: 'url', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'introductions',
      label: { en: 'Page introductions', id: 'Pengantar halaman' },
      type: 'group',
      admin: {
        description: {
          en: 'The words under the heading of pages that list things rather than being built from blocks.',
          id: 'Teks di bawah judul halaman daftar yang tidak disusun dari blok.',
        },
      },
      fields: [
        {
          name: 'massageTypes',
          label: { en: 'Massage types', id: 'Jenis pijat' },
          type: 'textarea',
          localized: true,
          maxLength: 320,
        },
        {
          name: 'contact',
          label: { en: 'Contact', id: 'Kontak' },
          type: 'textarea',
          localized: true,
          maxLength: 320,
        },
      ],
    },
    {
      name: 'homePage',
      label: { en: 'Home page', id: 'Halaman beranda' },
      type: 'relationship',
      relationTo: 'pages',
      admin: {
        description: {
          en: 'The page shown at /en and /id. Build it under Pages like any other.',
          id: 'Halaman yang tampil di /en dan /id. Susun di menu Halaman seperti halaman lain.',
        },
      },
    },
    {
      name: 'headerLinks',
      label: { en: 'Menu links', id: 'Tautan menu' },
      labels: {
        singular: { en: 'Menu link', id: 'Tautan menu' },
        plural: { en: 'Menu links', id: 'Tautan menu' },
      },
      type: 'array',
      maxRows: 8,
      admin: {
        description: {
          en: 'The links of the top menu, in order. The Book button and the language switch are always there.',
          id: 'Tautan di menu atas, berurutan. Tombol Pesan dan pengalih bahasa selalu ada.',
        },
      },
      fields: [linkGroup({ name: 'link', kinds: ['route', 'page'] })],
    },
    {
      name: 'footerLinks',
      label: { en: 'Footer links', id: 'Tautan footer' },
      labels: {
        singular: { en: 'Footer link', id: 'Tautan footer' },
        plural: { en: 'Footer links', id: 'Tautan footer' },
      },
      type: 'array',
      maxRows: 10,
      fields: [linkGroup({ name: 'link', kinds: ['route', 'page'] })],
    },
    {
      name: 'legal',
      label: { en: 'Legal pages', id: 'Halaman legal' },
      type: 'group',
      admin: {
        description: {
          en: 'Always linked from the footer and the booking form.',
          id: 'Selalu ditautkan dari footer dan formulir pemesanan.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'privacyPage',
              label: { en: 'Privacy notice', id: 'Pemberitahuan privasi' },
              type: 'relationship',
              relationTo: 'pages',
            },
            {
              name: 'termsPage',
              label: { en: 'Terms and cancellation', id: 'Ketentuan dan pembatalan' },
              type: 'relationship',
              relationTo: 'pages',
            },
          ],
        },
      ],
    },
    {
      name: 'personalData',
      label: { en: "Guests' personal data", id: 'Data pribadi tamu' },
      type: 'group',
      admin: {
        description: {
          en: "How long guests' names, phone numbers, emails and messages are kept. Only admins change this.",
          id: 'Berapa lama nama, nomor telepon, email, dan pesan tamu disimpan. Hanya admin yang dapat mengubahnya.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'retentionDays',
              label: {
                en: 'Keep booking details for (days)',
                id: 'Simpan data pemesanan selama (hari)',
              },
              type: 'number',
              required: true,
              defaultValue: DEFAULT_RETENTION_DAYS,
              min: 30,
              max: 3650,
              access: { update: isAdminField },
              validate: wholeNumber({
                en: 'Days to keep booking details',
                id: 'Lama penyimpanan data pemesanan',
              }),
              admin: {
                description: {
                  en: 'Counted from the day of the appointment. Afterwards the name, phone, email and messages are erased; the date, treatment, price and status stay for statistics. Backups older than this are deleted.',
                  id: 'Dihitung dari tanggal janji. Setelah itu nama, telepon, email, dan pesan dihapus; tanggal, perawatan, harga, dan status tetap ada untuk statistik. Cadangan yang lebih lama dari ini dihapus.',
                },
              },
            },
            {
              name: 'auditDays',
              label: {
                en: 'Keep the audit trail for (days)',
                id: 'Simpan jejak audit selama (hari)',
              },
              type: 'number',
              required: true,
              defaultValue: DEFAULT_AUDIT_DAYS,
              min: 90,
              max: 3650,
              access: { update: isAdminField },
              validate: wholeNumber({
                en: 'Days to keep the audit trail',
                id: 'Lama penyimpanan jejak audit',
              }),
              admin: {
                description: {
                  en: "Who viewed, exported or erased guests' details and who changed staff roles.",
                  id: 'Siapa yang melihat, mengekspor, atau menghapus data tamu dan siapa yang mengubah peran staf.',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'defaultSeo',
      label: 'Default SEO',
      type: 'group',
      fields: [
        { name: 'title', type: 'text', localized: true },
        { name: 'description', type: 'textarea', localized: true },
        { name: 'image', type: 'upload', relationTo: 'media' },
      ],
    },
  ],
}
