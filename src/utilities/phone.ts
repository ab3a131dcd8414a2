/**
 * A phone number as people read and dial it: "+62 812 3456 7890" for a mobile, "+62 21 555 1234"
 * for a Jakarta landline (the local number grouped from its end). Other countries stay as stored.
 */
export function readablePhone(e164: string): string {
  const digits = e164.replace(/\D/g, '')
  if (!digits.startsWith('62')) return e164
  const rest = digits.slice(2)
  const mobile = rest.startsWith('8')
  const area = mobile ? rest.slice(0, 3) : rest.slice(0, 2)
  const tail = rest.slice(area.length)
  const groups = mobile
    ? (tail.match(/.{1,4}/g) ?? [])
    : [tail.slice(0, -4), tail.slice(-4)].filter(Boolean)
  return ['+62', area, ...groups].join(' ')
}
