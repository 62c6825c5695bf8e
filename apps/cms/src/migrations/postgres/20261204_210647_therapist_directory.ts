import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_therapists_credentials_abbreviation" AS ENUM('MD', 'DO', 'PhD', 'PsyD', 'LCSW', 'LICSW', 'LMFT', 'LPC', 'LPCC', 'LMHC', 'LCPC', 'PMHNP', 'LADC', 'MSW', 'MA', 'MS', 'MPH', 'MFA', 'BA', 'CPC');
  CREATE TYPE "public"."enum_therapists_licences_type" AS ENUM('MD', 'DO', 'PhD', 'PsyD', 'LCSW', 'LICSW', 'LMFT', 'LPC', 'LPCC', 'LMHC', 'LCPC', 'PMHNP', 'LADC');
  CREATE TYPE "public"."enum_therapists_licences_state" AS ENUM('AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY');
  CREATE TYPE "public"."enum_therapists_insurers" AS ENUM('Aetna', 'Blue Cross Blue Shield', 'Cigna', 'UnitedHealthcare', 'Humana', 'Kaiser Permanente', 'Medicaid', 'Medicare', 'Optum', 'Magellan', 'Tricare');
  CREATE TYPE "public"."enum_therapists_formats" AS ENUM('in-person', 'video', 'phone');
  CREATE TYPE "public"."enum_therapists_languages" AS ENUM('English', 'Spanish', 'Mandarin', 'Cantonese', 'Vietnamese', 'Tagalog', 'Korean', 'Arabic', 'French', 'Haitian Creole', 'Portuguese', 'Russian', 'Hindi', 'Polish', 'German', 'American Sign Language');
  CREATE TYPE "public"."enum_therapists_ages" AS ENUM('children', 'teens', 'adults', 'older-adults');
  CREATE TYPE "public"."enum_therapists_ethnicities" AS ENUM('Asian', 'Black', 'Hispanic and Latinx', 'Middle Eastern', 'Native American', 'Pacific Islander', 'White', 'Multiracial');
  CREATE TYPE "public"."enum_therapists_states_online" AS ENUM('AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY');
  CREATE TYPE "public"."enum_therapists_verification_status" AS ENUM('pending', 'verified', 'rejected', 'expired', 'paused');
  CREATE TYPE "public"."enum_therapists_gender" AS ENUM('woman', 'man', 'non-binary');
  CREATE TYPE "public"."enum_therapists_sexuality" AS ENUM('Bisexual', 'Gay', 'Lesbian', 'Queer', 'Straight');
  CREATE TYPE "public"."enum_therapists_faith" AS ENUM('Buddhist', 'Christian', 'Hindu', 'Jewish', 'Muslim', 'Sikh');
  CREATE TYPE "public"."enum_therapists_office_state" AS ENUM('AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY');
  CREATE TABLE "therapists_credentials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"abbreviation" "enum_therapists_credentials_abbreviation" NOT NULL
  );
  
  CREATE TABLE "therapists_licences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_therapists_licences_type" NOT NULL,
  	"state" "enum_therapists_licences_state" NOT NULL,
  	"number" varchar NOT NULL,
  	"expiry" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "therapists_insurers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_therapists_insurers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapists_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_therapists_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapists_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_therapists_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapists_ages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_therapists_ages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapists_ethnicities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_therapists_ethnicities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapists_states_online" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_therapists_states_online",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "therapists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"pronouns" varchar,
  	"owner_id" integer,
  	"verification_status" "enum_therapists_verification_status" DEFAULT 'pending' NOT NULL,
  	"verification_note" varchar,
  	"verification_by_id" integer,
  	"verification_at" timestamp(3) with time zone,
  	"verification_verified_at" timestamp(3) with time zone,
  	"npi" varchar,
  	"photo_id" integer,
  	"help_with" varchar NOT NULL,
  	"approach" varchar,
  	"about_me" varchar,
  	"fee_min" numeric,
  	"fee_max" numeric,
  	"sliding_scale" boolean DEFAULT false,
  	"gender" "enum_therapists_gender",
  	"sexuality" "enum_therapists_sexuality",
  	"faith" "enum_therapists_faith",
  	"office_city" varchar,
  	"office_state" "enum_therapists_office_state",
  	"office_zip" varchar,
  	"office_latitude" numeric,
  	"office_longitude" numeric,
  	"accepting_new_clients" boolean DEFAULT false,
  	"accepting_confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "therapists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "therapists_id" integer;
  ALTER TABLE "therapists_credentials" ADD CONSTRAINT "therapists_credentials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_licences" ADD CONSTRAINT "therapists_licences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_insurers" ADD CONSTRAINT "therapists_insurers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_formats" ADD CONSTRAINT "therapists_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_languages" ADD CONSTRAINT "therapists_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_ages" ADD CONSTRAINT "therapists_ages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_ethnicities" ADD CONSTRAINT "therapists_ethnicities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_states_online" ADD CONSTRAINT "therapists_states_online_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_owner_id_directory_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."directory_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_verification_by_id_users_id_fk" FOREIGN KEY ("verification_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists_rels" ADD CONSTRAINT "therapists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_rels" ADD CONSTRAINT "therapists_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "therapists_credentials_order_idx" ON "therapists_credentials" USING btree ("_order");
  CREATE INDEX "therapists_credentials_parent_id_idx" ON "therapists_credentials" USING btree ("_parent_id");
  CREATE INDEX "therapists_licences_order_idx" ON "therapists_licences" USING btree ("_order");
  CREATE INDEX "therapists_licences_parent_id_idx" ON "therapists_licences" USING btree ("_parent_id");
  CREATE INDEX "therapists_insurers_order_idx" ON "therapists_insurers" USING btree ("order");
  CREATE INDEX "therapists_insurers_parent_idx" ON "therapists_insurers" USING btree ("parent_id");
  CREATE INDEX "therapists_formats_order_idx" ON "therapists_formats" USING btree ("order");
  CREATE INDEX "therapists_formats_parent_idx" ON "therapists_formats" USING btree ("parent_id");
  CREATE INDEX "therapists_languages_order_idx" ON "therapists_languages" USING btree ("order");
  CREATE INDEX "therapists_languages_parent_idx" ON "therapists_languages" USING btree ("parent_id");
  CREATE INDEX "therapists_ages_order_idx" ON "therapists_ages" USING btree ("order");
  CREATE INDEX "therapists_ages_parent_idx" ON "therapists_ages" USING btree ("parent_id");
  CREATE INDEX "therapists_ethnicities_order_idx" ON "therapists_ethnicities" USING btree ("order");
  CREATE INDEX "therapists_ethnicities_parent_idx" ON "therapists_ethnicities" USING btree ("parent_id");
  CREATE INDEX "therapists_states_online_order_idx" ON "therapists_states_online" USING btree ("order");
  CREATE INDEX "therapists_states_online_parent_idx" ON "therapists_states_online" USING btree ("parent_id");
  CREATE UNIQUE INDEX "therapists_slug_idx" ON "therapists" USING btree ("slug");
  CREATE UNIQUE INDEX "therapists_owner_idx" ON "therapists" USING btree ("owner_id");
  CREATE INDEX "therapists_verification_verification_status_idx" ON "therapists" USING btree ("verification_status");
  CREATE INDEX "therapists_verification_verification_by_idx" ON "therapists" USING btree ("verification_by_id");
  CREATE INDEX "therapists_photo_idx" ON "therapists" USING btree ("photo_id");
  CREATE INDEX "therapists_office_office_zip_idx" ON "therapists" USING btree ("office_zip");
  CREATE INDEX "therapists_updated_at_idx" ON "therapists" USING btree ("updated_at");
  CREATE INDEX "therapists_created_at_idx" ON "therapists" USING btree ("created_at");
  CREATE INDEX "therapists_rels_order_idx" ON "therapists_rels" USING btree ("order");
  CREATE INDEX "therapists_rels_parent_idx" ON "therapists_rels" USING btree ("parent_id");
  CREATE INDEX "therapists_rels_path_idx" ON "therapists_rels" USING btree ("path");
  CREATE INDEX "therapists_rels_topics_id_idx" ON "therapists_rels" USING btree ("topics_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_therapists_fk" FOREIGN KEY ("therapists_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_therapists_id_idx" ON "payload_locked_documents_rels" USING btree ("therapists_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "therapists_credentials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_licences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_insurers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_formats" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_ages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_ethnicities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_states_online" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "therapists_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "therapists_credentials" CASCADE;
  DROP TABLE "therapists_licences" CASCADE;
  DROP TABLE "therapists_insurers" CASCADE;
  DROP TABLE "therapists_formats" CASCADE;
  DROP TABLE "therapists_languages" CASCADE;
  DROP TABLE "therapists_ages" CASCADE;
  DROP TABLE "therapists_ethnicities" CASCADE;
  DROP TABLE "therapists_states_online" CASCADE;
  DROP TABLE "therapists" CASCADE;
  DROP TABLE "therapists_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_therapists_fk";
  
  DROP INDEX "payload_locked_documents_rels_therapists_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "therapists_id";
  DROP TYPE "public"."enum_therapists_credentials_abbreviation";
  DROP TYPE "public"."enum_therapists_licences_type";
  DROP TYPE "public"."enum_therapists_licences_state";
  DROP TYPE "public"."enum_therapists_insurers";
  DROP TYPE "public"."enum_therapists_formats";
  DROP TYPE "public"."enum_therapists_languages";
  DROP TYPE "public"."enum_therapists_ages";
  DROP TYPE "public"."enum_therapists_ethnicities";
  DROP TYPE "public"."enum_therapists_states_online";
  DROP TYPE "public"."enum_therapists_verification_status";
  DROP TYPE "public"."enum_therapists_gender";
  DROP TYPE "public"."enum_therapists_sexuality";
  DROP TYPE "public"."enum_therapists_faith";
  DROP TYPE "public"."enum_therapists_office_state";`)
}
