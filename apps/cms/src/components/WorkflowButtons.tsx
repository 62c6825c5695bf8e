'use client'

import {
  Button,
  PublishButton,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { workflowStateLabels, type WorkflowState } from '../lib/workflowLabels'
import { workflowCss } from './workflowStyles'

type Roles = { roles?: string[] | null }

function useWorkflow() {
  const { user } = useAuth()
  const roles = (user as Roles | null)?.roles ?? []
  const state = useFormFields(([fields]) => fields.workflowState?.value) as WorkflowState | undefined
  return {
    state: state ?? 'draft',
    writer: roles.includes('writer'),
    reviewer: roles.includes('reviewer'),
    editor: roles.includes('editor') || roles.includes('admin'),
    admin: roles.includes('admin'),
  }
}

/**
 * The workflow's steps on the edit view, in place of picking a value in the "Workflow" list (which
 * is read-only in the admin): "Submit for review" saves the form as it is and submits it; a clinical
 * reviewer is sent to the review screen; an editor is told when a version is approved and waiting.
 */
export function WorkflowButtons() {
  const { state, writer, reviewer, editor } = useWorkflow()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()

  const submitForReview = async () => {
    const search = '?depth=0&draft=true'
    const result = await submit({
      action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}${search}` }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', workflowState: 'in_review' },
      disableSuccessStatus: true,
      skipValidation: true,
    })
    // A refusal was already shown as the form's error toast, naming the field.
    if (result?.res?.ok) toast.success('Submitted for review: the clinical reviewers have been emailed.')
  }

  const canSubmit = (writer || editor) && ['draft', 'changes_requested', 'published'].includes(state)
  const reviewHref = id
    ? formatAdminURL({ adminRoute, path: `/collections/${collectionSlug}/${id}/review` })
    : null

  return (
    <div className="haven-workflow-bar">
      <style>{workflowCss}</style>
      <span className={`haven-pill haven-pill--${state}`} id="workflow-state">
        {workflowStateLabels[state]}
      </span>
      {canSubmit ? (
        <Button
          buttonStyle="secondary"
          id="action-submit-for-review"
          onClick={() => void submitForReview()}
          size="medium"
          type="button"
        >
          Submit for review
        </Button>
      ) : null}
      {reviewer && state === 'in_review' && reviewHref ? (
        <Button buttonStyle="primary" el="link" id="action-open-review" size="medium" to={reviewHref}>
          Open the review
        </Button>
      ) : null}
      {editor && state === 'approved' ? <span>Approved: ready to publish or schedule.</span> : null}
    </div>
  )
}

/**
 * Payload's Publish button (with its "Schedule publish"), for those who may publish: editors once a
 * version is approved (or to publish a change that needs no review), admins always (their override
 * needs a written reason). Writers and reviewers get a sentence instead of a button that would only
 * be refused.
 */
export function PublishGate() {
  const { state, editor, admin } = useWorkflow()
  if (admin || (editor && (state === 'approved' || state === 'published'))) return <PublishButton />
  if (editor)
    return (
      <span className="haven-meta" id="publish-waits">
        Publishing waits for a clinical reviewer’s approval (this version is{' '}
        {workflowStateLabels[state].toLowerCase()}).
      </span>
    )
  return null
}
