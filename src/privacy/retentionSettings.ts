import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_AUDIT_DAYS, DEFAULT_RETENTION_DAYS } from './retention'

/** The keeping periods set in the site settings (defaults while a site has not saved them). */
export async function retentionSettings(payload: Payload, req?: PayloadRequest) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return {
    retentionDays: settings.personalData?.retentionDays ?? DEFAULT_RETENTION_DAYS,
    auditDays: settings.personalData?.auditDays ?? DEFAULT_AUDIT_DAYS,
  }
}

/** Backups written before this moment hold guests' details past their keeping period. */
export async function personalDataCutoff(payload: Payload, now: Date): Promise<Date> {
  const { retentionDays } = await retentionSettings(payload)
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000)
}
