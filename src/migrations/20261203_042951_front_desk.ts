import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Front desk: a status history and the name of who changed it; 'Done' becomes 'Arrived'; the
 * reason a guest is told when a request is declined.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inquiries_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`by_name\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`inquiries_history_order_idx\` ON \`inquiries_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`inquiries_history_parent_id_idx\` ON \`inquiries_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`name\` text,
  	\`phone\` text NOT NULL,
  	\`email\` text,
  	\`service_id\` text(36),
  	\`duration_minutes\` numeric,
  	\`therapist_id\` text(36),
  	\`promo_code\` text,
  	\`price_idr\` numeric,
  	\`offer_price_idr\` numeric,
  	\`preferred_date\` text NOT NULL,
  	\`preferred_time\` text NOT NULL,
  	\`message\` text,
  	\`decline_reason\` text,
  	\`reply_language\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'new',
  	\`handled_by_id\` text(36),
  	\`handled_by_name\` text,
  	\`handled_at\` text,
  	\`overlap\` text,
  	\`status_order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`therapist_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "reference", "name", "phone", "email", "service_id", "duration_minutes", "therapist_id", "promo_code", "price_idr", "offer_price_idr", "preferred_date", "preferred_time", "message", "decline_reason", "reply_language", "status", "handled_by_id", "handled_by_name", "handled_at", "overlap", "status_order", "updated_at", "created_at") SELECT "id", "reference", "name", "phone", "email", "service_id", "duration_minutes", "therapist_id", "promo_code", "price_idr", "offer_price_idr", "preferred_date", "preferred_time", "message", NULL, "reply_language", CASE "status" WHEN 'done' THEN 'arrived' ELSE "status" END, "handled_by_id", (SELECT COALESCE(NULLIF(TRIM(u."name"), ''), substr(u."email", 1, instr(u."email", '@') - 1)) FROM \`users\` u WHERE u."id" = \`inquiries\`."handled_by_id"), "handled_at", "overlap", "status_order", "updated_at", "created_at" FROM \`inquiries\`;`,
  )
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`,
  )
  await db.run(sql`CREATE INDEX \`inquiries_service_idx\` ON \`inquiries\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_therapist_idx\` ON \`inquiries\` (\`therapist_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_handled_by_idx\` ON \`inquiries\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiries_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`email\` text,
  	\`service_id\` text(36),
  	\`duration_minutes\` numeric,
  	\`therapist_id\` text(36),
  	\`promo_code\` text,
  	\`price_idr\` numeric,
  	\`offer_price_idr\` numeric,
  	\`preferred_date\` text NOT NULL,
  	\`preferred_time\` text NOT NULL,
  	\`message\` text,
  	\`reply_language\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'new',
  	\`handled_by_id\` text(36),
  	\`handled_at\` text,
  	\`overlap\` text,
  	\`status_order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`therapist_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "reference", "name", "phone", "email", "service_id", "duration_minutes", "therapist_id", "promo_code", "price_idr", "offer_price_idr", "preferred_date", "preferred_time", "message", "reply_language", "status", "handled_by_id", "handled_at", "overlap", "status_order", "updated_at", "created_at") SELECT "id", "reference", "name", "phone", "email", "service_id", "duration_minutes", "therapist_id", "promo_code", "price_idr", "offer_price_idr", "preferred_date", "preferred_time", "message", "reply_language", CASE "status" WHEN 'arrived' THEN 'done' WHEN 'noshow' THEN 'done' ELSE "status" END, "handled_by_id", "handled_at", "overlap", "status_order", "updated_at", "created_at" FROM \`inquiries\`;`,
  )
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`,
  )
  await db.run(sql`CREATE INDEX \`inquiries_service_idx\` ON \`inquiries\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_therapist_idx\` ON \`inquiries\` (\`therapist_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_handled_by_idx\` ON \`inquiries\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
}
