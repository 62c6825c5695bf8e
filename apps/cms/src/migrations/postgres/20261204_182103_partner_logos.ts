import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "partners" ADD COLUMN "logo_id" integer;
  ALTER TABLE "_partners_v" ADD COLUMN "version_logo_id" integer;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "partners_logo_idx" ON "partners" USING btree ("logo_id");
  CREATE INDEX "_partners_v_version_version_logo_idx" ON "_partners_v" USING btree ("version_logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "partners" DROP CONSTRAINT "partners_logo_id_media_id_fk";
  
  ALTER TABLE "_partners_v" DROP CONSTRAINT "_partners_v_version_logo_id_media_id_fk";
  
  DROP INDEX "partners_logo_idx";
  DROP INDEX "_partners_v_version_version_logo_idx";
  ALTER TABLE "partners" DROP COLUMN "logo_id";
  ALTER TABLE "_partners_v" DROP COLUMN "version_logo_id";`)
}
