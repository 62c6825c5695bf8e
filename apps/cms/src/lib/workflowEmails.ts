/**
 * Email that tells staff an article has entered their queue (submitted → its clinical reviewers;
 * approved → editors; changes requested → its writers) or that a clinical review has fallen due. Sent
 * through the configured adapter (SMTP, or the outbox without one). The builders are pure; the
 * recipients are read by `workflowRecipients`.
 */
import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'

import { env } from '../env'
import { collections } from '../slugs'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export type ArticleRef = { id: number | string; title: string }

export const reviewScreenUrl = (id: number | string) =>
  `${env.CMS_URL}/admin/collections/${collections.articles}/${id}/review`
export const editUrl = (id: number | string) =>
  `${env.CMS_URL}/admin/collections/${collections.articles}/${id}`

function message(subject: string, lines: string[], link: { url: string; label: string }): SendEmailOptions {
  return {
    subject,
    text: `${lines.join('\n\n')}\n\n${link.label}: ${link.url}`,
    html: `${lines.map((line) => `<p>${escape(line)}</p>`).join('')}<p><a href="${escape(link.url)}">${escape(link.label)}</a></p>`,
  }
}

export function submittedEmail(article: ArticleRef, by: string): SendEmailOptions {
  return message(
    `Review requested: ${article.title}`,
    [
      `${by} submitted "${article.title}" for clinical review.`,
      'Approve it, or request changes with a note.',
    ],
    { url: reviewScreenUrl(article.id), label: 'Open the review' },
  )
}

export function approvedEmail(article: ArticleRef, by: string): SendEmailOptions {
  return message(
    `Approved, waiting to publish: ${article.title}`,
    [`${by} approved "${article.title}".`, 'It is ready to publish or schedule.'],
    { url: editUrl(article.id), label: 'Open the article' },
  )
}

export function changesRequestedEmail(article: ArticleRef, by: string, note: string): SendEmailOptions {
  return message(
    `Changes requested: ${article.title}`,
    [`${by} asked for changes to "${article.title}":`, note, 'Revise it and submit it for review again.'],
    { url: editUrl(article.id), label: 'Open the article' },
  )
}

export function reviewDueEmail(article: ArticleRef & { nextReviewDue: string }): SendEmailOptions {
  const due = new Date(article.nextReviewDue).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return message(
    `Clinical review due: ${article.title}`,
    [
      `"${article.title}" was due for its clinical review on ${due}.`,
      'Readers see this date as "Next review due". Review it again, or ask its writer to revise it.',
    ],
    { url: editUrl(article.id), label: 'Open the article' },
  )
}

type UserRow = { id: number | string; email: string; person?: unknown }

const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}
export const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is string => id !== null)

/**
 * Staff who should hear of it: the accounts linked to `people` (an article's reviewers or writers),
 * or, when none of them has an account, everyone with `fallbackRole`. Never the person who acted.
 */
export async function workflowRecipients(
  payload: Payload,
  {
    people = [],
    role,
    fallbackRole,
    except,
    req,
  }: {
    people?: string[]
    role?: 'editor' | 'reviewer'
    fallbackRole?: 'reviewer'
    except?: number | string | null
    req?: PayloadRequest
  },
): Promise<string[]> {
  const find = async (where: Record<string, unknown>) =>
    (
      await payload.find({
        collection: collections.users,
        where: where as never,
        depth: 0,
        limit: 100,
        pagination: false,
        select: { email: true, person: true },
        overrideAccess: true,
        ...(req ? { req } : {}),
      })
    ).docs as unknown as UserRow[]
  let users: UserRow[] = []
  if (people.length)
    users = await find({ person: { in: people.map((id) => (/^\d+$/.test(id) ? Number(id) : id)) } })
  if (role) users = [...users, ...(await find({ roles: { contains: role } }))]
  if (users.length === 0 && fallbackRole) users = await find({ roles: { contains: fallbackRole } })
  const emails = users.filter((user) => String(user.id) !== String(except ?? '')).map((user) => user.email)
  return [...new Set(emails)]
}
