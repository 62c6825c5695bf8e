import type { WorkflowState } from './workflow'

export type { WorkflowState }

/**
 * The workflow states' labels for admin components that run in the browser: `workflow.ts` itself
 * imports `node:crypto` (the fingerprint), which a client bundle cannot. Typed by its states, so the
 * two cannot drift apart.
 */
export const workflowStateLabels: Record<WorkflowState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
}
