import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_missing_translations_order_idx\` ON \`services_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_missing_translations_parent_idx\` ON \`services_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_missing_translations_order_idx\` ON \`_services_v_version_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_missing_translations_parent_idx\` ON \`_services_v_version_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modalities_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`modalities_missing_translations_order_idx\` ON \`modalities_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`modalities_missing_translations_parent_idx\` ON \`modalities_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modalities_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_modalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_missing_translations_order_idx\` ON \`_modalities_v_version_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modalities_v_version_missing_translations_parent_idx\` ON \`_modalities_v_version_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`techniques_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`techniques_missing_translations_order_idx\` ON \`techniques_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`techniques_missing_translations_parent_idx\` ON \`techniques_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_techniques_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_techniques_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_missing_translations_order_idx\` ON \`_techniques_v_version_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_techniques_v_version_missing_translations_parent_idx\` ON \`_techniques_v_version_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`therapists_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`therapists_missing_translations_order_idx\` ON \`therapists_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`therapists_missing_translations_parent_idx\` ON \`therapists_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_therapists_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_therapists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_missing_translations_order_idx\` ON \`_therapists_v_version_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_therapists_v_version_missing_translations_parent_idx\` ON \`_therapists_v_version_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`media_missing_translations_order_idx\` ON \`media_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_missing_translations_parent_idx\` ON \`media_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`modality_id\` text(36),
  	\`service_id\` text(36),
  	FOREIGN KEY (\`modality_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`comparisons_items_order_idx\` ON \`comparisons_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_items_parent_id_idx\` ON \`comparisons_items\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_items_modality_idx\` ON \`comparisons_items\` (\`modality_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_items_service_idx\` ON \`comparisons_items\` (\`service_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_items_locales\` (
  	\`verdict\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`comparisons_items_locales_locale_parent_id_unique\` ON \`comparisons_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`attribute\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`comparisons_rows_order_idx\` ON \`comparisons_rows\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_rows_parent_id_idx\` ON \`comparisons_rows\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_rows_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`comparisons_rows_locales_locale_parent_id_unique\` ON \`comparisons_rows_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comparisons_faq_order_idx\` ON \`comparisons_faq\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`comparisons_faq_parent_id_idx\` ON \`comparisons_faq\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`comparisons_faq_locales_locale_parent_id_unique\` ON \`comparisons_faq_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`comparisons_missing_translations_order_idx\` ON \`comparisons_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_missing_translations_parent_idx\` ON \`comparisons_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comparisons\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`image_id\` text(36),
  	\`kind\` text DEFAULT 'modalities',
  	\`sort_order\` numeric DEFAULT 100,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comparisons_image_idx\` ON \`comparisons\` (\`image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`comparisons_sort_order_idx\` ON \`comparisons\` (\`sort_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_meta_meta_image_idx\` ON \`comparisons\` (\`meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_updated_at_idx\` ON \`comparisons\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comparisons_created_at_idx\` ON \`comparisons\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`comparisons__status_idx\` ON \`comparisons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`comparisons_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`intro\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`comparisons_slug_idx\` ON \`comparisons_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`comparisons_locales_locale_parent_id_unique\` ON \`comparisons_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`modality_id\` text(36),
  	\`service_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`modality_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_items_order_idx\` ON \`_comparisons_v_version_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_items_parent_id_idx\` ON \`_comparisons_v_version_items\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_items_modality_idx\` ON \`_comparisons_v_version_items\` (\`modality_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_items_service_idx\` ON \`_comparisons_v_version_items\` (\`service_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_items_locales\` (
  	\`verdict\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_comparisons_v_version_items_locales_locale_parent_id_unique\` ON \`_comparisons_v_version_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`attribute\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_rows_order_idx\` ON \`_comparisons_v_version_rows\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_rows_parent_id_idx\` ON \`_comparisons_v_version_rows\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_rows_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v_version_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_comparisons_v_version_rows_locales_locale_parent_id_unique\` ON \`_comparisons_v_version_rows_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_faq_order_idx\` ON \`_comparisons_v_version_faq\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_faq_parent_id_idx\` ON \`_comparisons_v_version_faq\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v_version_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_comparisons_v_version_faq_locales_locale_parent_id_unique\` ON \`_comparisons_v_version_faq_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_missing_translations_order_idx\` ON \`_comparisons_v_version_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_missing_translations_parent_idx\` ON \`_comparisons_v_version_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_comparisons_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_image_id\` text(36),
  	\`version_kind\` text DEFAULT 'modalities',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_parent_idx\` ON \`_comparisons_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_version_image_idx\` ON \`_comparisons_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_version_sort_order_idx\` ON \`_comparisons_v\` (\`version_sort_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_meta_version_meta_image_idx\` ON \`_comparisons_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_version_updated_at_idx\` ON \`_comparisons_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_version_created_at_idx\` ON \`_comparisons_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_version__status_idx\` ON \`_comparisons_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_created_at_idx\` ON \`_comparisons_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_updated_at_idx\` ON \`_comparisons_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_snapshot_idx\` ON \`_comparisons_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_published_locale_idx\` ON \`_comparisons_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_comparisons_v_latest_idx\` ON \`_comparisons_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_comparisons_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_intro\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_comparisons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_comparisons_v_version_version_slug_idx\` ON \`_comparisons_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_comparisons_v_locales_locale_parent_id_unique\` ON \`_comparisons_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`promotions_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`promotions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`promotions_missing_translations_order_idx\` ON \`promotions_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`promotions_missing_translations_parent_idx\` ON \`promotions_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`promotions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`banner_id\` text(36),
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Jakarta',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Jakarta',
  	\`discount_type\` text DEFAULT 'percentage',
  	\`percent_off\` numeric,
  	\`amount_off_idr\` numeric,
  	\`package_duration_minutes\` numeric,
  	\`package_price_idr\` numeric,
  	\`applies_to_all\` integer DEFAULT false,
  	\`promo_code\` text,
  	\`featured\` integer DEFAULT false,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`banner_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`promotions_banner_idx\` ON \`promotions\` (\`banner_id\`);`)
  await db.run(
    sql`CREATE INDEX \`promotions_meta_meta_image_idx\` ON \`promotions\` (\`meta_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`promotions_updated_at_idx\` ON \`promotions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`promotions_created_at_idx\` ON \`promotions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`promotions__status_idx\` ON \`promotions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`promotions_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`terms\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`promotions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`promotions_slug_idx\` ON \`promotions_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`promotions_locales_locale_parent_id_unique\` ON \`promotions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`promotions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`promotions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`promotions_rels_order_idx\` ON \`promotions_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`promotions_rels_parent_idx\` ON \`promotions_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`promotions_rels_path_idx\` ON \`promotions_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`promotions_rels_services_id_idx\` ON \`promotions_rels\` (\`services_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_promotions_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_promotions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_missing_translations_order_idx\` ON \`_promotions_v_version_missing_translations\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_missing_translations_parent_idx\` ON \`_promotions_v_version_missing_translations\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_promotions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_banner_id\` text(36),
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Jakarta',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Jakarta',
  	\`version_discount_type\` text DEFAULT 'percentage',
  	\`version_percent_off\` numeric,
  	\`version_amount_off_idr\` numeric,
  	\`version_package_duration_minutes\` numeric,
  	\`version_package_price_idr\` numeric,
  	\`version_applies_to_all\` integer DEFAULT false,
  	\`version_promo_code\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`promotions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_banner_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_promotions_v_parent_idx\` ON \`_promotions_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_version_banner_idx\` ON \`_promotions_v\` (\`version_banner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_meta_version_meta_image_idx\` ON \`_promotions_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_version_updated_at_idx\` ON \`_promotions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_version_created_at_idx\` ON \`_promotions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_version__status_idx\` ON \`_promotions_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_created_at_idx\` ON \`_promotions_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_updated_at_idx\` ON \`_promotions_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_snapshot_idx\` ON \`_promotions_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_published_locale_idx\` ON \`_promotions_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_promotions_v_latest_idx\` ON \`_promotions_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`_promotions_v_autosave_idx\` ON \`_promotions_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_promotions_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_terms\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_promotions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_promotions_v_version_version_slug_idx\` ON \`_promotions_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_promotions_v_locales_locale_parent_id_unique\` ON \`_promotions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_promotions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_promotions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_promotions_v_rels_order_idx\` ON \`_promotions_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_rels_parent_idx\` ON \`_promotions_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_rels_path_idx\` ON \`_promotions_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_promotions_v_rels_services_id_idx\` ON \`_promotions_v_rels\` (\`services_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comparisons_id\` text(36) REFERENCES comparisons(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`promotions_id\` text(36) REFERENCES promotions(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`comparisons_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_promotions_id_idx\` ON \`payload_locked_documents_rels\` (\`promotions_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`services_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`modalities_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_modalities_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`techniques_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_techniques_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`therapists_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_therapists_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`media_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`comparisons_items\`;`)
  await db.run(sql`DROP TABLE \`comparisons_items_locales\`;`)
  await db.run(sql`DROP TABLE \`comparisons_rows\`;`)
  await db.run(sql`DROP TABLE \`comparisons_rows_locales\`;`)
  await db.run(sql`DROP TABLE \`comparisons_faq\`;`)
  await db.run(sql`DROP TABLE \`comparisons_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`comparisons_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`comparisons\`;`)
  await db.run(sql`DROP TABLE \`comparisons_locales\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_rows\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_rows_locales\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_locales\`;`)
  await db.run(sql`DROP TABLE \`promotions_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`promotions\`;`)
  await db.run(sql`DROP TABLE \`promotions_locales\`;`)
  await db.run(sql`DROP TABLE \`promotions_rels\`;`)
  await db.run(sql`DROP TABLE \`_promotions_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_promotions_v\`;`)
  await db.run(sql`DROP TABLE \`_promotions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_promotions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(
    sql`INSERT INTO \`__new_media\`("id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media\`;`,
  )
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	\`modalities_id\` text(36),
  	\`techniques_id\` text(36),
  	\`therapists_id\` text(36),
  	\`media_id\` text(36),
  	\`inquiries_id\` text(36),
  	\`slug_redirects_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modalities_id\`) REFERENCES \`modalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`techniques_id\`) REFERENCES \`techniques\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapists_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slug_redirects_id\`) REFERENCES \`slug_redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "modalities_id", "techniques_id", "therapists_id", "media_id", "inquiries_id", "slug_redirects_id", "users_id") SELECT "id", "order", "parent_id", "path", "services_id", "modalities_id", "techniques_id", "therapists_id", "media_id", "inquiries_id", "slug_redirects_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
    sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_slug_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_redirects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
}
