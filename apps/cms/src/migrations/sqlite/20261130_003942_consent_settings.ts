import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_version\` text DEFAULT '1';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_heading\` text DEFAULT 'Your privacy on Haven';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_body\` text DEFAULT 'We use only what the site needs to work unless you agree to more. Nothing else loads until you choose, and you can change your mind at any time from “Cookie settings” at the foot of every page.';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_necessary\` text DEFAULT 'Keeps the site working and remembers this choice. Always on; it tells no one what you read.';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_media\` text DEFAULT 'Lets videos from YouTube or Vimeo load inside articles. Those services may set their own cookies.';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_analytics\` text DEFAULT 'Counts visits anonymously so we can see which articles help. Off unless you turn it on.';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_marketing\` text DEFAULT 'Measures our advertising and partner offers. Off unless you turn it on.';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_version\` text DEFAULT '1';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_heading\` text DEFAULT 'Your privacy on Haven';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_body\` text DEFAULT 'We use only what the site needs to work unless you agree to more. Nothing else loads until you choose, and you can change your mind at any time from “Cookie settings” at the foot of every page.';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_necessary\` text DEFAULT 'Keeps the site working and remembers this choice. Always on; it tells no one what you read.';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_media\` text DEFAULT 'Lets videos from YouTube or Vimeo load inside articles. Those services may set their own cookies.';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_analytics\` text DEFAULT 'Counts visits anonymously so we can see which articles help. Off unless you turn it on.';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_consent_marketing\` text DEFAULT 'Measures our advertising and partner offers. Off unless you turn it on.';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_heading\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_necessary\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_media\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_analytics\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_marketing\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_version\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_heading\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_necessary\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_media\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_analytics\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_consent_marketing\`;`)
}
