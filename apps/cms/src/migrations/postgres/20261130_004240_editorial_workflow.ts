import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_history_change" AS ENUM('published', 'updated', 'reviewed', 'published-without-review');
  CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_history_change" AS ENUM('published', 'updated', 'reviewed', 'published-without-review');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TABLE "articles_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"change" "enum_articles_history_change",
  	"published_by_name" varchar,
  	"published_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "_articles_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"change" "enum__articles_v_version_history_change",
  	"published_by_name" varchar,
  	"published_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_state" "enum_articles_workflow_state" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "review_note" varchar;
  ALTER TABLE "articles" ADD COLUMN "internal_notes" varchar;
  ALTER TABLE "articles" ADD COLUMN "publish_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "approval_approved_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "approval_reviewer_id" integer;
  ALTER TABLE "articles" ADD COLUMN "approval_approved_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "approval_fingerprint" varchar;
  ALTER TABLE "articles" ADD COLUMN "next_review_due" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "published_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_internal_notes" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_publish_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_approved_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_reviewer_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_published_fingerprint" varchar;
  ALTER TABLE "users" ADD COLUMN "person_id" integer;
  ALTER TABLE "articles_history" ADD CONSTRAINT "articles_history_published_by_id_people_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_history" ADD CONSTRAINT "articles_history_reviewed_by_id_people_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_history" ADD CONSTRAINT "articles_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_history" ADD CONSTRAINT "_articles_v_version_history_published_by_id_people_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_history" ADD CONSTRAINT "_articles_v_version_history_reviewed_by_id_people_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_history" ADD CONSTRAINT "_articles_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_history_order_idx" ON "articles_history" USING btree ("_order");
  CREATE INDEX "articles_history_parent_id_idx" ON "articles_history" USING btree ("_parent_id");
  CREATE INDEX "articles_history_published_by_idx" ON "articles_history" USING btree ("published_by_id");
  CREATE INDEX "articles_history_reviewed_by_idx" ON "articles_history" USING btree ("reviewed_by_id");
  CREATE INDEX "_articles_v_version_history_order_idx" ON "_articles_v_version_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_history_parent_id_idx" ON "_articles_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_history_published_by_idx" ON "_articles_v_version_history" USING btree ("published_by_id");
  CREATE INDEX "_articles_v_version_history_reviewed_by_idx" ON "_articles_v_version_history" USING btree ("reviewed_by_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_approval_approved_by_id_users_id_fk" FOREIGN KEY ("approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_approval_reviewer_id_people_id_fk" FOREIGN KEY ("approval_reviewer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_approval_approved_by_id_users_id_fk" FOREIGN KEY ("version_approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_approval_reviewer_id_people_id_fk" FOREIGN KEY ("version_approval_reviewer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_approval_approval_approved_by_idx" ON "articles" USING btree ("approval_approved_by_id");
  CREATE INDEX "articles_approval_approval_reviewer_idx" ON "articles" USING btree ("approval_reviewer_id");
  CREATE INDEX "articles_next_review_due_idx" ON "articles" USING btree ("next_review_due");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_approval_version_approval_approved_b_idx" ON "_articles_v" USING btree ("version_approval_approved_by_id");
  CREATE INDEX "_articles_v_version_approval_version_approval_reviewer_idx" ON "_articles_v" USING btree ("version_approval_reviewer_id");
  CREATE INDEX "_articles_v_version_version_next_review_due_idx" ON "_articles_v" USING btree ("version_next_review_due");
  CREATE INDEX "users_person_idx" ON "users" USING btree ("person_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_history" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_history" CASCADE;
  DROP TABLE "_articles_v_version_history" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_approval_approved_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_approval_reviewer_id_people_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_approval_approved_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_approval_reviewer_id_people_id_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_person_id_people_id_fk";
  
  DROP INDEX "articles_workflow_state_idx";
  DROP INDEX "articles_approval_approval_approved_by_idx";
  DROP INDEX "articles_approval_approval_reviewer_idx";
  DROP INDEX "articles_next_review_due_idx";
  DROP INDEX "_articles_v_version_version_workflow_state_idx";
  DROP INDEX "_articles_v_version_approval_version_approval_approved_b_idx";
  DROP INDEX "_articles_v_version_approval_version_approval_reviewer_idx";
  DROP INDEX "_articles_v_version_version_next_review_due_idx";
  DROP INDEX "users_person_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_state";
  ALTER TABLE "articles" DROP COLUMN "review_note";
  ALTER TABLE "articles" DROP COLUMN "internal_notes";
  ALTER TABLE "articles" DROP COLUMN "publish_reason";
  ALTER TABLE "articles" DROP COLUMN "approval_approved_by_id";
  ALTER TABLE "articles" DROP COLUMN "approval_reviewer_id";
  ALTER TABLE "articles" DROP COLUMN "approval_approved_at";
  ALTER TABLE "articles" DROP COLUMN "approval_fingerprint";
  ALTER TABLE "articles" DROP COLUMN "next_review_due";
  ALTER TABLE "articles" DROP COLUMN "published_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_articles_v" DROP COLUMN "version_internal_notes";
  ALTER TABLE "_articles_v" DROP COLUMN "version_publish_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_approved_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_reviewer_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_approved_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_next_review_due";
  ALTER TABLE "_articles_v" DROP COLUMN "version_published_fingerprint";
  ALTER TABLE "users" DROP COLUMN "person_id";
  DROP TYPE "public"."enum_articles_history_change";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_history_change";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";`)
}
