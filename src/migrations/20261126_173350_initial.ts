import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`duration_minutes\` numeric,
  	\`price_idr\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_options_order_idx\` ON \`services_options\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_options_parent_id_idx\` ON \`services_options\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`services_goals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_goals_order_idx\` ON \`services_goals\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`services_goals_parent_idx\` ON \`services_goals\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`services_contraindications\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_contraindications_order_idx\` ON \`services_contraindications\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_contraindications_parent_idx\` ON \`services_contraindications\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`modality_id\` text(36),
  	\`requires_licensed_therapist\` integer DEFAULT false,
  	\`featured\` integer DEFAULT false,
  	\`sort_order\` numeric DEFAULT 100,
  	\`image_id\` text(36),
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`modality_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`services_modality_idx\` ON \`services\` (\`modality_id\`);`)
  await db.run(sql`CREATE INDEX \`services_sort_order_idx\` ON \`services\` (\`sort_order\`);`)
  await db.run(sql`CREATE INDEX \`services_image_idx\` ON \`services\` (\`image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`services_meta_meta_image_idx\` ON \`services\` (\`meta_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_slug_idx\` ON \`services_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`techniques_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`techniques_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`services_rels_techniques_id_idx\` ON \`services_rels\` (\`techniques_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`duration_minutes\` numeric,
  	\`price_idr\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_options_order_idx\` ON \`_services_v_version_options\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_options_parent_id_idx\` ON \`_services_v_version_options\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_goals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_goals_order_idx\` ON \`_services_v_version_goals\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_goals_parent_idx\` ON \`_services_v_version_goals\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_contraindications\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_contraindications_order_idx\` ON \`_services_v_version_contraindications\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_contraindications_parent_idx\` ON \`_services_v_version_contraindications\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_modality_id\` text(36),
  	\`version_requires_licensed_therapist\` integer DEFAULT false,
  	\`version_featured\` integer DEFAULT false,
  	\`version_sort_order\` numeric DEFAULT 100,
  	\`version_image_id\` text(36),
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_modality_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_modality_idx\` ON \`_services_v\` (\`version_modality_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_sort_order_idx\` ON \`_services_v\` (\`version_sort_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_image_idx\` ON \`_services_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_meta_version_meta_image_idx\` ON \`_services_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_locales\` (
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_services_v_locales_locale_parent_id_unique\` ON \`_services_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`techniques_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`techniques_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_services_v_rels_techniques_id_idx\` ON \`_services_v_rels\` (\`techniques_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_pressure\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_pressure_order_idx\` ON \`modalities_pressure\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`modalities_pressure_parent_idx\` ON \`modalities_pressure\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_indications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`goal\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_indications_order_idx\` ON \`modalities_indications\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`modalities_indications_parent_id_idx\` ON \`modalities_indications\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_indications_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities_indications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`modalities_indications_locales_locale_parent_id_unique\` ON \`modalities_indications_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_not_intended_for\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`goal\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_not_intended_for_order_idx\` ON \`modalities_not_intended_for\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`modalities_not_intended_for_parent_id_idx\` ON \`modalities_not_intended_for\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_not_intended_for_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities_not_intended_for\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`modalities_not_intended_for_locales_locale_parent_id_unique\` ON \`modalities_not_intended_for_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_benefits_order_idx\` ON \`modalities_benefits\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`modalities_benefits_parent_id_idx\` ON \`modalities_benefits\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_benefits_locales\` (
  	\`benefit\` text,
  	\`evidence_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities_benefits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`modalities_benefits_locales_locale_parent_id_unique\` ON \`modalities_benefits_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_contraindications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`condition\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_contraindications_order_idx\` ON \`modalities_contraindications\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`modalities_contraindications_parent_id_idx\` ON \`modalities_contraindications\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_contraindications_locales\` (
  	\`advice\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities_contraindications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`modalities_contraindications_locales_locale_parent_id_unique\` ON \`modalities_contraindications_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`target\` text,
  	\`image_id\` text(36),
  	\`sort_order\` numeric DEFAULT 100,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`modalities_image_idx\` ON \`modalities\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`modalities_sort_order_idx\` ON \`modalities\` (\`sort_order\`);`)
  await db.run(
    sql`CREATE INDEX \`modalities_meta_meta_image_idx\` ON \`modalities\` (\`meta_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`modalities_updated_at_idx\` ON \`modalities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`modalities_created_at_idx\` ON \`modalities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`modalities__status_idx\` ON \`modalities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`modalities_locales\` (
  	\`name\` text,
  	\`slug\` text,
  	\`tagline\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`primary_goal\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_slug_idx\` ON \`modalities_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`modalities_locales_locale_parent_id_unique\` ON \`modalities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`techniques_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`techniques_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modalities_rels_order_idx\` ON \`modalities_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`modalities_rels_parent_idx\` ON \`modalities_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`modalities_rels_path_idx\` ON \`modalities_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`modalities_rels_techniques_id_idx\` ON \`modalities_rels\` (\`techniques_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_pressure\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_pressure_order_idx\` ON \`_modalities_v_version_pressure\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_pressure_parent_idx\` ON \`_modalities_v_version_pressure\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_indications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`goal\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_indications_order_idx\` ON \`_modalities_v_version_indications\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_indications_parent_id_idx\` ON \`_modalities_v_version_indications\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_indications_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v_version_indications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modalities_v_version_indications_locales_locale_parent_id_u\` ON \`_modalities_v_version_indications_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_not_intended_for\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`goal\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_not_intended_for_order_idx\` ON \`_modalities_v_version_not_intended_for\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_not_intended_for_parent_id_idx\` ON \`_modalities_v_version_not_intended_for\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_not_intended_for_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v_version_not_intended_for\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modalities_v_version_not_intended_for_locales_locale_parent\` ON \`_modalities_v_version_not_intended_for_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_benefits_order_idx\` ON \`_modalities_v_version_benefits\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_benefits_parent_id_idx\` ON \`_modalities_v_version_benefits\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_benefits_locales\` (
  	\`benefit\` text,
  	\`evidence_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v_version_benefits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modalities_v_version_benefits_locales_locale_parent_id_uniq\` ON \`_modalities_v_version_benefits_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_contraindications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`condition\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_contraindications_order_idx\` ON \`_modalities_v_version_contraindications\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_contraindications_parent_id_idx\` ON \`_modalities_v_version_contraindications\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_contraindications_locales\` (
  	\`advice\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v_version_contraindications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modalities_v_version_contraindications_locales_locale_paren\` ON \`_modalities_v_version_contraindications_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_target\` text,
  	\`version_image_id\` text(36),
  	\`version_sort_order\` numeric DEFAULT 100,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_modalities_v_parent_idx\` ON \`_modalities_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_version_image_idx\` ON \`_modalities_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_version_sort_order_idx\` ON \`_modalities_v\` (\`version_sort_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_meta_version_meta_image_idx\` ON \`_modalities_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_version_updated_at_idx\` ON \`_modalities_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_version_created_at_idx\` ON \`_modalities_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_version__status_idx\` ON \`_modalities_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_created_at_idx\` ON \`_modalities_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_updated_at_idx\` ON \`_modalities_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_snapshot_idx\` ON \`_modalities_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_published_locale_idx\` ON \`_modalities_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_modalities_v_latest_idx\` ON \`_modalities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_modalities_v_locales\` (
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_tagline\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_primary_goal\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_version_slug_idx\` ON \`_modalities_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modalities_v_locales_locale_parent_id_unique\` ON \`_modalities_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`techniques_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`techniques_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_rels_order_idx\` ON \`_modalities_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_rels_parent_idx\` ON \`_modalities_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_rels_path_idx\` ON \`_modalities_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_rels_techniques_id_idx\` ON \`_modalities_v_rels\` (\`techniques_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`techniques\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`depth\` text,
  	\`sort_order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`techniques_sort_order_idx\` ON \`techniques\` (\`sort_order\`);`)
  await db.run(sql`CREATE INDEX \`techniques_updated_at_idx\` ON \`techniques\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`techniques_created_at_idx\` ON \`techniques\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`techniques__status_idx\` ON \`techniques\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`techniques_locales\` (
  	\`name\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`physiology\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`techniques_slug_idx\` ON \`techniques_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`techniques_locales_locale_parent_id_unique\` ON \`techniques_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_techniques_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_depth\` text,
  	\`version_sort_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_techniques_v_parent_idx\` ON \`_techniques_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_version_sort_order_idx\` ON \`_techniques_v\` (\`version_sort_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_version_updated_at_idx\` ON \`_techniques_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_version_created_at_idx\` ON \`_techniques_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_version__status_idx\` ON \`_techniques_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_created_at_idx\` ON \`_techniques_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_updated_at_idx\` ON \`_techniques_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_snapshot_idx\` ON \`_techniques_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_published_locale_idx\` ON \`_techniques_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_techniques_v_latest_idx\` ON \`_techniques_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_techniques_v_locales\` (
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_physiology\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_techniques_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_version_slug_idx\` ON \`_techniques_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_techniques_v_locales_locale_parent_id_unique\` ON \`_techniques_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists_specialties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`therapists_specialties_order_idx\` ON \`therapists_specialties\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`therapists_specialties_parent_id_idx\` ON \`therapists_specialties\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists_specialties_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists_specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`therapists_specialties_locales_locale_parent_id_unique\` ON \`therapists_specialties_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`therapists_languages_order_idx\` ON \`therapists_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`therapists_languages_parent_idx\` ON \`therapists_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`photo_id\` text(36),
  	\`licence_type\` text,
  	\`licence_number\` text,
  	\`licence_issuing_body\` text,
  	\`licence_valid_until\` text,
  	\`years_of_experience\` numeric,
  	\`active\` integer DEFAULT true,
  	\`sort_order\` numeric DEFAULT 100,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_photo_idx\` ON \`therapists\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`therapists_sort_order_idx\` ON \`therapists\` (\`sort_order\`);`)
  await db.run(
    sql`CREATE INDEX \`therapists_meta_meta_image_idx\` ON \`therapists\` (\`meta_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`therapists_updated_at_idx\` ON \`therapists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`therapists_created_at_idx\` ON \`therapists\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`therapists__status_idx\` ON \`therapists\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`therapists_locales\` (
  	\`slug\` text,
  	\`title\` text,
  	\`bio\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`therapists_slug_idx\` ON \`therapists_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`therapists_locales_locale_parent_id_unique\` ON \`therapists_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`modalities_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modalities_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_rels_order_idx\` ON \`therapists_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`therapists_rels_parent_idx\` ON \`therapists_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`therapists_rels_path_idx\` ON \`therapists_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`therapists_rels_modalities_id_idx\` ON \`therapists_rels\` (\`modalities_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_version_specialties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_specialties_order_idx\` ON \`_therapists_v_version_specialties\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_specialties_parent_id_idx\` ON \`_therapists_v_version_specialties\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_version_specialties_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapists_v_version_specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_therapists_v_version_specialties_locales_locale_parent_id_u\` ON \`_therapists_v_version_specialties_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_languages_order_idx\` ON \`_therapists_v_version_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_languages_parent_idx\` ON \`_therapists_v_version_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_photo_id\` text(36),
  	\`version_licence_type\` text,
  	\`version_licence_number\` text,
  	\`version_licence_issuing_body\` text,
  	\`version_licence_valid_until\` text,
  	\`version_years_of_experience\` numeric,
  	\`version_active\` integer DEFAULT true,
  	\`version_sort_order\` numeric DEFAULT 100,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapists_v_parent_idx\` ON \`_therapists_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_version_photo_idx\` ON \`_therapists_v\` (\`version_photo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_version_sort_order_idx\` ON \`_therapists_v\` (\`version_sort_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_meta_version_meta_image_idx\` ON \`_therapists_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_version_updated_at_idx\` ON \`_therapists_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_version_created_at_idx\` ON \`_therapists_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_version__status_idx\` ON \`_therapists_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_created_at_idx\` ON \`_therapists_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_updated_at_idx\` ON \`_therapists_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_snapshot_idx\` ON \`_therapists_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_published_locale_idx\` ON \`_therapists_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_therapists_v_latest_idx\` ON \`_therapists_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_therapists_v_locales\` (
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_bio\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_version_slug_idx\` ON \`_therapists_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_therapists_v_locales_locale_parent_id_unique\` ON \`_therapists_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	\`modalities_id\` text(36),
  	\`techniques_id\` text(36),
  	\`therapists_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modalities_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`techniques_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapists_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_modalities_id_idx\` ON \`payload_locked_documents_rels\` (\`modalities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_techniques_id_idx\` ON \`payload_locked_documents_rels\` (\`techniques_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_therapists_id_idx\` ON \`payload_locked_documents_rels\` (\`therapists_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`closed\` integer DEFAULT false,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_opening_hours_order_idx\` ON \`site_settings_opening_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_opening_hours_parent_id_idx\` ON \`site_settings_opening_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_social_links_order_idx\` ON \`site_settings_social_links\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_social_links_parent_id_idx\` ON \`site_settings_social_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings\` (
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
  	\`default_seo_image_id\` text(36),
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_default_seo_default_seo_image_idx\` ON \`site_settings\` (\`default_seo_image_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`tagline\` text,
  	\`address_directions\` text,
  	\`default_seo_title\` text,
  	\`default_seo_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`services_options\`;`)
  await db.run(sql`DROP TABLE \`services_goals\`;`)
  await db.run(sql`DROP TABLE \`services_contraindications\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_options\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_contraindications\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`modalities_pressure\`;`)
  await db.run(sql`DROP TABLE \`modalities_indications\`;`)
  await db.run(sql`DROP TABLE \`modalities_indications_locales\`;`)
  await db.run(sql`DROP TABLE \`modalities_not_intended_for\`;`)
  await db.run(sql`DROP TABLE \`modalities_not_intended_for_locales\`;`)
  await db.run(sql`DROP TABLE \`modalities_benefits\`;`)
  await db.run(sql`DROP TABLE \`modalities_benefits_locales\`;`)
  await db.run(sql`DROP TABLE \`modalities_contraindications\`;`)
  await db.run(sql`DROP TABLE \`modalities_contraindications_locales\`;`)
  await db.run(sql`DROP TABLE \`modalities\`;`)
  await db.run(sql`DROP TABLE \`modalities_locales\`;`)
  await db.run(sql`DROP TABLE \`modalities_rels\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_pressure\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_indications\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_indications_locales\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_not_intended_for\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_not_intended_for_locales\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_benefits\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_benefits_locales\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_contraindications\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_contraindications_locales\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`techniques\`;`)
  await db.run(sql`DROP TABLE \`techniques_locales\`;`)
  await db.run(sql`DROP TABLE \`_techniques_v\`;`)
  await db.run(sql`DROP TABLE \`_techniques_v_locales\`;`)
  await db.run(sql`DROP TABLE \`therapists_specialties\`;`)
  await db.run(sql`DROP TABLE \`therapists_specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`therapists_languages\`;`)
  await db.run(sql`DROP TABLE \`therapists\`;`)
  await db.run(sql`DROP TABLE \`therapists_locales\`;`)
  await db.run(sql`DROP TABLE \`therapists_rels\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_version_specialties\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_version_specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`site_settings_social_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
}
