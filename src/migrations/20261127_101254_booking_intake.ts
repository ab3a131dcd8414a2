import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`email\` text,
  	\`service_id\` text(36),
  	\`duration_minutes\` numeric,
  	\`preferred_date\` text NOT NULL,
  	\`preferred_time\` text NOT NULL,
  	\`message\` text,
  	\`reply_language\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'new',
  	\`handled_by_id\` text(36),
  	\`handled_at\` text,
  	\`status_order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // The generated copy selected the new columns from the old table; copy what existed and map the
  // old statuses (contacted/booked → confirmed, closed → done).
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "name", "phone", "service_id", "preferred_date", "preferred_time", "message", "reply_language", "status", "status_order", "updated_at", "created_at") SELECT "id", "name", "phone", "service_id", "preferred_date", "preferred_time", "message", COALESCE("reply_language", 'en'), CASE "status" WHEN 'contacted' THEN 'confirmed' WHEN 'booked' THEN 'confirmed' WHEN 'closed' THEN 'done' ELSE "status" END, CASE "status" WHEN 'new' THEN 0 WHEN 'closed' THEN 2 ELSE 1 END, "updated_at", "created_at" FROM \`inquiries\`;`,
  )
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiries_service_idx\` ON \`inquiries\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_handled_by_idx\` ON \`inquiries\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`booking_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`staff_language\` text DEFAULT 'id';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`service_id\` text(36),
  	\`preferred_date\` text NOT NULL,
  	\`preferred_time\` text NOT NULL,
  	\`message\` text,
  	\`reply_language\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "name", "phone", "service_id", "preferred_date", "preferred_time", "message", "reply_language", "status", "updated_at", "created_at") SELECT "id", "name", "phone", "service_id", "preferred_date", "preferred_time", "message", "reply_language", CASE "status" WHEN 'confirmed' THEN 'booked' WHEN 'declined' THEN 'closed' WHEN 'done' THEN 'closed' ELSE "status" END, "updated_at", "created_at" FROM \`inquiries\`;`,
  )
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiries_service_idx\` ON \`inquiries\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`booking_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`staff_language\`;`)
}
