import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "consent_version" varchar DEFAULT '1';
  ALTER TABLE "site_settings" ADD COLUMN "consent_heading" varchar DEFAULT 'Your privacy on Haven';
  ALTER TABLE "site_settings" ADD COLUMN "consent_body" varchar DEFAULT 'We use only what the site needs to work unless you agree to more. Nothing else loads until you choose, and you can change your mind at any time from “Cookie settings” at the foot of every page.';
  ALTER TABLE "site_settings" ADD COLUMN "consent_necessary" varchar DEFAULT 'Keeps the site working and remembers this choice. Always on; it tells no one what you read.';
  ALTER TABLE "site_settings" ADD COLUMN "consent_media" varchar DEFAULT 'Lets videos from YouTube or Vimeo load inside articles. Those services may set their own cookies.';
  ALTER TABLE "site_settings" ADD COLUMN "consent_analytics" varchar DEFAULT 'Counts visits anonymously so we can see which articles help. Off unless you turn it on.';
  ALTER TABLE "site_settings" ADD COLUMN "consent_marketing" varchar DEFAULT 'Measures our advertising and partner offers. Off unless you turn it on.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_version" varchar DEFAULT '1';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_heading" varchar DEFAULT 'Your privacy on Haven';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_body" varchar DEFAULT 'We use only what the site needs to work unless you agree to more. Nothing else loads until you choose, and you can change your mind at any time from “Cookie settings” at the foot of every page.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_necessary" varchar DEFAULT 'Keeps the site working and remembers this choice. Always on; it tells no one what you read.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_media" varchar DEFAULT 'Lets videos from YouTube or Vimeo load inside articles. Those services may set their own cookies.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_analytics" varchar DEFAULT 'Counts visits anonymously so we can see which articles help. Off unless you turn it on.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_consent_marketing" varchar DEFAULT 'Measures our advertising and partner offers. Off unless you turn it on.';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "consent_version";
  ALTER TABLE "site_settings" DROP COLUMN "consent_heading";
  ALTER TABLE "site_settings" DROP COLUMN "consent_body";
  ALTER TABLE "site_settings" DROP COLUMN "consent_necessary";
  ALTER TABLE "site_settings" DROP COLUMN "consent_media";
  ALTER TABLE "site_settings" DROP COLUMN "consent_analytics";
  ALTER TABLE "site_settings" DROP COLUMN "consent_marketing";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_version";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_body";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_necessary";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_media";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_analytics";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_consent_marketing";`)
}
