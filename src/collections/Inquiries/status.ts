export const INQUIRY_STATUSES = ['new', 'confirmed', 'declined', 'cancelled', 'done'] as const
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]

/** New requests first in the staff list, then the rest; each group by preferred date. */
export const STATUS_ORDER: Record<InquiryStatus, number> = {
  new: 0,
  confirmed: 1,
  declined: 2,
  cancelled: 2,
  done: 2,
}

export const STATUS_LABELS: Record<InquiryStatus, { en: string; id: string }> = {
  new: { en: 'New', id: 'Baru' },
  confirmed: { en: 'Confirmed', id: 'Dikonfirmasi' },
  declined: { en: 'Declined', id: 'Ditolak' },
  cancelled: { en: 'Cancelled by the guest', id: 'Dibatalkan tamu' },
  done: { en: 'Done', id: 'Selesai' },
}
