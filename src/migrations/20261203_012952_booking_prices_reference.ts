import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`promo_code\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`price_idr\` numeric;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`offer_price_idr\` numeric;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`inquiries_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`promo_code\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`price_idr\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`offer_price_idr\`;`)
}
