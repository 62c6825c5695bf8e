import { missingCitations, sourceFieldRules } from '@haven/schemas'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { walk } from '../../lib/lexical'

type SourceRow = { title?: unknown; publisher?: unknown; url?: unknown }

/** The text of every text node of a body (blocks' own bodies included), each on its own. */
function textNodes(body: unknown): string[] {
  const texts: string[] = []
  walk(body, (node) => {
    if (node.type === 'text' && typeof node.text === 'string') texts.push(node.text)
  })
  return texts
}

/**
 * Citations protect readers, so they hold on every save, drafts included (a preview shows drafts):
 * every `[^n]` in the body names one of the article's sources, and every source row names a work
 * (title, publisher and https URL), since a draft may otherwise leave required fields empty.
 */
export const validateCitations: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const body = data.body ?? originalDoc?.body
  const sources = (data.sources ?? originalDoc?.sources ?? []) as SourceRow[]
  const errors: { path: string; message: string }[] = []

  sources.forEach((row, index) => {
    for (const field of ['title', 'publisher', 'url'] as const) {
      const problem = sourceFieldRules[field](row?.[field])
      if (problem === 'is required')
        errors.push({
          path: `sources.${index}.${field}`,
          message: `sources ${index + 1} › ${field}: is required, in a draft too (remove the row if it cites nothing)`,
        })
    }
  })

  if (body) {
    for (const n of missingCitations(textNodes(body), sources.length)) {
      errors.push({
        path: 'body',
        message:
          sources.length === 0
            ? `body: cites source [^${n}], but the article has no sources; add it under Sources or remove the citation`
            : `body: cites source [^${n}], but the article has ${sources.length} source${sources.length === 1 ? '' : 's'} (numbered 1 to ${sources.length}); add it under Sources or fix the number`,
      })
    }
  }

  if (errors.length) throw new ValidationError({ errors, req }, req.t)
  return data
}
