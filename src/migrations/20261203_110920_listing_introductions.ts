import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`introductions_massage_types\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`introductions_contact\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`introductions_massage_types\`;`,
  )
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`introductions_contact\`;`)
}
