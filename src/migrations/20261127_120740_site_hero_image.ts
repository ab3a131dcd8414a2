import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`hero_image_id\` text(36) REFERENCES media(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_hero_image_idx\` ON \`site_settings\` (\`hero_image_id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`spa_name\` text DEFAULT 'Ame Spa' NOT NULL,
  	\`address_street\` text NOT NULL,
  	\`address_district\` text,
  	\`address_city\` text DEFAULT 'Jakarta' NOT NULL,
  	\`address_postal_code\` text,
  	\`geo_latitude\` numeric,
  	\`geo_longitude\` numeric,
  	\`phone\` text NOT NULL,
  	\`whatsapp\` text NOT NULL,
  	\`email\` text,
  	\`booking_email\` text,
  	\`staff_language\` text DEFAULT 'id',
  	\`default_seo_image_id\` text(36),
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings\`("id", "spa_name", "address_street", "address_district", "address_city", "address_postal_code", "geo_latitude", "geo_longitude", "phone", "whatsapp", "email", "booking_email", "staff_language", "default_seo_image_id", "updated_at", "created_at") SELECT "id", "spa_name", "address_street", "address_district", "address_city", "address_postal_code", "geo_latitude", "geo_longitude", "phone", "whatsapp", "email", "booking_email", "staff_language", "default_seo_image_id", "updated_at", "created_at" FROM \`site_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`site_settings_default_seo_default_seo_image_idx\` ON \`site_settings\` (\`default_seo_image_id\`);`,
  )
}
