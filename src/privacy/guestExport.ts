import type { Inquiry, PayloadJob } from '@/payload-types'

type Language = 'en' | 'id'

const nameOf = (value: Inquiry['service'] | Inquiry['therapist']) =>
  value && typeof value === 'object' ? value.name : null

/** One guest's data as they may ask for it (UU PDP art. 7): every request and every email. */
export function guestExport(requests: Inquiry[], emails: PayloadJob[], now: Date) {
  return {
    exportedAt: now.toISOString(),
    requests: requests.map((request) => ({
      reference: request.reference ?? null,
      receivedAt: request.createdAt,
      name: request.name ?? null,
      phone: request.phone || null,
      email: request.email ?? null,
      treatment: nameOf(request.service),
      durationMinutes: request.durationMinutes ?? null,
      therapist: nameOf(request.therapist),
      date: request.preferredDate,
      time: request.preferredTime,
      priceIdr: request.priceIdr ?? null,
      offerPriceIdr: request.offerPriceIdr ?? null,
      promoCode: request.promoCode ?? null,
      message: request.message ?? null,
      replyLanguage: request.replyLanguage ?? null,
      status: request.status ?? null,
      declineReason: request.declineReason ?? null,
      noteForTheTeam: request.staffNote ?? null,
      statusChanges: (request.history ?? []).map((change) => ({
        status: change.status ?? null,
        at: change.at ?? null,
      })),
      detailsErasedAt: request.personalDataErasedAt ?? null,
    })),
    emails: emails.map((job) => ({
      about: requests.find((request) => request.id === (job.input as { inquiry?: string })?.inquiry)
        ?.reference,
      kind: (job.input as { to?: string } | null)?.to ?? null,
      queuedAt: job.createdAt,
      sentAt: job.completedAt ?? null,
      failed: Boolean(job.hasError),
    })),
  }
}

export type GuestExport = ReturnType<typeof guestExport>

const WORDS = {
  en: {
    title: 'Data Ame Spa holds about you',
    exported: 'Prepared on',
    none: 'We hold no booking requests for this phone number or email.',
    request: 'Booking request',
    fields: {
      receivedAt: 'Received',
      name: 'Name',
      phone: 'Phone',
      email: 'Email',
      treatment: 'Treatment',
      durationMinutes: 'Minutes',
      therapist: 'Therapist',
      date: 'Date',
      time: 'Time (WIB)',
      priceIdr: 'Price (IDR)',
      offerPriceIdr: 'Offer price (IDR)',
      promoCode: 'Promo code',
      message: 'Your message',
      replyLanguage: 'Reply language',
      status: 'Status',
      declineReason: 'Reason given',
      noteForTheTeam: 'Note for the team',
      detailsErasedAt: 'Details erased',
    },
    emails: 'Emails about these requests',
    noEmails: 'No emails are stored.',
    sent: 'sent',
    notSent: 'not sent',
  },
  id: {
    title: 'Data Anda yang disimpan Ame Spa',
    exported: 'Disiapkan pada',
    none: 'Kami tidak menyimpan permintaan pemesanan untuk nomor telepon atau email ini.',
    request: 'Permintaan pemesanan',
    fields: {
      receivedAt: 'Diterima',
      name: 'Nama',
      phone: 'Telepon',
      email: 'Email',
      treatment: 'Perawatan',
      durationMinutes: 'Menit',
      therapist: 'Terapis',
      date: 'Tanggal',
      time: 'Jam (WIB)',
      priceIdr: 'Harga (IDR)',
      offerPriceIdr: 'Harga promo (IDR)',
      promoCode: 'Kode promo',
      message: 'Pesan Anda',
      replyLanguage: 'Bahasa balasan',
      status: 'Status',
      declineReason: 'Alasan yang diberikan',
      noteForTheTeam: 'Catatan untuk tim',
      detailsErasedAt: 'Data dihapus',
    },
    emails: 'Email tentang permintaan ini',
    noEmails: 'Tidak ada email yang disimpan.',
    sent: 'terkirim',
    notSent: 'belum terkirim',
  },
} as const

/** The same export as plain text a guest can read, in their language. */
export function guestSummary(data: GuestExport, language: Language): string {
  const words = WORDS[language]
  const lines = [words.title, `${words.exported}: ${data.exportedAt}`, '']
  if (!data.requests.length) lines.push(words.none)
  for (const request of data.requests) {
    lines.push(`${words.request} ${request.reference ?? ''}`.trim())
    for (const [key, label] of Object.entries(words.fields)) {
      const value = request[key as keyof typeof words.fields]
      if (value !== null && value !== '') lines.push(`  ${label}: ${value}`)
    }
    lines.push('')
  }
  lines.push(`${words.emails}:`)
  if (!data.emails.length) lines.push(`  ${words.noEmails}`)
  for (const email of data.emails) {
    lines.push(
      `  ${email.about ?? ''} ${email.kind ?? ''}: ${email.queuedAt} (${email.sentAt ? words.sent : words.notSent})`,
    )
  }
  return `${lines.join('\n')}\n`
}
