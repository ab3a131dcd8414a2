/** The guest-data tool's words in both admin languages. */
export const GUEST_DATA_TEXT = {
  en: {
    nav: 'Guest data requests',
    title: "A guest's data: copy or erase",
    intro:
      'When a guest asks what we hold about them, or asks us to delete it (UU PDP No. 27/2022), find them by the phone number or email they booked with. Every search, export and erasure is recorded in the audit trail.',
    label: 'Phone number or email',
    hint: 'e.g. 0812 3456 7890, +62 812 3456 7890 or name@example.com',
    find: 'Find',
    notAdmin: "Only admins answer guests' data requests.",
    invalid: 'Enter a phone number or an email address.',
    found: (requests: number, emails: number) =>
      `${requests} booking request${requests === 1 ? '' : 's'} and ${emails} stored email${emails === 1 ? '' : 's'} for this guest.`,
    nothing: 'Nothing is held for this phone number or email.',
    date: 'Date',
    treatment: 'Treatment',
    status: 'Status',
    erased: 'details erased',
    downloadJson: 'Download everything (JSON)',
    downloadText: 'Download a summary for the guest (text)',
    eraseTitle: 'Erase this guest’s details',
    eraseIntro:
      'Names, phone numbers, emails and messages are removed from every request above and stored emails are deleted. Dates, treatments, prices and statuses stay for statistics. This cannot be undone.',
    confirm: 'The guest asked for this, and I have checked it is really them.',
    erase: 'Erase everything',
    erasing: 'Erasing…',
    done: 'Erased from {requests} request(s); {emails} stored email(s) deleted.',
    failed: 'Could not erase. Nothing was changed; try again.',
  },
  id: {
    nav: 'Permintaan data tamu',
    title: 'Data tamu: salin atau hapus',
    intro:
      'Jika tamu menanyakan data apa yang kami simpan, atau meminta agar dihapus (UU PDP No. 27/2022), cari berdasarkan nomor telepon atau email yang dipakai saat memesan. Setiap pencarian, ekspor, dan penghapusan dicatat dalam jejak audit.',
    label: 'Nomor telepon atau email',
    hint: 'mis. 0812 3456 7890, +62 812 3456 7890 atau nama@contoh.com',
    find: 'Cari',
    notAdmin: 'Hanya admin yang menangani permintaan data tamu.',
    invalid: 'Isi nomor telepon atau alamat email.',
    found: (requests: number, emails: number) =>
      `${requests} permintaan pemesanan dan ${emails} email tersimpan untuk tamu ini.`,
    nothing: 'Tidak ada data untuk nomor telepon atau email ini.',
    date: 'Tanggal',
    treatment: 'Perawatan',
    status: 'Status',
    erased: 'data dihapus',
    downloadJson: 'Unduh semua data (JSON)',
    downloadText: 'Unduh ringkasan untuk tamu (teks)',
    eraseTitle: 'Hapus data tamu ini',
    eraseIntro:
      'Nama, nomor telepon, email, dan pesan dihapus dari semua permintaan di atas, dan email yang tersimpan dihapus. Tanggal, perawatan, harga, dan status tetap ada untuk statistik. Tindakan ini tidak dapat dibatalkan.',
    confirm: 'Tamu memintanya, dan saya sudah memastikan bahwa ini benar tamu tersebut.',
    erase: 'Hapus semuanya',
    erasing: 'Menghapus…',
    done: 'Dihapus dari {requests} permintaan; {emails} email tersimpan dihapus.',
    failed: 'Gagal menghapus. Tidak ada yang berubah; coba lagi.',
  },
} as const

export type GuestDataText = (typeof GUEST_DATA_TEXT)['en' | 'id']
