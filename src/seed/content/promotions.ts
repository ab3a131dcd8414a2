import type { Promotion } from '@/payload-types'
import type { Bilingual } from './types'

type Localized = Pick<Promotion, 'title' | 'slug' | 'summary' | 'terms'>
type Shared = Pick<Promotion, 'discountType' | 'promoCode' | 'featured'> &
  Partial<Pick<Promotion, 'percentOff' | 'packageDurationMinutes' | 'packagePriceIdr'>> & {
    serviceKeys: string[]
    bannerKey: string
    /** Days from the day of seeding, in Jakarta; the end is 23:59 WIB on the last day. */
    startsInDays: number
    endsInDays: number
  }

export const promotions: Bilingual<Shared, Localized>[] = [
  {
    key: 'slow-down-season',
    shared: {
      discountType: 'percentage',
      percentOff: 20,
      promoCode: 'SLOWDOWN20',
      featured: true,
      serviceKeys: ['aromatherapy-relaxation', 'sleep-ritual'],
      bannerKey: 'aromatherapy',
      startsInDays: -1,
      endsInDays: 60,
    },
    en: {
      title: 'Slow Down Season: 20% off relaxation rituals',
      slug: 'slow-down-season',
      summary:
        'Take an evening for yourself: our aromatherapy massage and evening sleep ritual are 20% off for a limited time.',
      terms:
        'Valid for treatments booked and enjoyed during the offer period. One discount per person per visit; cannot be combined with other offers. Quote the code when you book.',
    },
    id: {
      title: 'Promo Slow Down: diskon 20% untuk ritual relaksasi',
      slug: 'promo-slow-down',
      summary:
        'Luangkan satu malam untuk diri sendiri: pijat aromaterapi dan ritual tidur malam kami mendapat diskon 20% selama periode terbatas.',
      terms:
        'Berlaku untuk pemesanan dan kunjungan selama masa promo. Satu diskon per orang per kunjungan; tidak dapat digabung dengan promo lain. Sebutkan kodenya saat memesan.',
    },
  },
  {
    key: 'recovery-package',
    shared: {
      discountType: 'packagePrice',
      packageDurationMinutes: 90,
      packagePriceIdr: 575000,
      promoCode: 'RECOVER90',
      featured: false,
      serviceKeys: ['sports-recovery'],
      bannerKey: 'sports',
      startsInDays: 14,
      endsInDays: 45,
    },
    en: {
      title: 'Recovery package: 90-minute sports massage',
      slug: 'recovery-package',
      summary:
        'After a race or a heavy training block, a full 90-minute sports recovery massage at a package price.',
      terms:
        'One package per person. Tell us about recent injuries when you book; a therapist may suggest another treatment if sports massage is not suitable.',
    },
    id: {
      title: 'Paket pemulihan: pijat olahraga 90 menit',
      slug: 'paket-pemulihan',
      summary:
        'Setelah lomba atau latihan berat, pijat pemulihan olahraga 90 menit penuh dengan harga paket.',
      terms:
        'Satu paket per orang. Ceritakan cedera yang baru dialami saat memesan; terapis dapat menyarankan perawatan lain bila pijat olahraga kurang sesuai.',
    },
  },
]
