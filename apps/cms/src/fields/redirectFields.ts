import { redirectTargetProblem } from '@haven/schemas'
import type { Field } from 'payload'

import { env } from '../env'

/** The old address of a redirect: a path on the reader site, with a single leading "/". */
function validateFrom(value: unknown): true | string {
  if (typeof value !== 'string' || !value.startsWith('/'))
    return 'from: the old address is a site path starting with "/" (e.g. /articles/old-slug)'
  const problem = redirectTargetProblem(value)
  return problem ? `from: ${problem}` : true
}

/** Where a custom redirect leads: the link rules of `redirectTargetProblem` (https, or a site path). */
function validateUrl(value: unknown, { siblingData }: { siblingData: { type?: string } }): true | string {
  if (siblingData?.type !== 'custom') return true
  // The site's own origins pass as on the web app (the CMS serves media files, http in development).
  const problem = redirectTargetProblem(value, [env.WEB_URL, env.CMS_URL])
  return problem ? `to.url: ${problem}` : true
}

/**
 * The redirects plugin's fields with Haven's rules on `from` and `to.url`. Refusals name the field;
 * internal references (an article or page) need no rule of their own: they are documents.
 */
export function redirectFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return defaultFields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'from' && field.type === 'text') return { ...field, validate: validateFrom }
    if (field.name === 'to' && field.type === 'group')
      return {
        ...field,
        fields: field.fields.map((inner) =>
          'name' in inner && inner.name === 'url' && inner.type === 'text'
            ? { ...inner, validate: validateUrl }
            : inner,
        ),
      }
    return field
  })
}
