import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`therapists_credentials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`abbreviation\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_credentials_order_idx\` ON \`therapists_credentials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_credentials_parent_id_idx\` ON \`therapists_credentials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_licences\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`number\` text NOT NULL,
  	\`expiry\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_licences_order_idx\` ON \`therapists_licences\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_licences_parent_id_idx\` ON \`therapists_licences\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_insurers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_insurers_order_idx\` ON \`therapists_insurers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_insurers_parent_idx\` ON \`therapists_insurers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_formats_order_idx\` ON \`therapists_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_formats_parent_idx\` ON \`therapists_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_languages_order_idx\` ON \`therapists_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_languages_parent_idx\` ON \`therapists_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_ages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_ages_order_idx\` ON \`therapists_ages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_ages_parent_idx\` ON \`therapists_ages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_ethnicities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_ethnicities_order_idx\` ON \`therapists_ethnicities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_ethnicities_parent_idx\` ON \`therapists_ethnicities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists_states_online\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_states_online_order_idx\` ON \`therapists_states_online\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_states_online_parent_idx\` ON \`therapists_states_online\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`pronouns\` text,
  	\`owner_id\` integer,
  	\`verification_status\` text DEFAULT 'pending' NOT NULL,
  	\`verification_note\` text,
  	\`verification_by_id\` integer,
  	\`verification_at\` text,
  	\`verification_verified_at\` text,
  	\`npi\` text,
  	\`photo_id\` integer,
  	\`help_with\` text NOT NULL,
  	\`approach\` text,
  	\`about_me\` text,
  	\`fee_min\` numeric,
  	\`fee_max\` numeric,
  	\`sliding_scale\` integer DEFAULT false,
  	\`gender\` text,
  	\`sexuality\` text,
  	\`faith\` text,
  	\`office_city\` text,
  	\`office_state\` text,
  	\`office_zip\` text,
  	\`office_latitude\` numeric,
  	\`office_longitude\` numeric,
  	\`accepting_new_clients\` integer DEFAULT false,
  	\`accepting_confirmed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`directory_members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verification_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapists_slug_idx\` ON \`therapists\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`therapists_owner_idx\` ON \`therapists\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`therapists_verification_verification_status_idx\` ON \`therapists\` (\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`therapists_verification_verification_by_idx\` ON \`therapists\` (\`verification_by_id\`);`)
  await db.run(sql`CREATE INDEX \`therapists_photo_idx\` ON \`therapists\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`therapists_office_office_zip_idx\` ON \`therapists\` (\`office_zip\`);`)
  await db.run(sql`CREATE INDEX \`therapists_updated_at_idx\` ON \`therapists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`therapists_created_at_idx\` ON \`therapists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`therapists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapists_rels_order_idx\` ON \`therapists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapists_rels_parent_idx\` ON \`therapists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`therapists_rels_path_idx\` ON \`therapists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`therapists_rels_topics_id_idx\` ON \`therapists_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`therapists_id\` integer REFERENCES therapists(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_therapists_id_idx\` ON \`payload_locked_documents_rels\` (\`therapists_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`therapists_credentials\`;`)
  await db.run(sql`DROP TABLE \`therapists_licences\`;`)
  await db.run(sql`DROP TABLE \`therapists_insurers\`;`)
  await db.run(sql`DROP TABLE \`therapists_formats\`;`)
  await db.run(sql`DROP TABLE \`therapists_languages\`;`)
  await db.run(sql`DROP TABLE \`therapists_ages\`;`)
  await db.run(sql`DROP TABLE \`therapists_ethnicities\`;`)
  await db.run(sql`DROP TABLE \`therapists_states_online\`;`)
  await db.run(sql`DROP TABLE \`therapists\`;`)
  await db.run(sql`DROP TABLE \`therapists_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`people_id\` integer,
  	\`topics_id\` integer,
  	\`partners_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`directory_members_id\` integer,
  	\`subscribers_id\` integer,
  	\`outbox_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	\`import_records_id\` integer,
  	\`forms_id\` integer,
  	\`form_submissions_id\` integer,
  	\`redirects_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directory_members_id\`) REFERENCES \`directory_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_records_id\`) REFERENCES \`import_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "people_id", "topics_id", "partners_id", "pages_id", "media_id", "users_id", "directory_members_id", "subscribers_id", "outbox_id", "rate_limit_hits_id", "import_records_id", "forms_id", "form_submissions_id", "redirects_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "people_id", "topics_id", "partners_id", "pages_id", "media_id", "users_id", "directory_members_id", "subscribers_id", "outbox_id", "rate_limit_hits_id", "import_records_id", "forms_id", "form_submissions_id", "redirects_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directory_members_id_idx\` ON \`payload_locked_documents_rels\` (\`directory_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_records_id_idx\` ON \`payload_locked_documents_rels\` (\`import_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
}
