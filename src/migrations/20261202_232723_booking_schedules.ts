import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`therapists_working_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`start\` text,
  	\`end\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`therapists_working_hours_order_idx\` ON \`therapists_working_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`therapists_working_hours_parent_id_idx\` ON \`therapists_working_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists_days_off\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`therapists_days_off_order_idx\` ON \`therapists_days_off\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`therapists_days_off_parent_id_idx\` ON \`therapists_days_off\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_version_working_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`start\` text,
  	\`end\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_working_hours_order_idx\` ON \`_therapists_v_version_working_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_working_hours_parent_id_idx\` ON \`_therapists_v_version_working_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_version_days_off\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_days_off_order_idx\` ON \`_therapists_v_version_days_off\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_days_off_parent_id_idx\` ON \`_therapists_v_version_days_off\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`therapists_rels\` ADD \`services_id\` text(36) REFERENCES services(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`therapists_rels_services_id_idx\` ON \`therapists_rels\` (\`services_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_therapists_v_rels\` ADD \`services_id\` text(36) REFERENCES services(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_rels_services_id_idx\` ON \`_therapists_v_rels\` (\`services_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`inquiries\` ADD \`therapist_id\` text(36) REFERENCES therapists(id);`,
  )
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`overlap\` text;`)
  await db.run(sql`CREATE INDEX \`inquiries_therapist_idx\` ON \`inquiries\` (\`therapist_id\`);`)
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`booking_treatment_rooms\` numeric DEFAULT 3 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`booking_buffer_minutes\` numeric DEFAULT 15 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`booking_reply_within_minutes\` numeric DEFAULT 30 NOT NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`therapists_working_hours\`;`)
  await db.run(sql`DROP TABLE \`therapists_days_off\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_version_working_hours\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_version_days_off\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_therapists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`modalities_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modalities_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_therapists_rels\`("id", "order", "parent_id", "path", "modalities_id") SELECT "id", "order", "parent_id", "path", "modalities_id" FROM \`therapists_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`therapists_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_therapists_rels\` RENAME TO \`therapists_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`therapists_rels_order_idx\` ON \`therapists_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`therapists_rels_parent_idx\` ON \`therapists_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`therapists_rels_path_idx\` ON \`therapists_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`therapists_rels_modalities_id_idx\` ON \`therapists_rels\` (\`modalities_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__therapists_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`modalities_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modalities_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__therapists_v_rels\`("id", "order", "parent_id", "path", "modalities_id") SELECT "id", "order", "parent_id", "path", "modalities_id" FROM \`_therapists_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_therapists_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__therapists_v_rels\` RENAME TO \`_therapists_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_rels_order_idx\` ON \`_therapists_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_rels_parent_idx\` ON \`_therapists_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_rels_path_idx\` ON \`_therapists_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_rels_modalities_id_idx\` ON \`_therapists_v_rels\` (\`modalities_id\`);`,
  )
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
  await db.run(
    sql`INSERT INTO \`__new_inquiries\`("id", "name", "phone", "email", "service_id", "duration_minutes", "preferred_date", "preferred_time", "message", "reply_language", "status", "handled_by_id", "handled_at", "status_order", "updated_at", "created_at") SELECT "id", "name", "phone", "email", "service_id", "duration_minutes", "preferred_date", "preferred_time", "message", "reply_language", "status", "handled_by_id", "handled_at", "status_order", "updated_at", "created_at" FROM \`inquiries\`;`,
  )
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`CREATE INDEX \`inquiries_service_idx\` ON \`inquiries\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_handled_by_idx\` ON \`inquiries\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`booking_treatment_rooms\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`booking_buffer_minutes\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`booking_reply_within_minutes\`;`)
}
