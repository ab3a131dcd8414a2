/** The admin menu's groups, named in both admin languages. */
export const GROUPS = {
  content: { en: 'Content', id: 'Konten' },
  marketing: { en: 'Marketing', id: 'Pemasaran' },
  bookings: { en: 'Bookings', id: 'Pemesanan' },
  admin: { en: 'Admin', id: 'Admin' },
} as const
