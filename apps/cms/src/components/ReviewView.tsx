import type { DocumentViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { capabilitiesOf, workflowStateLabels, type WorkflowState } from '../lib/workflow'
import { articlePreviewUrl } from '../lib/preview'
import { reviewData } from '../lib/reviewData'
import type { BodyRow, ReadableArticle } from '../lib/reviewView'
import type { Part } from '../lib/textDiff'
import { ReviewActions } from './ReviewActions'
import { workflowCss } from './workflowStyles'

const day = (iso?: string | null) =>
  iso
    ? new Date(iso).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : '—'

function Words({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.op === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.op === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  )
}

const rowText = (row: BodyRow) => [row.text, row.detail].filter(Boolean).join(' — ')

/** The body as readers will read it: headings, paragraphs, lists, and each block in its own box. */
function ReaderBody({ rows }: { rows: BodyRow[] }) {
  const out: ReactNode[] = []
  let list: string[] = []
  const flush = () => {
    if (list.length)
      out.push(
        <ul key={`list-${out.length}`}>
          {list.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>,
      )
    list = []
  }
  rows.forEach((row, i) => {
    if (row.kind === 'list-item') return void list.push(row.text)
    flush()
    if (row.kind === 'heading')
      out.push(row.label === 'Subheading' ? <h3 key={i}>{row.text}</h3> : <h2 key={i}>{row.text}</h2>)
    else if (row.kind === 'paragraph') out.push(<p key={i}>{row.text}</p>)
    else if (row.kind === 'quote') out.push(<blockquote key={i}>{row.text}</blockquote>)
    else
      out.push(
        <div className="haven-box" key={i}>
          <strong>{row.label}</strong>
          {row.kind === 'offers' && row.detail ? <p>{row.detail}</p> : null}
          <p>{row.text}</p>
          {row.kind !== 'offers' && row.detail ? (
            <details>
              <summary>Transcript</summary>
              {row.detail}
            </details>
          ) : null}
        </div>,
      )
  })
  flush()
  return <>{out}</>
}

function ReaderPreview({ article, heroUrl }: { article: ReadableArticle; heroUrl: string | null }) {
  return (
    <article className="haven-reader" aria-label="As readers will see it">
      <h1>{article.title}</h1>
      <p>
        <strong>{article.summary}</strong>
      </p>
      <p className="haven-meta">
        By {article.authors.join(', ') || '—'} · Clinically reviewed by {article.reviewers.join(', ') || '—'}
        {article.topics.length ? ` · ${article.topics.join(', ')}` : ''}
      </p>
      {heroUrl ? <img src={heroUrl} alt={article.heroImage} /> : null}
      <ReaderBody rows={article.body} />
      {article.sources.length ? (
        <>
          <h2>Sources</h2>
          <ol>
            {article.sources.map((source, i) => (
              <li key={i}>{source}</li>
            ))}
          </ol>
        </>
      ) : null}
    </article>
  )
}

/**
 * The clinical review screen (`/admin/collections/articles/:id/review`): the working version as
 * readers will see it, what changed since the last approved version (words, headings, offers,
 * sources, people), and Approve / Request changes as its only actions (ReviewActions, which posts to
 * `/api/articles/:id/workflow`). Everything is read as the signed-in user.
 */
export async function ReviewView({ initPageResult, payload, user }: DocumentViewServerProps) {
  const id = initPageResult.docID
  if (id === undefined || !user) return null
  const can = capabilitiesOf(user)
  const { doc, current, approved, changes } = await reviewData(payload, id, user)
  const state = (doc.workflowState as WorkflowState | undefined) ?? 'draft'
  const hero = doc.heroImage as { url?: string } | null
  const previewUrl = await articlePreviewUrl(doc, { req: initPageResult.req } as never)
  const refusal = !can.reviewer
    ? 'Only a clinical reviewer approves or requests changes; this screen shows you what they will review.'
    : state !== 'in_review'
      ? `This version is ${workflowStateLabels[state].toLowerCase()}: only an article in review can be approved or sent back.`
      : null
  const { body, sources } = changes
  return (
    <div className="haven-review">
      <style>{workflowCss}</style>
      <main>
        <section aria-labelledby="review-changes" className="haven-diff">
          <h2 id="review-changes">
            {approved
              ? `What changed since the version approved on ${day(approved.at)}${approved.reviewer ? ` by ${approved.reviewer}` : ''}`
              : 'First review: no version was approved before, so everything is new'}
          </h2>
          {!changes.any ? <p>Nothing readers see has changed since that version.</p> : null}
          {changes.text.map((change) => (
            <div className="haven-row haven-row--changed" key={change.field}>
              <span className="haven-label">{change.field}</span>
              <Words parts={change.parts} />
            </div>
          ))}
          {changes.people.map((change) => (
            <div className="haven-row haven-row--changed" key={change.field}>
              <span className="haven-label">{change.field}</span>
              {change.added.length ? <ins>added {change.added.join(', ')}</ins> : null}
              {change.added.length && change.removed.length ? '; ' : null}
              {change.removed.length ? <del>removed {change.removed.join(', ')}</del> : null}
            </div>
          ))}
          {body.some((row) => row.op !== 'same') ? <h3>Body</h3> : null}
          {body.map((row, i) =>
            row.op === 'same' ? null : (
              <div className={`haven-row haven-row--${row.op}`} key={i}>
                <span className="haven-label">
                  {(row.op === 'removed' ? row.before : row.after).label}{' '}
                  {row.op === 'added' ? 'added' : row.op === 'removed' ? 'removed' : 'changed'}
                </span>
                {row.op === 'changed' ? (
                  <Words parts={row.parts ?? []} />
                ) : row.op === 'added' ? (
                  <ins>{rowText(row.after)}</ins>
                ) : (
                  <del>{rowText(row.before)}</del>
                )}
              </div>
            ),
          )}
          {sources.some((row) => row.op !== 'same') ? <h3>Sources</h3> : null}
          {sources.map((row, i) =>
            row.op === 'same' ? null : (
              <div className={`haven-row haven-row--${row.op}`} key={i}>
                <span className="haven-label">
                  Source {row.op === 'added' ? 'added' : row.op === 'removed' ? 'removed' : 'changed'}
                </span>
                {row.op === 'changed' ? (
                  <Words parts={row.parts ?? []} />
                ) : row.op === 'added' ? (
                  <ins>{row.after}</ins>
                ) : (
                  <del>{row.before}</del>
                )}
              </div>
            ),
          )}
        </section>
        <section aria-labelledby="review-reader">
          <h2 id="review-reader">As readers will see it</h2>
          {previewUrl ? (
            <p>
              <a href={previewUrl} target="_blank" rel="noreferrer">
                Open the preview on the reader site
              </a>{' '}
              (the same page with the site’s own layout).
            </p>
          ) : null}
          <ReaderPreview
            article={current}
            heroUrl={hero && typeof hero === 'object' ? (hero.url ?? null) : null}
          />
        </section>
      </main>
      <aside>
        <div className="haven-card">
          <h3>
            Clinical review{' '}
            <span className={`haven-pill haven-pill--${state}`}>{workflowStateLabels[state]}</span>
          </h3>
          {typeof doc.reviewNote === 'string' && doc.reviewNote ? (
            <div className="haven-note">
              <strong>Last review note</strong>
              <p>{doc.reviewNote}</p>
            </div>
          ) : null}
          <ReviewActions id={String(id)} refusal={refusal} />
        </div>
      </aside>
    </div>
  )
}
