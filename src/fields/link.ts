import type { Field, GroupField, PayloadRequest } from 'payload'
import { say } from '@/admin/adminLanguage'

/** The site's fixed addresses an editor may link to (their words come from messages/Nav). */
export const FIXED_ROUTES = {
  home: '/',
  services: '/services',
  massageTypes: '/massage-types',
  therapists: '/therapists',
  promotions: '/promotions',
  compare: '/compare',
  guide: '/guide',
  contact: '/contact',
  book: '/book',
} as const
export type FixedRoute = keyof typeof FIXED_ROUTES

const ROUTE_LABELS: Record<FixedRoute, { en: string; id: string }> = {
  home: { en: 'Home', id: 'Beranda' },
  services: { en: 'Services', id: 'Layanan' },
  massageTypes: { en: 'Massage types', id: 'Jenis pijat' },
  therapists: { en: 'Therapists', id: 'Terapis' },
  promotions: { en: 'Offers', id: 'Promo' },
  compare: { en: 'Compare', id: 'Perbandingan' },
  guide: { en: 'Guide', id: 'Panduan' },
  contact: { en: 'Contact', id: 'Kontak' },
  book: { en: 'Booking form', id: 'Formulir pemesanan' },
}

export const LINK_KINDS = ['route', 'page', 'book', 'whatsapp'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

const KIND_LABELS: Record<LinkKind, { en: string; id: string }> = {
  route: { en: 'A section of the site', id: 'Bagian situs' },
  page: { en: 'A page', id: 'Halaman' },
  book: { en: 'Booking (with a treatment chosen)', id: 'Pemesanan (dengan perawatan terpilih)' },
  whatsapp: { en: 'WhatsApp', id: 'WhatsApp' },
}

const when =
  (kind: LinkKind) =>
  (_: unknown, siblingData: { kind?: string } | undefined): boolean =>
    siblingData?.kind === kind

/** A page link needs its page; a section link its section. Named so the editor sees which. */
const requiredFor =
  (kind: LinkKind, what: { en: string; id: string }) =>
  (value: unknown, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }) =>
    (siblingData as { kind?: string }).kind === kind && !value
      ? say(req, { en: `Choose ${what.en}.`, id: `Pilih ${what.id}.` })
      : true

type Options = { name: string; labelRequired?: boolean; kinds?: readonly LinkKind[] }

/**
 * A link an editor sets without typing an address: a section of the site, a page, the booking
 * form with a treatment already chosen, or WhatsApp. Its words are the editor's own, per language.
 */
export const linkGroup = ({
  name,
  labelRequired = false,
  kinds = LINK_KINDS,
}: Options): GroupField => ({
  name,
  label: { en: 'Link', id: 'Tautan' },
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: { en: 'Goes to', id: 'Menuju' },
          type: 'select',
          required: true,
          defaultValue: kinds[0],
          options: kinds.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
        },
        {
          name: 'label',
          label: { en: 'Words on the link', id: 'Teks tautan' },
          type: 'text',
          localized: true,
          required: labelRequired,
          maxLength: 60,
          admin: labelRequired
            ? undefined
            : {
                description: {
                  en: 'Leave empty for the page’s or section’s own name.',
                  id: 'Kosongkan untuk memakai nama halaman atau bagiannya.',
                },
              },
        },
      ],
    },
    {
      name: 'route',
      label: { en: 'Section', id: 'Bagian' },
      type: 'select',
      options: (Object.keys(FIXED_ROUTES) as FixedRoute[]).map((route) => ({
        value: route,
        label: ROUTE_LABELS[route],
      })),
      validate: requiredFor('route', { en: 'a section', id: 'bagian situs' }),
      admin: { condition: when('route') },
    },
    {
      name: 'page',
      label: { en: 'Page', id: 'Halaman' },
      type: 'relationship',
      relationTo: 'pages',
      validate: requiredFor('page', { en: 'a page', id: 'halaman' }),
      admin: { condition: when('page') },
    },
    {
      name: 'service',
      label: { en: 'Treatment (optional)', id: 'Perawatan (opsional)' },
      type: 'relationship',
      relationTo: 'services',
      admin: { condition: when('book') },
    },
  ] satisfies Field[],
})
