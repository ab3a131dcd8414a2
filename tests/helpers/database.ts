/**
 * The test database factory's choice: a temp SQLite file per test file (the default), or a fresh
 * database per test file on the MongoDB server named by TEST_MONGODB_URI.
 */
export const TEST_MONGODB_URI = process.env.TEST_MONGODB_URI?.trim() || undefined
export const onMongo = Boolean(TEST_MONGODB_URI)

export const MONGO_SKIPPED_LINE = 'MongoDB suite skipped: set TEST_MONGODB_URI to run it'

/** The server's URI with `database` as its default database, keeping the query (replicaSet…). */
export function mongoUriWithDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

export async function dropMongoDatabase(uri: string, database: string): Promise<void> {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    await client.db(database).dropDatabase()
  } finally {
    await client.close()
  }
}
