import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One latest version per document when saves of one document race (issue 11, finding 12).
 *
 * Payload writes a version as an insert with `latest = true`, then an `UPDATE … SET latest = false`
 * of the document's older versions, both in the save's transaction. Under PostgreSQL's READ COMMITTED
 * two concurrent saves of one document cannot see each other's uncommitted insert, so each clears the
 * older versions and both new ones commit as latest (two in 5 bursts of 24 concurrent saves in
 * `tests/pg/one-latest-version.pg.test.ts`). A trigger takes a transaction-scoped advisory lock on the
 * document before a version is inserted, so saves of one document queue behind each other: the second
 * inserts only after the first has committed, and its own clearing statement (and the trigger's, which
 * takes a fresh snapshot) then sees the first's version. Saves of different documents do not wait.
 * Existing documents are repaired first, as on SQLite: the most recently updated latest version stays
 * latest (the highest id on a tie), and a document with none gets its newest version back.
 */
const versionTables = ['_articles_v', '_pages_v', '_people_v', '_topics_v', '_partners_v'] as const

const statements = (t: string): string[] => [
  `UPDATE "${t}" SET latest = false WHERE latest AND EXISTS (
     SELECT 1 FROM "${t}" AS other WHERE other.parent_id = "${t}".parent_id AND other.latest
       AND (other.updated_at > "${t}".updated_at OR (other.updated_at = "${t}".updated_at AND other.id > "${t}".id)))`,
  `UPDATE "${t}" SET latest = true WHERE id IN (
     SELECT (SELECT newest.id FROM "${t}" AS newest WHERE newest.parent_id = p.parent_id ORDER BY newest.updated_at DESC, newest.id DESC LIMIT 1)
     FROM (SELECT parent_id FROM "${t}" GROUP BY parent_id HAVING NOT bool_or(COALESCE(latest, false))) AS p)`,
  `CREATE OR REPLACE FUNCTION "${t}_one_writer"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.parent_id IS NOT NULL THEN
       PERFORM pg_advisory_xact_lock(hashtext('${t}'), NEW.parent_id);
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE OR REPLACE FUNCTION "${t}_clear_others"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE "${t}" SET latest = false WHERE parent_id = NEW.parent_id AND id <> NEW.id AND latest;
     RETURN NULL;
   END $$`,
  `DROP TRIGGER IF EXISTS "${t}_one_writer" ON "${t}"`,
  `CREATE TRIGGER "${t}_one_writer" BEFORE INSERT ON "${t}" FOR EACH ROW EXECUTE FUNCTION "${t}_one_writer"()`,
  `DROP TRIGGER IF EXISTS "${t}_clear_others" ON "${t}"`,
  `CREATE TRIGGER "${t}_clear_others" AFTER INSERT ON "${t}" FOR EACH ROW WHEN (NEW.latest) EXECUTE FUNCTION "${t}_clear_others"()`,
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of versionTables) for (const statement of statements(table)) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of versionTables) {
    for (const trigger of ['one_writer', 'clear_others']) {
      await db.execute(sql.raw(`DROP TRIGGER IF EXISTS "${table}_${trigger}" ON "${table}"`))
      await db.execute(sql.raw(`DROP FUNCTION IF EXISTS "${table}_${trigger}"()`))
    }
  }
}
