import type { IncomingMessage } from 'node:http'

/** Loopback and private ranges: where a reverse proxy on the same host or network connects from. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  if (bare === '::1' || /^f[cd][0-9a-f]{2}:/i.test(bare) || /^fe80:/i.test(bare)) return true
  const parts = bare.split('.').map(Number)
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part))) return false
  const [a, b] = parts
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

export type ProxyMistake = 'proxy-not-trusted' | 'proxy-bypassed'

/**
 * The two proxy set-ups that quietly break the booking and sign-in limits (probe F9):
 * requests forwarded by a proxy while TRUSTED_PROXY_HOPS is 0 (every visitor then shares the
 * proxy's address, and one stranger's wrong passwords lock out all staff), and requests that
 * reach the app directly from the internet while it trusts a proxy (each client then picks its
 * own address through X-Forwarded-For).
 */
export function proxyMistake(
  socketAddress: string | undefined,
  request: Pick<IncomingMessage, 'headers'>,
  hops: number,
): ProxyMistake | null {
  const socket = socketAddress ?? ''
  const forwarded = request.headers['x-forwarded-for']
  if (hops === 0) return forwarded && isPrivateAddress(socket) ? 'proxy-not-trusted' : null
  return socket && !isPrivateAddress(socket) ? 'proxy-bypassed' : null
}

export const PROXY_ADVICE: Record<ProxyMistake, (socket: string, hops: number) => string> = {
  'proxy-not-trusted': (socket) =>
    `Requests arrive through a proxy at ${socket} (they carry X-Forwarded-For), but TRUSTED_PROXY_HOPS is not set: every visitor counts as ${socket} for the booking and sign-in limits. Set TRUSTED_PROXY_HOPS=1 (one proxy in front).`,
  'proxy-bypassed': (socket, hops) =>
    `TRUSTED_PROXY_HOPS=${hops}, but a request came straight from the public address ${socket}: a client reaching the app directly can choose its own address for the limits. Let only the proxy reach the app, or unset TRUSTED_PROXY_HOPS.`,
}

/**
 * Whether the visitor's browser used https: the connection itself, or, behind a trusted proxy,
 * the scheme the proxy says it received (the first of X-Forwarded-Proto).
 */
export function cameOverHttps(
  encrypted: boolean,
  request: Pick<IncomingMessage, 'headers'>,
  hops: number,
): boolean {
  if (encrypted) return true
  if (hops === 0) return false
  const proto = request.headers['x-forwarded-proto']
  const first = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase()
  return first === 'https'
}

export const HSTS = 'max-age=31536000'
