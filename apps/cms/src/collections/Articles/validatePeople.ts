import { isClinicalCredential } from '@haven/schemas'
import type { PayloadRequest, RelationshipFieldManyValidation } from 'payload'

import { idsOf } from '../../lib/workflow'
import type { Person } from '../../payload-types'
import { collections } from '../../slugs'

async function loadPeople(req: PayloadRequest, personIds: string[]): Promise<Map<string, Person>> {
  if (personIds.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: collections.people,
    where: { id: { in: personIds.map(Number) } },
    depth: 0,
    draft: true,
    limit: personIds.length,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((p) => [String(p.id), p]))
}

/** Each author must be a person with the writer role. */
export const validateAuthors: RelationshipFieldManyValidation = async (value, { req }) => {
  const wanted = idsOf(value)
  if (wanted.length === 0) return 'authors: choose at least one author'
  const people = await loadPeople(req, wanted)
  for (const id of wanted) {
    const person = people.get(id)
    if (!person) return `authors: person ${id} does not exist`
    if (!person.roles.includes('writer'))
      return `authors: "${person.name}" is not a writer; an author must be a person with the writer role`
  }
  return true
}

/** Each clinical reviewer must hold a clinical credential (and the reviewer role), and not be an author. */
export const validateReviewers: RelationshipFieldManyValidation = async (value, { req, siblingData }) => {
  const wanted = idsOf(value)
  const people = await loadPeople(req, wanted)
  const siblings = siblingData && typeof siblingData === 'object' ? siblingData : {}
  const authors = new Set(idsOf('authors' in siblings ? siblings.authors : undefined))
  for (const id of wanted) {
    const person = people.get(id)
    if (!person) return `reviewers: person ${id} does not exist`
    if (!(person.credentials ?? []).some((c) => isClinicalCredential(c.abbreviation))) {
      return `reviewers: "${person.name}" holds no clinical credential; a clinical reviewer must be licensed (e.g. MD, PsyD, LCSW, LMFT)`
    }
    if (!person.roles.includes('reviewer'))
      return `reviewers: "${person.name}" does not have the clinical reviewer role`
    if (authors.has(id))
      return `reviewers: "${person.name}" is an author of this article and cannot also review it`
  }
  return true
}
