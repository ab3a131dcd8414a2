import { nestedReq } from '@/hooks/nestedReq'
import type { NumberFieldSingleValidation, PayloadRequest, Validate } from 'payload'
import { rupiahProblem } from '@/fields/validators'
import { formatIdr } from '@/utilities/format'
import { adminLanguage, say } from '@/admin/adminLanguage'

type Siblings = {
  appliesToAll?: boolean | null
  services?: (string | { id: string })[] | null
  packageDurationMinutes?: number | null
  startsAt?: string | null
}

const ids = (services: Siblings['services']) =>
  (services ?? []).map((service) => (typeof service === 'object' ? service.id : service))

/** The regular prices of the services a promotion applies to (all services when it says so). */
async function applicablePrices(req: PayloadRequest, siblings: Siblings, duration?: number) {
  const chosen = ids(siblings.services)
  if (!siblings.appliesToAll && chosen.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'services',
    where: siblings.appliesToAll ? {} : { id: { in: chosen } },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    select: { options: true },
    req: nestedReq(req),
  })
  return docs.flatMap((service) =>
    (service.options ?? [])
      .filter((option) => duration === undefined || option.durationMinutes === duration)
      .map((option) => option.priceIdr),
  )
}

const wholeRupiah = (value: number | null | undefined, req: PayloadRequest): string | true =>
  typeof value !== 'number'
    ? say(req, { en: 'Enter an amount in rupiah.', id: 'Isi jumlahnya dalam rupiah.' })
    : (rupiahProblem({ en: 'The amount', id: 'Jumlahnya' }, value, adminLanguage(req)) ?? true)

/** A fixed amount off must leave every applicable service with something to pay. */
export const amountBelowCheapestPrice: NumberFieldSingleValidation = async (
  value,
  { req, siblingData },
) => {
  const basic = wholeRupiah(value, req)
  if (basic !== true || typeof value !== 'number') return basic
  const prices = await applicablePrices(req, siblingData as Siblings)
  if (prices.length === 0) return true
  const cheapest = Math.min(...prices)
  const language = adminLanguage(req)
  return value < cheapest
    ? true
    : language === 'id'
      ? `Potongan harus lebih kecil dari harga termurah layanan yang dipilih (${formatIdr(cheapest, 'id')}).`
      : `The amount off must be below the cheapest applicable price (${formatIdr(cheapest, 'en')}).`
}

/** A package price must be a real saving on that session length for every applicable service. */
export const packageBelowRegularPrice: NumberFieldSingleValidation = async (
  value,
  { req, siblingData },
) => {
  const basic = wholeRupiah(value, req)
  if (basic !== true || typeof value !== 'number') return basic
  const language = adminLanguage(req)
  const siblings = siblingData as Siblings
  const duration = siblings.packageDurationMinutes
  if (typeof duration !== 'number') return true
  const prices = await applicablePrices(req, siblings, duration)
  if (prices.length === 0 && (siblings.appliesToAll || ids(siblings.services).length > 0)) {
    return language === 'id'
      ? `Tidak ada layanan terpilih yang memiliki pilihan ${duration} menit.`
      : `None of the chosen services has a ${duration}-minute option.`
  }
  const cheapest = Math.min(...prices)
  return prices.length === 0 || value < cheapest
    ? true
    : language === 'id'
      ? `Harga paket harus lebih rendah dari harga normal ${duration} menit (${formatIdr(cheapest, 'id')}).`
      : `The package price must be below the regular ${duration}-minute price (${formatIdr(cheapest, 'en')}).`
}

export const endsAfterStart: Validate<Date | string | null | undefined> = (
  value,
  { req, siblingData },
) => {
  if (!value) {
    return say(req, {
      en: 'Enter when the promotion ends (WIB).',
      id: 'Isi kapan promo berakhir (WIB).',
    })
  }
  const startsAt = (siblingData as Siblings).startsAt
  if (startsAt && new Date(value) <= new Date(startsAt)) {
    return say(req, {
      en: 'The end must be after the start.',
      id: 'Waktu berakhir harus setelah waktu mulai.',
    })
  }
  return true
}

export const servicesUnlessAll: Validate<unknown> = (value, { req, siblingData }) =>
  (siblingData as Siblings).appliesToAll || (Array.isArray(value) && value.length > 0)
    ? true
    : say(req, {
        en: 'Choose at least one service, or tick "All services".',
        id: 'Pilih minimal satu layanan, atau centang "Semua layanan".',
      })

// These apply only while their discount type is chosen (Payload skips hidden fields' validation).
export const percentBetween1And100: NumberFieldSingleValidation = (value, { req }) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100
    ? true
    : say(req, {
        en: 'Enter a whole percentage from 1 to 100.',
        id: 'Isi persentase bilangan bulat dari 1 sampai 100.',
      })

export const sessionLength: NumberFieldSingleValidation = (value, { req }) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 15 && value <= 300
    ? true
    : say(req, {
        en: 'Enter the session length in minutes (15 to 300).',
        id: 'Isi durasi sesi dalam menit (15 sampai 300).',
      })
