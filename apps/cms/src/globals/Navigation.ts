import type { ArrayField, Field, GlobalConfig } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { staffOnly } from '../access/staffOnly'
import { linkGroup } from '../fields/link'
import { revalidateGlobal } from '../hooks/revalidateWeb'
import { globals } from '../slugs'

/** Levels of the menu, as on the reference page (Mental Health › Personality Disorders › OCPD › OCD vs. OCPD). */
export const NAVIGATION_DEPTH = 4

// Short names: SQL identifiers stop at 63 characters and version tables join every level's name.
export const levelNames = ['items', 'children', 'grandchildren', 'leaves'] as const

function itemsField(level: number): ArrayField {
  // A short enum name: Postgres caps identifiers at 63 characters, and four levels of versions exceed it.
  const fields: Field[] = [
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    linkGroup({ enumName: `enum_nav_l${level}_link_type` }),
  ]
  if (level < NAVIGATION_DEPTH) fields.push(itemsField(level + 1))
  return {
    // Each level has its own name: nested arrays sharing one name collide in the SQL adapters' version tables.
    name: levelNames[level - 1]!,
    label: level === 1 ? 'Menu items' : `Level ${level} items`,
    type: 'array',
    maxRows: 40,
    admin: { initCollapsed: level > 1 },
    fields,
  }
}

/** The menu tree, rendered as the desktop mega menu, the mobile menu and (with topics) breadcrumbs. */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const Navigation: GlobalConfig = validateDrafts({
  slug: globals.navigation,
  admin: { group: 'Site' },
  access: { read: anyone, readVersions: staffOnly, update: editorsOnly },
  versions: { drafts: true, max: 50 },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [itemsField(1)],
})
