import { nestedReq } from '@/hooks/nestedReq'
import type { NumberFieldSingleValidation, PayloadRequest, Validate } from 'payload'
import { rupiahProblem } from '@/fields/validators'
import { formatIdr } from '@/utilities/format'

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

const wholeRupiah = (value: number | null | undefined): string | true =>
  typeof value !== 'number'
    ? 'Enter an amount in rupiah.'
    : (rupiahProblem('The amount', value) ?? true)

/** A fixed amount off must leave every applicable service with something to pay. */
export const amountBelowCheapestPrice: NumberFieldSingleValidation = async (
  value,
  { req, siblingData },
) => {
  const basic = wholeRupiah(value)
  if (basic !== true || typeof value !== 'number') return basic
  const prices = await applicablePrices(req, siblingData as Siblings)
  if (prices.length === 0) return true
  const cheapest = Math.min(...prices)
  return value < cheapest
    ? true
    : `The amount off must be below the cheapest applicable price (${formatIdr(cheapest, 'en')}).`
}

/** A package price must be a real saving on that session length for every applicable service. */
export const packageBelowRegularPrice: NumberFieldSingleValidation = async (
  value,
  { req, siblingData },
) => {
  const basic = wholeRupiah(value)
  if (basic !== true || typeof value !== 'number') return basic
  const siblings = siblingData as Siblings
  const duration = siblings.packageDurationMinutes
  if (typeof duration !== 'number') return true
  const prices = await applicablePrices(req, siblings, duration)
  if (prices.length === 0 && (siblings.appliesToAll || ids(siblings.services).length > 0)) {
    return `None of the chosen services has a ${duration}-minute option.`
  }
  const cheapest = Math.min(...prices)
  return prices.length === 0 || value < cheapest
    ? true
    : `The package price must be below the regular ${duration}-minute price (${formatIdr(cheapest, 'en')}).`
}

export const endsAfterStart: Validate<Date | string | null | undefined> = (
  value,
  { siblingData },
) => {
  if (!value) return 'Enter when the promotion ends (WIB).'
  const startsAt = (siblingData as Siblings).startsAt
  if (startsAt && new Date(value) <= new Date(startsAt)) {
    return 'The end must be after the start.'
  }
  return true
}

export const servicesUnlessAll: Validate<unknown> = (value, { siblingData }) =>
  (siblingData as Siblings).appliesToAll || (Array.isArray(value) && value.length > 0)
    ? true
    : 'Choose at least one service, or tick "All services".'

// These apply only while their discount type is chosen (Payload skips hidden fields' validation).
export const percentBetween1And100: NumberFieldSingleValidation = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100
    ? true
    : 'Enter a whole percentage from 1 to 100.'

export const sessionLength: NumberFieldSingleValidation = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 15 && value <= 300
    ? true
    : 'Enter the session length in minutes (15 to 300).'
