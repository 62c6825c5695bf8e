import { isClinicalCredential } from '@haven/schemas'
import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import {
  capabilitiesOf,
  contentFingerprint,
  decideWorkflow,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  idsOf,
  nextReviewDue,
  revertsToPublished,
  type WorkflowActor,
  type WorkflowInput,
} from '../../lib/workflow'
import { refusalError } from '../../lib/refusal'
import type { Article } from '../../payload-types'
import { collections } from '../../slugs'

/** The person the signed-in user acts as, and whether they hold a clinical credential. */
async function actorOf(req: PayloadRequest): Promise<WorkflowActor> {
  const user = req.user
  if (!user) return { user: null, person: null }
  const linked = 'person' in user ? user.person : null
  const id = typeof linked === 'object' && linked ? linked.id : linked
  if (id === null || id === undefined) return { user, person: null }
  const person = await req.payload.findByID({
    collection: collections.people,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!person) return { user, person: null }
  const clinical = (person.credentials ?? []).some((c) => isClinicalCredential(c.abbreviation ?? ''))
  return { user, person: { id: person.id, name: person.name, clinical } }
}

/** The shortest review interval of the article's topics, or the default. */
async function reviewIntervalMonths(
  req: PayloadRequest,
  topics: Article['topics'] | undefined,
): Promise<number> {
  const ids = idsOf(topics).map(Number)
  if (ids.length === 0) return DEFAULT_REVIEW_INTERVAL_MONTHS
  const { docs } = await req.payload.find({
    collection: collections.topics,
    where: { id: { in: ids } },
    depth: 0,
    draft: true,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  const months = docs
    .map((topic) => topic.reviewIntervalMonths)
    .filter((m): m is number => typeof m === 'number' && m > 0)
  return months.length ? Math.min(...months) : DEFAULT_REVIEW_INTERVAL_MONTHS
}

/**
 * The editorial workflow on every save of an article (REST, GraphQL, admin, Local API and scheduled
 * jobs alike): gathers what `decideWorkflow` (lib/workflow.ts) needs from the request and the database,
 * refuses the save with its reason or stores its answer. The seed (`req.context.seeding`) supplies
 * approvals and history itself.
 */
export const articleWorkflow: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (req.context.seeding) return data
  const input: WorkflowInput = {
    operation,
    before: operation === 'update' ? originalDoc : undefined,
    requested: data,
    actor: await actorOf(req),
    now: new Date(),
  }
  // A revert keeps the published document's approval: the draft's was for content that is now dropped.
  if (revertsToPublished(input) && originalDoc) {
    const main = await req.payload.db.findOne<Article>({
      collection: collections.articles,
      where: { id: { equals: originalDoc.id } },
      req,
    })
    input.publishedApproval = main?.approval ?? null
  }
  const decision = decideWorkflow(input)
  if (decision.errors.length) throw refusalError(req, { collection: collections.articles }, decision.errors)
  Object.assign(data, decision.fields, {
    workflowState: decision.next,
    approval: decision.approval,
    history: decision.history,
  })
  // `nextReviewDue` follows the last review and the article's topics (never the request).
  const lastReviewed = data.lastReviewedAt ? new Date(data.lastReviewedAt) : new Date()
  data.nextReviewDue = nextReviewDue(lastReviewed, await reviewIntervalMonths(req, data.topics)).toISOString()
  return data
}

/**
 * An update that names no `_status` must never unpublish an article by accident: Payload would take
 * the status of the latest version (a draft in review, say) and write it, with the draft's content, over
 * the published document. Such an update is saved as a draft when a draft is pending, and keeps the
 * document published otherwise. Only editors and admins may unpublish, or publish a published article
 * again; a writer or reviewer who tries to is told so.
 */
export const keepPublished: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  // The hook's `args` are typed for every operation at once; on `update` they are these.
  const update = args as typeof args & {
    id?: number | string
    data?: Partial<Article>
    draft?: boolean
    overrideAccess?: boolean
  }
  if (update.id === undefined || !update.data || update.draft) return args
  const main = await req.payload.db.findOne<Article>({
    collection: collections.articles,
    where: { id: { equals: update.id } },
    req,
  })
  if (main?._status !== 'published') return args
  if (update.data._status === undefined) {
    const { docs } = await req.payload.db.findVersions<Article>({
      collection: collections.articles,
      where: { and: [{ parent: { equals: update.id } }, { latest: { equals: true } }] },
      limit: 1,
      req,
    })
    if (docs[0]?.version?._status === 'draft') return { ...update, draft: true }
    return { ...update, data: { ...update.data, _status: 'published' } }
  }
  const can = capabilitiesOf(req.user)
  // Anyone but staff is refused by access, which says nothing of the article.
  if (!can.staff || can.publish || update.overrideAccess) return args
  if (update.data._status === 'draft') throw new Forbidden(req.t)
  // Access would answer a writer's or reviewer's publish with a bare 403; say why instead. The admin's
  // "Revert to published" sends the published document back as it is.
  if (update.data._status === 'published') {
    const reverting =
      update.data.workflowState === 'published' &&
      contentFingerprint(update.data) === main.publishedFingerprint
    throw refusalError(req, { collection: collections.articles }, [
      {
        path: '_status',
        message: reverting
          ? '_status: only editors and admins may revert to the published version; a writer revises the draft and a clinical reviewer requests changes with a note'
          : '_status: only editors and admins publish articles',
      },
    ])
  }
  return args
}
