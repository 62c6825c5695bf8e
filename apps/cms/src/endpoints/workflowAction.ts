import { Forbidden, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { isStaff } from '../access/isStaff'
import { collections } from '../slugs'

/** The workflow's steps as buttons: each is one save of the article's working version. */
export const workflowActions = ['submit', 'approve', 'request_changes'] as const
export type WorkflowAction = (typeof workflowActions)[number]

const bodySchema = z.object({
  action: z.enum(workflowActions, {
    error: `action: must be one of ${workflowActions.join(', ')}`,
  }),
  note: z.string({ error: 'note: must be text' }).max(4000, 'note: at most 4000 characters').optional(),
})

/** What each action saves; the workflow hook decides whether this user may (and says why not). */
const dataFor = (action: WorkflowAction, note: string | undefined): Record<string, unknown> => {
  const reviewNote = note?.trim() ? { reviewNote: note.trim() } : {}
  if (action === 'submit') return { workflowState: 'in_review' }
  if (action === 'approve') return { workflowState: 'approved', ...reviewNote }
  // An empty note is sent as empty so the hook refuses it on "Review note", the field that is missing.
  return { workflowState: 'changes_requested', reviewNote: note?.trim() ?? '' }
}

const done: Record<WorkflowAction, string> = {
  submit: 'Submitted for review: the clinical reviewers have been emailed.',
  approve: 'Approved: editors have been emailed and can now publish or schedule this version.',
  request_changes: 'Changes requested: the writers have been emailed your note.',
}

const badRequest = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })

async function jsonOf(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * `POST /api/articles/:id/workflow` with `{ action, note? }`: submit for review, approve, or request
 * changes (with a note), as the signed-in user. It saves only the workflow's own fields, through the
 * same workflow hook as any other save, so a refusal is the hook's sentence naming the field
 * (`Not saved: Workflow: only a clinical reviewer may approve or request changes`), answered in
 * Payload's error shape with status 400. Staff only: anyone else gets 403.
 */
export const workflowAction: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new Forbidden(req.t)
    const parsed = bodySchema.safeParse(await jsonOf(req))
    if (!parsed.success)
      return badRequest(parsed.error.issues.map((issue) => issue.message).join('; ') || 'send JSON')
    const { action, note } = parsed.data
    const id = String(req.routeParams?.id ?? '')
    const doc = await req.payload.update({
      collection: collections.articles,
      id: /^\d+$/.test(id) ? Number(id) : id,
      data: dataFor(action, note) as never,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json(
      { message: done[action], doc: { id: doc.id, workflowState: doc.workflowState, _status: doc._status } },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
