import { validations, type Block, type Field, type Validate } from 'payload'

type Options = Parameters<Validate>[1] & { data?: { _status?: unknown } }

/** A save that is not publishing: a draft (the document's, or a global's, `_status`). */
const savingDraft = (options: Options) => options?.data?._status !== 'published'

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * A field whose rules also hold on drafts, except that a draft may leave it empty: the value a draft
 * does hold must pass the same length, slug, URL and reference rules as on publishing. Payload's own
 * default rule of the field type runs when the field has none of its own.
 */
function tolerant(field: Field): Field {
  if (!('name' in field) || field.type === 'group' || field.type === 'ui') return field
  const own = (field as { validate?: Validate }).validate
  // Payload's rule for the type (length of text, format of an email…), as it would apply it itself.
  const fallback = (validations as unknown as Record<string, Validate | undefined>)[field.type]
  const inner: Validate | undefined = own ?? fallback
  if (!inner) return field
  const validate: Validate = (value, options) => {
    if (!savingDraft(options as Options)) return inner(value, options)
    if (isEmpty(value)) return true
    return inner(value, { ...options, required: false } as typeof options)
  }
  return { ...field, validate } as Field
}

/** `fields`, every level down (groups, rows, tabs, arrays, blocks), with `tolerant` rules. */
export function draftTolerantFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    const withChildren = (() => {
      if ('fields' in field && Array.isArray(field.fields))
        return { ...field, fields: draftTolerantFields(field.fields) } as Field
      if (field.type === 'tabs')
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: draftTolerantFields(tab.fields) })),
        }
      if (field.type === 'blocks' && field.blocks)
        return { ...field, blocks: field.blocks.map(draftTolerantBlock) } as Field
      return field
    })()
    return tolerant(withChildren)
  })
}

/** A block (in a blocks field or a rich-text body) whose fields' rules hold on drafts as above. */
export function draftTolerantBlock(block: Block): Block {
  return { ...block, fields: draftTolerantFields(block.fields) }
}

type WithDrafts = {
  fields: Field[]
  versions?: boolean | { drafts?: boolean | Record<string, unknown>; [key: string]: unknown }
}

/**
 * Validates drafts too (Payload skips every field rule on a draft save by default, so a 5 MB title,
 * the slug `../../etc/passwd` or a `javascript:` link was stored), while a draft may still be
 * incomplete: required fields may stay empty until publishing (see `tolerant`).
 */
export function validateDrafts<T extends WithDrafts>(config: T): T {
  const versions = typeof config.versions === 'object' ? config.versions : {}
  const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
  return {
    ...config,
    versions: { ...versions, drafts: { ...drafts, validate: true } },
    fields: draftTolerantFields(config.fields),
  }
}
