import fs from 'node:fs'
import path from 'node:path'

/** The test database templates tests/setup/templates.ts makes: the bare schema and the seeded site. */
export const TEMPLATE_NAMES = ['empty', 'seeded'] as const
export type TemplateName = (typeof TEMPLATE_NAMES)[number]

/** Set while this file's database is a template's copy: its schema is there, no push needed. */
export const SCHEMA_READY = 'TEST_SCHEMA_READY'

/**
 * Copies a template's database and media to where this test file's DATABASE_URI (a SQLite file)
 * and MEDIA_DIR point. Only before Payload has opened the database: the file is copied as it is.
 */
export function copyTemplate(templates: string, name: TemplateName): void {
  const database = process.env.DATABASE_URI?.replace(/^file:/, '')
  const media = process.env.MEDIA_DIR
  if (!database || !media)
    throw new Error('Set DATABASE_URI and MEDIA_DIR before copying a template.')
  const from = path.join(templates, name)
  fs.mkdirSync(path.dirname(database), { recursive: true })
  fs.copyFileSync(path.join(from, 'test.db'), database)
  for (const leftover of ['-wal', '-shm']) fs.rmSync(database + leftover, { force: true })
  fs.cpSync(path.join(from, 'media'), media, { recursive: true, force: true })
}
