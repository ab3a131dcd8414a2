import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Front desk: the treatment room it assigns and a note for the team. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`room\` numeric;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`staff_note\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`room\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`staff_note\`;`)
}
