import { crisisNumberProblem } from '@haven/schemas'
import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { documentReferences, offerGroups, plainText, textOf, walk } from '../lib/lexical'
import { refusalError } from '../lib/refusal'
import { collections } from '../slugs'

type Problem = { path: string; message: string }

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.slug ?? doc.id)

/** Phone numbers that must never appear in text: a crisis line comes from the crisis-resources global. */
const superseded = /\b1?[-. (]*800[-. )]*273[-. ]*(8255|talk)\b/i

/**
 * Rules on the body that need the database: internal links and further reading must point at
 * existing documents (published ones, when this document is published); every offers group needs an
 * active partner; no retired crisis number in the text. Keeps `references` (what the body points at)
 * so that a referenced document cannot be deleted or unpublished from under a published page.
 */
export const validateReferences: CollectionBeforeChangeHook = async ({
  collection,
  data,
  req,
  originalDoc,
}) => {
  const body = data.body ?? originalDoc?.body
  if (!body) return data
  const publishing = data._status === 'published'
  const problems: Problem[] = []

  const refs = documentReferences(body)
  for (const ref of refs) {
    const found = await req.payload.find({
      collection: ref.relationTo as CollectionSlug,
      where: { id: { equals: ref.id } },
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const target = found.docs[0] as Record<string, unknown> | undefined
    const what = ref.via === 'link' ? `the link "${ref.label}"` : 'a further-reading entry'
    if (!target) {
      problems.push({
        path: 'body',
        message: `body: ${what} points at ${ref.relationTo} ${ref.id}, which does not exist`,
      })
    } else if (
      publishing &&
      '_status' in target &&
      target._status !== 'published' &&
      // The latest version may be a draft over a published one: readers still see the published one.
      (
        await req.payload.count({
          collection: ref.relationTo as CollectionSlug,
          where: { and: [{ id: { equals: ref.id } }, { _status: { equals: 'published' } }] },
          overrideAccess: true,
          req,
        })
      ).totalDocs === 0
    ) {
      problems.push({
        path: 'body',
        message: `body: cannot publish while ${what} points at the unpublished ${ref.relationTo} "${titleOf(target)}"`,
      })
    }
  }

  for (const [index, group] of offerGroups(body).entries()) {
    const name = group.title ? `"${group.title}"` : `#${index + 1}`
    if (group.partnerIds.length === 0) {
      problems.push({
        path: 'body',
        message: `body: partner offers group ${name} has no partner; add at least one active partner`,
      })
      continue
    }
    const { docs } = await req.payload.find({
      collection: collections.partners,
      where: { id: { in: group.partnerIds } },
      depth: 0,
      draft: true,
      limit: group.partnerIds.length,
      overrideAccess: true,
      req,
    })
    const inactive = docs.filter((p) => !p.active).map((p) => `"${p.name}"`)
    if (docs.length < new Set(group.partnerIds.map(String)).size) {
      problems.push({
        path: 'body',
        message: `body: partner offers group ${name} refers to a partner that does not exist`,
      })
    }
    if (inactive.length) {
      problems.push({
        path: 'body',
        message: `body: partner offers group ${name} includes inactive ${inactive.join(', ')}; inactive partners cannot be added`,
      })
    }
  }

  const text = plainText(body)
  if (superseded.test(text)) {
    problems.push({
      path: 'body',
      message: `body: 800-273-8255 was superseded by 988; crisis numbers come from Crisis resources, not the text`,
    })
  }
  for (const match of text.matchAll(/\b(?:call|dial|text)\s+(\d{3})\b/gi)) {
    const reason = crisisNumberProblem('US', match[1]!)
    if (reason && match[1] !== '911' && match[1] !== '988')
      problems.push({ path: 'body', message: `body: "${match[0]}": ${reason}` })
  }

  // A link readers tap to call or text dials a number the text need not show.
  walk(body, (node) => {
    const url = node.fields?.url
    if ((node.type !== 'link' && node.type !== 'autolink') || typeof url !== 'string') return
    if (!/^(tel|sms):/i.test(url.trim())) return
    const digits = url.replace(/\D/g, '')
    const reason = superseded.test(digits)
      ? '800-273-8255 was superseded by 988'
      : digits.length === 3 && digits !== '911' && digits !== '988'
        ? crisisNumberProblem('US', digits)
        : null
    if (reason)
      problems.push({
        path: 'body',
        message: `body: the link "${textOf(node)}" dials ${url.trim()}: ${reason}; crisis numbers come from Crisis resources`,
      })
  })

  if (problems.length) throw refusalError(req, { collection: collection.slug as CollectionSlug }, problems)
  return { ...data, references: [...new Set(refs.map((r) => `${r.relationTo}:${r.id}`))] }
}
