import { DEFAULT_AUDIT_DAYS, DEFAULT_RETENTION_DAYS } from '@/privacy/retention'
import type { SiteSetting } from '@/payload-types'

type Localized = {
  tagline: string
  directions: string
  seoTitle: string
  seoDescription: string
  introductions: { massageTypes: string; contact: string }
}

export const siteSettingsShared: Omit<SiteSetting, 'id' | 'updatedAt' | 'createdAt'> = {
  spaName: 'Ame Spa',
  address: {
    street: 'Jl. Senopati No. 48',
    district: 'Kebayoran Baru',
    city: 'Jakarta Selatan',
    postalCode: '12190',
  },
  geo: { latitude: -6.2297, longitude: 106.8095 },
  phone: '+62215551234',
  whatsapp: '+6281234567890',
  email: 'hello@amespa.example',
  staffLanguage: 'id',
  booking: { treatmentRooms: 3, bufferMinutes: 15, replyWithinMinutes: 30 },
  personalData: { retentionDays: DEFAULT_RETENTION_DAYS, auditDays: DEFAULT_AUDIT_DAYS },
  openingHours: [
    { day: 'monday', closed: false, opens: '10:00', closes: '21:00' },
    { day: 'tuesday', closed: false, opens: '10:00', closes: '21:00' },
    { day: 'wednesday', closed: false, opens: '10:00', closes: '21:00' },
    { day: 'thursday', closed: false, opens: '10:00', closes: '21:00' },
    { day: 'friday', closed: false, opens: '10:00', closes: '22:00' },
    { day: 'saturday', closed: false, opens: '09:00', closes: '22:00' },
    { day: 'sunday', closed: false, opens: '09:00', closes: '20:00' },
  ],
  socialLinks: [
    { platform: 'instagram', url: 'https://www.instagram.com/amespa.jakarta' },
    { platform: 'google-maps', url: 'https://maps.google.com/?q=-6.2297,106.8095' },
  ],
}

export const siteSettingsLocalized: Record<'en' | 'id', Localized> = {
  en: {
    introductions: {
      massageTypes:
        'Relaxation massage is designed to help your nervous system slow down so you can unwind. Therapeutic massage focuses on specific muscles and fascia to help ease pain and improve movement. Here is how to choose.',
      contact:
        'The quickest way to book is WhatsApp. You can also send a booking request and we will confirm by phone or WhatsApp.',
    },
    tagline: 'Relaxation and therapeutic massage in South Jakarta',
    directions:
      'On Jl. Senopati in Kebayoran Baru, near the restaurants of Senopati and SCBD; parking in front of the building.',
    seoTitle: 'Ame Spa Jakarta · Relaxation & therapeutic massage',
    seoDescription:
      'A calm day spa in South Jakarta. Relaxation massage for stress and sleep, therapeutic massage for pain and stiffness, by certified therapists. Book via WhatsApp.',
  },
  id: {
    introductions: {
      massageTypes:
        'Pijat relaksasi dirancang untuk membantu sistem saraf melambat agar tubuh bisa beristirahat. Pijat terapeutik berfokus pada otot dan fasia tertentu untuk membantu meredakan nyeri dan memperbaiki gerak. Begini cara memilihnya.',
      contact:
        'Cara tercepat untuk memesan adalah lewat WhatsApp. Anda juga bisa mengirim permintaan pemesanan dan kami akan mengonfirmasi lewat telepon atau WhatsApp.',
    },
    tagline: 'Pijat relaksasi dan terapeutik di Jakarta Selatan',
    directions:
      'Di Jl. Senopati, Kebayoran Baru, dekat deretan restoran Senopati dan SCBD; parkir tersedia di depan gedung.',
    seoTitle: 'Ame Spa Jakarta · Pijat relaksasi & terapeutik',
    seoDescription:
      'Day spa yang tenang di Jakarta Selatan. Pijat relaksasi untuk stres dan tidur, pijat terapeutik untuk nyeri dan rasa kaku, oleh terapis bersertifikat. Pesan via WhatsApp.',
  },
}
