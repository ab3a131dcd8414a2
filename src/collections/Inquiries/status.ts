export const INQUIRY_STATUSES = [
  'new',
  'confirmed',
  'arrived',
  'declined',
  'cancelled',
  'noshow',
] as const
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]

/** New requests first in the staff list, then the confirmed ones; each group by preferred date. */
export const STATUS_ORDER: Record<InquiryStatus, number> = {
  new: 0,
  confirmed: 1,
  arrived: 2,
  declined: 2,
  cancelled: 2,
  noshow: 2,
}

export const STATUS_LABELS: Record<InquiryStatus, { en: string; id: string }> = {
  new: { en: 'New', id: 'Baru' },
  confirmed: { en: 'Confirmed', id: 'Dikonfirmasi' },
  arrived: { en: 'Arrived', id: 'Sudah datang' },
  declined: { en: 'Declined', id: 'Ditolak' },
  cancelled: { en: 'Cancelled by guest', id: 'Dibatalkan tamu' },
  noshow: { en: 'No-show', id: 'Tidak datang' },
}

/** What the desk can do next from each status, in the order the buttons appear. */
export const NEXT_STATUSES: Record<InquiryStatus, readonly InquiryStatus[]> = {
  new: ['confirmed', 'declined'],
  confirmed: ['arrived', 'noshow', 'declined'],
  arrived: [],
  declined: [],
  cancelled: [],
  noshow: ['arrived'],
}
