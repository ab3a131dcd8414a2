import { randomUUID } from 'node:crypto'
import { createClient, type Config } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'
import { createWriteGate } from './writeGate'
import type { SQLiteTable } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { ConfigError } from './errors'
import { refuseNewerDatabase, refuseSchemaDrift } from './schemaCheck'

/** A write waits at most this long for the one before it (a queue of sign-ins, a backup). */
const WRITE_WAIT_MS = 30_000
/** Another process (an instance, a script, a backup tool) holding the file's write lock: retry this long. */
const OTHER_PROCESS_WAIT_MS = 5_000

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }

interface DrizzleAdapter {
  clientConfig: Config
  schema: Record<string, unknown>
  sessions: Record<string, Session>
  initializing?: Promise<void>
}

const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

function isBusy(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : ''
  return /SQLITE_BUSY|database is locked/i.test(text)
}

/** Payload's job helper writes with a bare `{ transactionID }`, not a request of its own. */
function isPayloadHelperRequest(req: Partial<PayloadRequest> | undefined): boolean {
  return req !== undefined && req.payload === undefined && Object.keys(req).length === 1
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function connect(adapter: DrizzleAdapter) {
  const client = createClient(adapter.clientConfig)
  return { client, db: drizzle(client, { schema: adapter.schema }) }
}

/**
 * The connection every transaction runs on, one at a time (the gate sees to that), apart from
 * the one that serves reads: a visitor's page never reads a save that is still in progress.
 *
 * Another process holding the file's write lock (a second instance, a backup) is waited for
 * here, between tries, not in SQLite's busy handler: this client runs statements on the only
 * thread, so that handler's sleep would stop every other request of the instance. A statement
 * that failed stays running on its connection until it is garbage-collected (the client never
 * resets it), and a connection with one running answers every later COMMIT "cannot commit
 * transaction - SQL statements in progress" and every BEGIN "SQLITE_BUSY_SNAPSHOT" (38 of 300
 * bookings lost on two instances under load); so after any failure here the connection is
 * closed and the next try starts on a fresh one.
 */
function openWriter(adapter: DrizzleAdapter) {
  let connection = connect(adapter)
  const reconnect = () => {
    connection.client.close()
    connection = connect(adapter)
  }
  /** Starts a transaction; its statements go to the returned database. */
  const begin = async () => {
    const giveUpAt = Date.now() + OTHER_PROCESS_WAIT_MS
    for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
      try {
        await connection.client.execute('BEGIN IMMEDIATE')
        return connection.db
      } catch (error) {
        reconnect()
        if (!isBusy(error) || Date.now() > giveUpAt) throw error
        await pause(wait)
      }
    }
  }
  // A COMMIT can fail (a full disk writes the log at commit time); closing the connection rolls
  // back whatever is left of it. The caller hears the COMMIT's error.
  const end = async (commit: boolean) => {
    try {
      await connection.client.execute(commit ? 'COMMIT' : 'ROLLBACK')
    } catch (error) {
      reconnect()
      if (commit) throw error
    }
  }
  return { begin, end, close: () => connection.client.close() }
}

/**
 * Migrations with a clear word when the database does not fit this code: newer than it,
 * changed by hand, or with migration records that do not match its tables (probe F11).
 */
async function migrateChecked(
  instance: BaseDatabaseAdapter,
  migrate: () => Promise<void>,
  args: unknown,
): Promise<void> {
  const known = (args as { migrations?: { name: string }[] } | undefined)?.migrations
  if (known)
    await refuseNewerDatabase(
      instance.payload,
      known.map((migration) => migration.name),
    )
  try {
    await migrate()
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ConfigError(
      `A database migration failed (${detail}). The database's migration records do not match its tables: it was changed by hand or by another version. Restore a backup made with this version (npm run restore).`,
    )
  }
  const { tables, client } = instance as unknown as {
    tables: Record<string, SQLiteTable>
    client: { execute: (query: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  await refuseSchemaDrift(tables, { run: (query) => client.execute(query) })
}

function isDrizzleAdapter(value: unknown): value is DrizzleAdapter {
  const candidate = value as Partial<DrizzleAdapter> | null
  return (
    typeof candidate?.sessions === 'object' &&
    candidate.sessions !== null &&
    typeof candidate.clientConfig === 'object'
  )
}

/**
 * Payload's SQLite adapter runs without transactions unless told otherwise, so a save that
 * failed half way (a full disk while rewriting site settings' opening hours) kept the half it
 * had written. This turns them on: every write operation is one transaction that commits whole
 * or not at all. SQLite has one writer per file, so writes take turns through one async gate;
 * migrations keep running as before, outside a transaction, because their table rebuilds switch
 * foreign keys off, which SQLite ignores inside one.
 */
export function withSqliteTransactions(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      if (!isDrizzleAdapter(instance)) return instance
      const drizzleAdapter: DrizzleAdapter = instance
      const gate = createWriteGate(WRITE_WAIT_MS)
      let migrating = 0

      const inOpenTransaction = async (req: Partial<PayloadRequest> | undefined) => {
        const id = req?.transactionID
        return id !== undefined && id !== null && Boolean(drizzleAdapter.sessions[String(await id)])
      }

      let writer: ReturnType<typeof openWriter> | undefined

      instance.beginTransaction = async () => {
        if (migrating > 0) return null
        const release = await gate.acquire()
        try {
          await drizzleAdapter.initializing
          writer ??= openWriter(drizzleAdapter)
          const { begin, end } = writer
          const db = await begin()
          let ending: Promise<void> | undefined
          const finish = (commit: boolean) => {
            ending ??= end(commit).finally(release)
            return ending
          }
          const id = randomUUID()
          drizzleAdapter.sessions[id] = {
            db,
            resolve: () => finish(true),
            reject: () => finish(false),
          }
          return id
        } catch (error) {
          release()
          throw error
        }
      }

      const destroy = instance.destroy
      instance.destroy = async function (this: BaseDatabaseAdapter) {
        writer?.close()
        writer = undefined
        await destroy?.call(this)
      }

      for (const name of WRITES) {
        const write = instance[name] as (
          this: BaseDatabaseAdapter,
          arg: { req?: Partial<PayloadRequest> },
        ) => Promise<unknown>
        Object.assign(instance, {
          [name]: async function (
            this: BaseDatabaseAdapter,
            arg: { req?: Partial<PayloadRequest> },
          ) {
            if (await inOpenTransaction(arg?.req)) {
              if (!isPayloadHelperRequest(arg.req)) return write.call(this, arg)
              // Payload's job helper begins a transaction of its own for each job update and
              // commits it only when the update succeeds: a failed one (the job erased with the
              // guest's data while it ran) left it open, and every later write of the instance
              // waited 30 s and failed, until a restart.
              try {
                return await write.call(this, arg)
              } catch (error) {
                const id = await arg.req?.transactionID
                if (id !== undefined) await instance.rollbackTransaction(id)
                throw error
              }
            }
            // A write outside any transaction (the job runner queuing a scheduled task) gets
            // one of its own on the writer. On Payload's reading connection, a write that met
            // another instance's lock blocked the thread for SQLite's busy wait, and when it
            // failed, its statement stayed running there: that connection kept reading the
            // database as it was, and the instance served stale pages and lists until the
            // statement was garbage-collected (a booking answered 201, then not found).
            const id = await instance.beginTransaction()
            if (id === null) return gate.run(() => write.call(this, arg))
            const req = Object.assign(Object.create(arg?.req ?? null) as object, {
              transactionID: id,
            }) as Partial<PayloadRequest>
            try {
              const result = await write.call(this, { ...arg, req })
              await instance.commitTransaction(id)
              return result
            } catch (error) {
              await instance.rollbackTransaction(id)
              throw error
            }
          },
        })
      }

      for (const name of [
        'migrate',
        'migrateDown',
        'migrateFresh',
        'migrateRefresh',
        'migrateReset',
      ] as const) {
        const run = instance[name] as
          ((this: BaseDatabaseAdapter, ...rest: unknown[]) => Promise<void>) | undefined
        if (!run) continue
        Object.assign(instance, {
          [name]: async function (this: BaseDatabaseAdapter, ...rest: unknown[]) {
            migrating += 1
            try {
              if (name !== 'migrate') return await run.apply(this, rest)
              return await migrateChecked(instance, () => run.apply(this, rest), rest[0])
            } finally {
              migrating -= 1
            }
          },
        })
      }
      return instance
    },
  }
}
