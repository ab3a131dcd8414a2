import type { SiteSetting } from '@/payload-types'

/** A Google Maps link to the spa (a link only: nothing is loaded from Google on our pages). */
export function mapUrl(settings: Pick<SiteSetting, 'geo' | 'address'>): string {
  const { geo, address } = settings
  const query =
    geo?.latitude != null && geo?.longitude != null
      ? `${geo.latitude},${geo.longitude}`
      : `${address.street}, ${address.city}`
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}
