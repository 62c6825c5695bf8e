import type { CollectionAfterChangeHook, SendEmailOptions } from 'payload'

import { afterCommit } from '../lib/afterCommit'
import {
  approvedEmail,
  changesRequestedEmail,
  idsOf,
  submittedEmail,
  workflowRecipients,
} from '../lib/workflowEmails'

type Doc = Record<string, unknown>

/**
 * Emails the people an article has just reached: its clinical reviewers when it is submitted, editors
 * when it is approved, its writers when changes are requested. Only on a change of state (a save that
 * keeps the state sends nothing), from any route (the review screen, the admin form, REST, GraphQL),
 * and after the commit, so a refused or rolled-back save sends nothing. The seed sends nothing.
 */
export const notifyWorkflow: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (req.context.seeding) return doc
  const current = doc as Doc
  const before = operation === 'create' ? undefined : (previousDoc as Doc | undefined)?.workflowState
  const state = current.workflowState
  if (state === before) return doc
  const user = req.user as { id?: number | string; name?: unknown; email?: unknown } | null
  const by = user ? String(user.name ?? user.email) : 'Haven'
  const article = { id: current.id as number | string, title: String(current.title ?? 'Untitled') }
  const except = user?.id ?? null
  let to: string[] = []
  let email: SendEmailOptions | null = null
  if (state === 'in_review') {
    to = await workflowRecipients(req.payload, {
      people: idsOf(current.reviewers),
      fallbackRole: 'reviewer',
      except,
      req,
    })
    email = submittedEmail(article, by)
  } else if (state === 'approved') {
    to = await workflowRecipients(req.payload, { role: 'editor', except, req })
    email = approvedEmail(article, by)
  } else if (state === 'changes_requested') {
    to = await workflowRecipients(req.payload, { people: idsOf(current.authors), except, req })
    email = changesRequestedEmail(article, by, String(current.reviewNote ?? ''))
  }
  if (!email || to.length === 0) return doc
  const send = email
  // One message per person: nobody learns who else was asked.
  await afterCommit(req, async () => {
    for (const address of to)
      await req.payload.sendEmail({ to: address, ...send }).catch((error: unknown) => {
        req.payload.logger.warn(
          `workflow email to ${address} failed: ${error instanceof Error ? error.message : String(error)}`,
        )
      })
  })
  return doc
}
