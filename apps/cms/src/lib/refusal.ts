import { ValidationError, type CollectionSlug, type GlobalSlug, type PayloadRequest } from 'payload'
import { toWords } from 'payload/shared'

/** One broken rule: the field's path and a message that starts with it (`body: …`). */
export type Problem = { path: string; message: string }

type Target = { collection: CollectionSlug } | { global: GlobalSlug }

/** The label the admin shows for a top-level field (`workflowState` → "Workflow"), or its name in words. */
function labelOf(req: PayloadRequest, target: Target, path: string): string {
  const name = path.split('.')[0]!
  const fields =
    'collection' in target
      ? req.payload.collections[target.collection]?.config.flattenedFields
      : req.payload.globals.config.find((g) => g.slug === target.global)?.flattenedFields
  const label = fields?.find((field) => field.name === name)?.label
  return typeof label === 'string' ? label : toWords(name.replace(/^_/, ''))
}

/**
 * A refusal whose message is the reason, not Payload's "The following field is invalid: workflowState".
 * The admin shows `errors[0].message` of a failed save as its toast, reading it as "intro: item, item"
 * (text up to the first colon, then one line per comma), so the message is "Not saved: Label: reason"
 * with each problem one item and no commas inside an item. `data.errors` keep the path and the original
 * message, which the admin puts beside the field and scripts read.
 */
export function refusalError(req: PayloadRequest, target: Target, problems: Problem[]): ValidationError {
  const error = new ValidationError(
    { errors: problems, req, ...('global' in target ? { global: target.global } : {}) },
    req.t,
  )
  const items = problems.map(({ path, message }) => {
    const reason = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message
    return `${labelOf(req, target, path)}: ${reason.replace(/\s*,\s*/g, '; ')}`
  })
  error.message = `Not saved: ${items.join(', ')}`
  return error
}
