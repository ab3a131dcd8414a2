import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'
import { migrations } from '@/migrations'
import { ensureSqliteFolder, type DatabaseTarget } from './database'
import { withSqliteTransactions } from './sqliteTransactions'

const MONGO_TIMEOUT_MS = 5000

const CONNECT_FAILURE = 'Error: cannot connect to MongoDB'

/**
 * Payload logs a failed MongoDB connection with the driver's whole error (about a hundred lines
 * of topology description) before it throws; the error thrown below says it in one line. Returns
 * a function that puts the logger back.
 */
function withoutDriverDump(logger: Payload['logger']): () => void {
  const error = logger.error
  logger.error = function (this: unknown, entry: unknown, ...rest: unknown[]) {
    const msg = (entry as { msg?: unknown } | null)?.msg
    if (typeof msg === 'string' && msg.startsWith(CONNECT_FAILURE)) return
    return (error as (...args: unknown[]) => void).call(logger, entry, ...rest)
  } as Payload['logger']['error']
  return () => {
    logger.error = error
  }
}

/** Wraps connect so a MongoDB that is not there fails fast with a message an operator can act on. */
function explainMongoFailures(adapter: DatabaseAdapterObj, host: string): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      if (connect) {
        instance.connect = async function (this: unknown, options) {
          const restoreLogger = withoutDriverDump(args.payload.logger)
          try {
            return await connect.call(this ?? instance, options)
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error)
            throw new Error(
              `Cannot reach MongoDB at ${host} within ${MONGO_TIMEOUT_MS / 1000}s (DATABASE_URI). ` +
                'Start it with `docker compose up -d mongo`, or unset DATABASE_URI to use the embedded SQLite database. ' +
                `Driver said: ${detail}`,
            )
          } finally {
            restoreLogger()
          }
        }
      }
      return instance
    },
  }
}

export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return explainMongoFailures(
      mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS },
      }),
      target.host,
    )
  }
  ensureSqliteFolder(target)
  return withSqliteTransactions(
    sqliteAdapter({
      client: { url: target.url },
      idType: 'uuid',
      migrationDir: path.resolve(
        process.cwd(),
        process.env.PAYLOAD_MIGRATION_DIR || 'src/migrations',
      ),
      prodMigrations: migrations as Migration[],
      busyTimeout: 5000,
      wal: true,
    }),
  )
}
