import { MAX_SOURCES, sourceFieldRules, type SourceField } from '@haven/schemas'
import type { ArrayField, FieldHook, Validate } from 'payload'

/**
 * A source field's rule from `@haven/schemas` (the web app parses with the same), with the refusal
 * naming the row and the field: `sources 2 › doi: "…" is not a DOI…`.
 */
function rule(field: SourceField): Validate {
  return (value, { path }) => {
    const problem = sourceFieldRules[field](value)
    if (!problem) return true
    const row = typeof path?.[1] === 'number' || /^\d+$/.test(String(path?.[1])) ? Number(path[1]) + 1 : null
    return `${row === null ? 'sources' : `sources ${row}`} › ${field}: ${problem}`
  }
}

type Row = { id?: unknown } | null | undefined

/**
 * Row ids are storage keys shared by every article's rows: an article copied over the API with its
 * rows' ids would collide with the original's (a database error). Only this article's own row ids are
 * kept; any other row gets a new id (ids are not content: the clinical fingerprint ignores them).
 */
const ownRowIds: FieldHook = ({ value, originalDoc }) => {
  if (!Array.isArray(value)) return value
  const own = new Set(((originalDoc?.sources ?? []) as Row[]).map((row) => row?.id).filter(Boolean))
  return (value as Row[]).map((row) => (row?.id && !own.has(row.id) ? { ...row, id: undefined } : row))
}

/**
 * The works an article cites, numbered from 1 in this order; the body cites source n as `[^n]`
 * (checked on every save by `validateCitations`). Clinical content: part of what a reviewer approves.
 */
export const sourcesField: ArrayField = {
  name: 'sources',
  type: 'array',
  maxRows: MAX_SOURCES,
  // Payload's own message for maxRows names no field.
  validate: (rows: unknown) =>
    Array.isArray(rows) && rows.length > MAX_SOURCES
      ? `sources: an article cites at most ${MAX_SOURCES} sources (got ${rows.length})`
      : true,
  labels: { singular: 'Source', plural: 'Sources' },
  hooks: { beforeChange: [ownRowIds] },
  admin: {
    description:
      'Numbered in this order: cite source 1 in the body as [^1] right after the words it supports. Only real, public works: never a study or a DOI you have not read.',
    initCollapsed: true,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, validate: rule('title') },
    {
      type: 'row',
      fields: [
        {
          name: 'publisher',
          label: 'Publisher or journal',
          type: 'text',
          required: true,
          maxLength: 300,
          validate: rule('publisher'),
        },
        {
          name: 'year',
          type: 'number',
          min: 1800,
          admin: { step: 1, description: 'Year of publication, if it has one.' },
          validate: rule('year'),
        },
      ],
    },
    {
      name: 'url',
      label: 'URL',
      type: 'text',
      required: true,
      validate: rule('url'),
      admin: { description: 'https:// address where readers can read it.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'doi',
          label: 'DOI',
          type: 'text',
          validate: rule('doi'),
          admin: { description: 'e.g. 10.1000/xyz123 (without https://doi.org/).' },
        },
        {
          name: 'pmid',
          label: 'PMID',
          type: 'text',
          validate: rule('pmid'),
          admin: { description: 'PubMed id: 1 to 8 digits.' },
        },
      ],
    },
  ],
}
