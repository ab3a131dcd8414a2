/**
 * The address a request really came from. Next.js only fills `X-Forwarded-For` from the socket
 * when the client did not send one, so that header alone is whatever the client wrote. The server
 * start (`listenForClientAddresses`) stamps every request with this private header instead.
 */
export const CLIENT_ADDRESS_HEADER = 'x-ame-client-address'

/** How many reverse proxies in front of the app append to `X-Forwarded-For` (0 = none). */
export const trustedProxyHops = (value = process.env.TRUSTED_PROXY_HOPS): number => {
  const hops = Number(value ?? 0)
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0
}

/**
 * With no trusted proxy, the socket address. Behind N proxies, the entry N hops from the right of
 * `X-Forwarded-For` (each proxy appends the address it received the request from, so entries to
 * its left may be forged by the client); the leftmost entry if the header is shorter than that.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const socket = normaliseAddress(socketAddress) || 'unknown'
  if (hops === 0) return socket
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const entries = header
    .split(',')
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean)
  if (entries.length === 0) return socket
  return entries[Math.max(0, entries.length - hops)] ?? socket
}

/** "::ffff:203.0.113.7" and "203.0.113.7" are the same client. */
const normaliseAddress = (address: string | undefined): string =>
  (address ?? '').trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/** The stamped client address of a request; "unknown" when it did not pass the server start. */
export const clientAddressOf = (headers: Headers): string =>
  headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
