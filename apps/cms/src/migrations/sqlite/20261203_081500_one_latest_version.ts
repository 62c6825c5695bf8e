import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * One latest version per document, made impossible to break (issue 11, finding 12).
 *
 * Payload writes a version as an insert with `latest = true` followed by a separate
 * `UPDATE … SET latest = false` of the older ones (drizzle `createVersion`). Payload's SQLite adapter
 * runs without transactions (libsql is synchronous: a second connection waiting for the lock blocks
 * the whole server), so a CMS killed between the two statements left two latest versions, and two
 * saves of one document interleaving could clear each other's flag (none) or neither (two).
 *
 * These triggers move the flag inside the statement that writes it, which SQLite applies atomically:
 * inserting a latest version (or setting the flag) clears the flag of the document's other versions
 * in the same statement, and clearing the flag of a document's only latest version is ignored (so
 * Payload's trailing UPDATE of an interleaved save can never leave a document without one). A unique
 * index would refuse Payload's own insert-then-update order, hence triggers. Existing documents are
 * repaired first: the most recently updated latest version stays latest (the highest id on a tie),
 * and a document with none gets its newest version back as latest.
 */
const versionTables = ['_articles_v', '_pages_v', '_people_v', '_topics_v', '_partners_v'] as const

const statements = (t: string): string[] => [
  `UPDATE "${t}" SET latest = 0 WHERE latest = 1 AND EXISTS (
     SELECT 1 FROM "${t}" AS other WHERE other.parent_id = "${t}".parent_id AND other.latest = 1
       AND (other.updated_at > "${t}".updated_at OR (other.updated_at = "${t}".updated_at AND other.id > "${t}".id)))`,
  `UPDATE "${t}" SET latest = 1 WHERE id IN (
     SELECT (SELECT newest.id FROM "${t}" AS newest WHERE newest.parent_id = p.parent_id ORDER BY newest.updated_at DESC, newest.id DESC LIMIT 1)
     FROM (SELECT parent_id FROM "${t}" GROUP BY parent_id HAVING MAX(COALESCE(latest, 0)) = 0) AS p)`,
  `CREATE TRIGGER "${t}_latest_on_insert" AFTER INSERT ON "${t}" WHEN NEW.latest = 1
   BEGIN UPDATE "${t}" SET latest = 0 WHERE parent_id IS NEW.parent_id AND id != NEW.id AND latest = 1; END`,
  `CREATE TRIGGER "${t}_latest_on_update" AFTER UPDATE OF latest ON "${t}" WHEN NEW.latest = 1 AND OLD.latest IS NOT 1
   BEGIN UPDATE "${t}" SET latest = 0 WHERE parent_id IS NEW.parent_id AND id != NEW.id AND latest = 1; END`,
  `CREATE TRIGGER "${t}_keep_one_latest" BEFORE UPDATE OF latest ON "${t}"
   WHEN OLD.latest = 1 AND NEW.latest IS NOT 1 AND NOT EXISTS (
     SELECT 1 FROM "${t}" AS other WHERE other.parent_id IS OLD.parent_id AND other.id != OLD.id AND other.latest = 1)
   BEGIN SELECT RAISE(IGNORE); END`,
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of versionTables) for (const statement of statements(table)) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of versionTables)
    for (const trigger of ['latest_on_insert', 'latest_on_update', 'keep_one_latest'])
      await db.run(sql.raw(`DROP TRIGGER IF EXISTS "${table}_${trigger}"`))
}
