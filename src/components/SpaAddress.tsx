import type { SiteSetting } from '@/payload-types'
import { readablePhone } from '@/utilities/phone'

/** The spa's postal address, optionally with its phone number. */
export function SpaAddress({
  settings,
  withPhone,
}: {
  settings: SiteSetting
  withPhone?: boolean
}) {
  const { address } = settings
  return (
    <address>
      {settings.spaName}
      <br />
      {address.street}
      <br />
      {[address.district, address.city, address.postalCode].filter(Boolean).join(', ')}
      {withPhone && (
        <>
          <br />
          <a href={`tel:${settings.phone}`}>{readablePhone(settings.phone)}</a>
        </>
      )}
    </address>
  )
}
