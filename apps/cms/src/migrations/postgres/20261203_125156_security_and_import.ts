import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_import_records_kind" AS ENUM('person', 'category', 'tag', 'media', 'article', 'page');
  CREATE TABLE "import_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"kind" "enum_import_records_kind" NOT NULL,
  	"wp_id" varchar NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"target_id" varchar,
  	"claim" varchar,
  	"hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_records_id" integer;
  CREATE UNIQUE INDEX "import_records_key_idx" ON "import_records" USING btree ("key");
  CREATE INDEX "import_records_source_idx" ON "import_records" USING btree ("source");
  CREATE INDEX "import_records_updated_at_idx" ON "import_records" USING btree ("updated_at");
  CREATE INDEX "import_records_created_at_idx" ON "import_records" USING btree ("created_at");
  CREATE UNIQUE INDEX "source_kind_wpId_idx" ON "import_records" USING btree ("source","kind","wp_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_records_fk" FOREIGN KEY ("import_records_id") REFERENCES "public"."import_records"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_import_records_id_idx" ON "payload_locked_documents_rels" USING btree ("import_records_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  ALTER TABLE "directory_members" DROP COLUMN "login_attempts";
  ALTER TABLE "directory_members" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_records" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_records" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_records_fk";
  
  DROP INDEX "payload_locked_documents_rels_import_records_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "directory_members" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "directory_members" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_records_id";
  DROP TYPE "public"."enum_import_records_kind";`)
}
