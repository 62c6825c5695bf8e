import type { SanitizedConfig } from 'payload'

import { nobody } from '../access/nobody'
import { staffOnly } from '../access/staffOnly'

/**
 * Access of the collections Payload adds itself, after its own defaults: those are "any signed-in
 * user", which would include directory members. Payload adds them while sanitizing, after every plugin
 * ran, so the only place to set their access is the sanitized config.
 * - `payload-locked-documents`: staff's request only (the admin's "being edited by" locks name staff).
 * - `payload-migrations`: nobody's over the API (migrations run on the database directly).
 * `payload-preferences` keeps Payload's rule (each user's own, matched by id and collection), and
 * `payload-jobs` / `payload-kv` are closed to every request by Payload already.
 */
export async function withInternalCollectionAccess(
  config: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const sanitized = await config
  const rules: Record<string, Partial<SanitizedConfig['collections'][number]['access']>> = {
    'payload-locked-documents': { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    'payload-migrations': { read: nobody, create: nobody, update: nobody, delete: nobody },
  }
  for (const collection of sanitized.collections) {
    const access = rules[collection.slug]
    if (access) collection.access = { ...collection.access, ...access }
  }
  return sanitized
}
