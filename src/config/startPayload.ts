import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { inServerContext } from './serverContext'

/**
 * The process's one Payload instance with its job runner (scheduled publishing, promotion windows,
 * booking emails, backups). Whoever asks first — the start-up timer, a page, the REST or GraphQL
 * API, the admin — starts it in the server's context, never a request's. Payload keeps the
 * instance, so every later call returns it at once.
 */
export function startPayload(): Promise<Payload> {
  return inServerContext(async () => {
    await getPayload({ config, cron: true })
    // Payload skips the runner when this call only waited for a start that began without it.
    return getPayload({ config, cron: true })
  })
}
