import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Inquiry, SiteSetting } from '@/payload-types'
import { absoluteUrl } from '@/seo/siteUrl'
import { formatClock, formatDayDate, formatIdr } from '@/utilities/format'
import { whatsappUrl } from '@/utilities/whatsapp'
import { escapeHtml } from './escape'

export type Email = { to: string; subject: string; text: string; html: string; replyTo?: string }

type Booking = Pick<
  Inquiry,
  | 'id'
  | 'name'
  | 'phone'
  | 'email'
  | 'durationMinutes'
  | 'preferredDate'
  | 'preferredTime'
  | 'message'
  | 'replyLanguage'
  | 'reference'
  | 'priceIdr'
  | 'offerPriceIdr'
  | 'promoCode'
> &
  Partial<Pick<Inquiry, 'declineReason'>>

/** The spa's working language (site settings); Indonesian unless set to English. */
export const staffLocale = (settings: Pick<SiteSetting, 'staffLanguage'>): Locale =>
  settings.staffLanguage === 'en' ? 'en' : 'id'

/** The language the visitor asked to be answered in. */
export const guestLocale = (booking: Pick<Inquiry, 'replyLanguage'>): Locale =>
  booking.replyLanguage === 'id' ? 'id' : 'en'

/** The facts of a request as label/value rows, in one language. */
function rows(booking: Booking, serviceName: string | null, locale: Locale) {
  const t = translatorFor(locale, 'BookingEmail')
  const treatment = serviceName
    ? [
        serviceName,
        booking.durationMinutes ? t('duration', { minutes: booking.durationMinutes }) : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : t('undecided')
  return {
    when: t('whenValue', {
      date: formatDayDate(booking.preferredDate, locale),
      time: formatClock(booking.preferredTime, locale),
    }),
    treatment,
    price: priceText(booking, locale),
  }
}

/** The stored price, with the offer when a code gave one: the number the guest was shown. */
function priceText(booking: Booking, locale: Locale): string | null {
  if (booking.priceIdr == null) return null
  const t = translatorFor(locale, 'BookingEmail')
  return booking.offerPriceIdr != null && booking.promoCode
    ? t('priceOffer', {
        offer: formatIdr(booking.offerPriceIdr, locale),
        code: booking.promoCode,
        price: formatIdr(booking.priceIdr, locale),
      })
    : formatIdr(booking.priceIdr, locale)
}

const priceRow = (price: string | null, label: string): [string, string][] =>
  price ? [[label, price]] : []

const table = (entries: [string, string][]) =>
  `<table cellpadding="6" style="border-collapse:collapse">${entries
    .map(
      ([label, value]) =>
        `<tr><th align="left" valign="top">${escapeHtml(label)}</th><td>${escapeHtml(value).replace(/\n/g, '<br>')}</td></tr>`,
    )
    .join('')}</table>`

const lines = (entries: [string, string][]) =>
  entries.map(([label, value]) => `${label}: ${value}`).join('\n')

/** To the spa's booking address, in the spa's working language, with a link to the request. */
export function spaNotification(
  booking: Booking,
  serviceName: string | null,
  settings: Pick<SiteSetting, 'bookingEmail' | 'email' | 'staffLanguage'>,
): Email | null {
  const to = settings.bookingEmail || settings.email
  if (!to) return null
  const locale = staffLocale(settings)
  const t = translatorFor(locale, 'BookingEmail')
  const { when, treatment, price } = rows(booking, serviceName, locale)
  const reply = guestLocale(booking)
  const entries: [string, string][] = [
    [t('guest'), booking.name ?? ''],
    [t('phone'), booking.phone ?? ''],
    ...(booking.email ? [[t('email'), booking.email] as [string, string]] : []),
    [t('treatment'), treatment],
    [t('when'), when],
    ...priceRow(price, t('price')),
    ...(booking.message ? [[t('message'), booking.message] as [string, string]] : []),
    [t('replyLanguage'), t(`languages.${reply}`)],
  ]
  const adminLink = absoluteUrl(`/admin/collections/inquiries/${booking.id}`)
  const whatsapp = whatsappUrl(booking.phone ?? '', '')
  return {
    to,
    replyTo: booking.email || undefined,
    subject: t('spaSubject', { name: booking.name ?? '', when }),
    text: [
      t('spaIntro'),
      '',
      lines(entries),
      '',
      `${t('open')}: ${adminLink}`,
      `${t('whatsapp')}: ${whatsapp}`,
    ].join('\n'),
    html: [
      `<p>${escapeHtml(t('spaIntro'))}</p>`,
      table(entries),
      `<p><a href="${escapeHtml(adminLink)}">${escapeHtml(t('open'))}</a> · <a href="${escapeHtml(whatsapp)}">${escapeHtml(t('whatsapp'))}</a></p>`,
    ].join('\n'),
  }
}

export type GuestEmailKind = 'received' | 'confirmed' | 'declined'

type Words = {
  subject: 'guestSubject' | 'guestConfirmedSubject' | 'guestDeclinedSubject'
  intro: 'guestIntro' | 'guestConfirmedIntro' | 'guestDeclinedIntro'
  summary: 'guestSummary' | 'guestBooked'
}

const GUEST_WORDS: Record<GuestEmailKind, Words> = {
  received: { subject: 'guestSubject', intro: 'guestIntro', summary: 'guestSummary' },
  confirmed: {
    subject: 'guestConfirmedSubject',
    intro: 'guestConfirmedIntro',
    summary: 'guestBooked',
  },
  declined: {
    subject: 'guestDeclinedSubject',
    intro: 'guestDeclinedIntro',
    summary: 'guestSummary',
  },
}

/**
 * To the visitor who left an email address, in the language they booked in: received (not yet
 * confirmed), confirmed or declined — each with the link to see the request and cancel it.
 */
export function guestEmail(
  kind: GuestEmailKind,
  booking: Booking,
  serviceName: string | null,
  settings: Pick<SiteSetting, 'spaName' | 'whatsapp' | 'address' | 'email'>,
  manageLink: string | null,
): Email | null {
  if (!booking.email) return null
  const locale = guestLocale(booking)
  const t = translatorFor(locale, 'BookingEmail')
  const words = GUEST_WORDS[kind]
  const { when, treatment, price } = rows(booking, serviceName, locale)
  const entries: [string, string][] = [
    ...(booking.reference ? [[t('reference'), booking.reference] as [string, string]] : []),
    [t('treatment'), treatment],
    [t('when'), when],
    ...priceRow(price, t('price')),
    [t('phone'), booking.phone ?? ''],
  ]
  const whatsapp = whatsappUrl(settings.whatsapp, '')
  const address = [settings.address.street, settings.address.city].filter(Boolean).join(', ')
  const reason = kind === 'declined' ? booking.declineReason?.trim() : ''
  const paragraphs = [
    t('guestGreeting', { name: booking.name ?? '' }),
    t(words.intro),
    ...(reason ? [t('guestDeclinedReason', { reason })] : []),
  ]
  const after = [
    ...(manageLink && kind !== 'declined' ? [t('guestManage', { link: manageLink })] : []),
    t('guestChange', { link: whatsapp }),
    ...(kind === 'declined' ? [] : [t('guestMedical')]),
    t('guestSignature', { address }),
    t('automatic'),
  ]
  return {
    to: booking.email,
    replyTo: settings.email || undefined,
    subject: t(words.subject, { spa: settings.spaName }),
    text: [...paragraphs, '', `${t(words.summary)}:`, lines(entries), '', ...after].join('\n'),
    html: [
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<h2 style="font-size:1.1em">${escapeHtml(t(words.summary))}</h2>`,
      table(entries),
      ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
    ].join('\n'),
  }
}

/** To the spa when a guest cancels with their link: the time is free again. */
export function spaCancellation(
  booking: Booking,
  serviceName: string | null,
  settings: Pick<SiteSetting, 'bookingEmail' | 'email' | 'staffLanguage'>,
): Email | null {
  const to = settings.bookingEmail || settings.email
  if (!to) return null
  const locale = staffLocale(settings)
  const t = translatorFor(locale, 'BookingEmail')
  const { when, treatment, price } = rows(booking, serviceName, locale)
  const entries: [string, string][] = [
    ...(booking.reference ? [[t('reference'), booking.reference] as [string, string]] : []),
    [t('guest'), booking.name ?? ''],
    [t('phone'), booking.phone ?? ''],
    [t('treatment'), treatment],
    [t('when'), when],
    ...priceRow(price, t('price')),
  ]
  const adminLink = absoluteUrl(`/admin/collections/inquiries/${booking.id}`)
  return {
    to,
    subject: t('spaCancelledSubject', { name: booking.name ?? '', when }),
    text: [t('spaCancelledIntro'), '', lines(entries), '', `${t('open')}: ${adminLink}`].join('\n'),
    html: [
      `<p>${escapeHtml(t('spaCancelledIntro'))}</p>`,
      table(entries),
      `<p><a href="${escapeHtml(adminLink)}">${escapeHtml(t('open'))}</a></p>`,
    ].join('\n'),
  }
}

/**
 * Many requests in a few minutes (a flood, or a busy promotion) reach the spa as one email listing
 * them, not one email each: name, phone, treatment and time per request, and the day's board.
 */
export function spaDigest(
  bookings: { booking: Booking; serviceName: string | null }[],
  settings: Pick<SiteSetting, 'bookingEmail' | 'email' | 'staffLanguage'>,
): Email | null {
  const to = settings.bookingEmail || settings.email
  if (!to || bookings.length === 0) return null
  const locale = staffLocale(settings)
  const t = translatorFor(locale, 'BookingEmail')
  const items = bookings.map(({ booking, serviceName }) => {
    const { when, treatment } = rows(booking, serviceName, locale)
    return [booking.name ?? '', booking.phone ?? '', treatment, when].filter(Boolean).join(' · ')
  })
  const board = absoluteUrl('/admin/today')
  return {
    to,
    subject: t('digestSubject', { count: bookings.length }),
    text: [
      t('digestIntro'),
      '',
      ...items.map((item) => `- ${item}`),
      '',
      `${t('digestOpen')}: ${board}`,
    ].join('\n'),
    html: [
      `<p>${escapeHtml(t('digestIntro'))}</p>`,
      `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
      `<p><a href="${escapeHtml(board)}">${escapeHtml(t('digestOpen'))}</a></p>`,
    ].join('\n'),
  }
}
