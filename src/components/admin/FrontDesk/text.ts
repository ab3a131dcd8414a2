import type { InquiryStatus } from '@/collections/Inquiries/status'

type ActionWords = Record<InquiryStatus, string>

/** The front desk's words in both admin languages. */
export const DESK_TEXT = {
  en: {
    board: 'Today’s board',
    boardIntro: 'Requests waiting for an answer first, then the day’s bookings by time.',
    ranges: { today: 'Today', tomorrow: 'Tomorrow', week: 'This week' },
    empty: 'No answered requests for these days yet.',
    waiting: 'Waiting for an answer',
    noneWaiting: 'Every request has an answer.',
    notForRole: 'The board is for front desk and admins.',
    anyTherapist: 'Any therapist',
    room: 'Room',
    received: (age: string) => `received ${age} ago`,
    overdue: (age: string, promised: number) =>
      `Waiting ${age} · we promise a reply within ${promised} min`,
    by: (name: string, at: string) => `by ${name}, ${at}`,
    byGuest: 'by the guest',
    repliesIn: 'replies in',
    whatsapp: 'WhatsApp guest',
    call: 'Call',
    open: 'Open',
    email: 'Email',
    message: 'Message from the guest',
    noMessage: 'No message.',
    actions: {
      confirmed: 'Confirm',
      declined: 'Decline',
      arrived: 'Arrived',
      noshow: 'No-show',
      new: 'Back to new',
      cancelled: 'Cancelled',
    } satisfies ActionWords,
    declineReason: 'Reason the guest reads (optional)',
    declineSend: 'Decline and tell the guest',
    cancel: 'Keep it',
    saving: 'Saving…',
    failed: 'Not saved:',
    guest: 'Guest',
    language: 'Language',
    ticket: 'Booking request',
  },
  id: {
    board: 'Papan hari ini',
    boardIntro: 'Permintaan yang menunggu jawaban di atas, lalu pemesanan hari itu menurut jam.',
    ranges: { today: 'Hari ini', tomorrow: 'Besok', week: 'Minggu ini' },
    empty: 'Belum ada permintaan yang dijawab untuk hari-hari ini.',
    waiting: 'Menunggu jawaban',
    noneWaiting: 'Semua permintaan sudah dijawab.',
    notForRole: 'Papan ini untuk resepsionis dan admin.',
    anyTherapist: 'Terapis mana saja',
    room: 'Ruang',
    received: (age: string) => `masuk ${age} lalu`,
    overdue: (age: string, promised: number) =>
      `Menunggu ${age} · kami janji membalas dalam ${promised} mnt`,
    by: (name: string, at: string) => `oleh ${name}, ${at}`,
    byGuest: 'oleh tamu',
    repliesIn: 'dibalas dalam',
    whatsapp: 'WhatsApp tamu',
    call: 'Telepon',
    open: 'Buka',
    email: 'Email',
    message: 'Pesan dari tamu',
    noMessage: 'Tidak ada pesan.',
    actions: {
      confirmed: 'Konfirmasi',
      declined: 'Tolak',
      arrived: 'Sudah datang',
      noshow: 'Tidak datang',
      new: 'Kembali ke baru',
      cancelled: 'Dibatalkan',
    } satisfies ActionWords,
    declineReason: 'Alasan yang dibaca tamu (opsional)',
    declineSend: 'Tolak dan beri tahu tamu',
    cancel: 'Batal',
    saving: 'Menyimpan…',
    failed: 'Belum tersimpan:',
    guest: 'Tamu',
    language: 'Bahasa',
    ticket: 'Permintaan pemesanan',
  },
} as const

export type DeskText = (typeof DESK_TEXT)[keyof typeof DESK_TEXT]
/** What a client component needs: plain strings only (functions cannot cross to the browser). */
export type ActionText = Pick<
  DeskText,
  'actions' | 'declineReason' | 'declineSend' | 'cancel' | 'saving' | 'failed' | 'whatsapp' | 'call'
>
export const actionText = (text: DeskText): ActionText => ({
  actions: text.actions,
  declineReason: text.declineReason,
  declineSend: text.declineSend,
  cancel: text.cancel,
  saving: text.saving,
  failed: text.failed,
  whatsapp: text.whatsapp,
  call: text.call,
})
