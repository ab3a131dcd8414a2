import crypto from 'node:crypto'
import { resolveSecret } from '@/config/secret'

export const SIGNATURE_NAME = 'manifest.sig'

/**
 * The key archives are signed with: BACKUP_KEY when set (so an off-site copy can be checked by a
 * machine without the app's secret), otherwise one derived from PAYLOAD_SECRET.
 */
function backupKey(): Buffer {
  const own = process.env.BACKUP_KEY?.trim()
  return crypto
    .createHash('sha256')
    .update(own ? `ame-spa-backup-key:${own}` : `ame-spa-backup:${resolveSecret()}`)
    .digest()
}

/** HMAC-SHA256 of the manifest, which lists every file's checksum: it vouches for all of them. */
export const signManifest = (manifest: Buffer): string =>
  crypto.createHmac('sha256', backupKey()).update(manifest).digest('hex')

export function signatureMatches(manifest: Buffer, signature: string): boolean {
  const expected = Buffer.from(signManifest(manifest), 'hex')
  const given = Buffer.from(signature.trim(), 'hex')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
