import type { Field } from 'payload'

import { adminsOnlyField } from '../access/adminsOnlyField'
import { staffOnlyField } from '../access/staffOnlyField'
import { historyChanges, workflowStateLabels, workflowStates } from '../lib/workflow'
import { collections } from '../slugs'

const derived = { readOnly: true, position: 'sidebar' } as const
const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } as const

/**
 * The editorial workflow's fields on an article (see collections/Articles/workflowHook.ts, which keeps them).
 * What readers may see (`history`, `nextReviewDue`) is public; review notes, approvals and internal notes are for staff.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowState',
    label: 'Workflow',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: workflowStates.map((value) => ({ value, label: workflowStateLabels[value] })),
    access: { read: staffOnlyField },
    admin: {
      position: 'sidebar',
      // Changed by the workflow's buttons (Submit for review; Approve / Request changes on the Review
      // tab; Publish), never picked from the list: the API still takes it.
      readOnly: true,
      description:
        'Writers press "Submit for review"; clinical reviewers approve or request changes on the Review tab; editors publish an approved version.',
    },
  },
  {
    name: 'reviewNote',
    label: 'Review note',
    type: 'textarea',
    maxLength: 4000,
    access: { read: staffOnlyField },
    admin: {
      position: 'sidebar',
      description: 'From the clinical reviewer to the writer; never shown to readers.',
    },
  },
  {
    name: 'internalNotes',
    type: 'textarea',
    maxLength: 4000,
    access: { read: staffOnlyField },
    admin: {
      position: 'sidebar',
      description: 'For the team; readers never see these, and editing them needs no review.',
    },
  },
  {
    name: 'publishReason',
    label: 'Reason to publish without approval',
    type: 'textarea',
    maxLength: 1000,
    access: { read: staffOnlyField, update: adminsOnlyField, create: adminsOnlyField },
    admin: {
      position: 'sidebar',
      description: 'Admins only: publishing unapproved content needs a written reason, shown in the history.',
    },
  },
  {
    name: 'approval',
    type: 'group',
    access: { read: staffOnlyField },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'approvedBy', type: 'relationship', relationTo: collections.users, admin: { readOnly: true } },
      { name: 'reviewer', type: 'relationship', relationTo: collections.people, admin: { readOnly: true } },
      { name: 'approvedAt', type: 'date', admin: { readOnly: true } },
      { name: 'fingerprint', type: 'text', admin: { hidden: true } },
    ],
  },
  {
    name: 'nextReviewDue',
    label: 'Next review due',
    type: 'date',
    index: true,
    // Readers see it beside "Last clinically reviewed"; anonymous requests only ever get published
    // articles (publishedOrStaff), so a draft's date never reaches them.
    admin: {
      ...derived,
      date: dayOnly,
      description: 'Last review plus the shortest review interval of its topics.',
    },
  },
  { name: 'publishedFingerprint', type: 'text', access: { read: staffOnlyField }, admin: { hidden: true } },
  {
    name: 'history',
    type: 'array',
    admin: {
      readOnly: true,
      description: 'Appended on every publication; shown to readers under the article.',
    },
    fields: [
      { name: 'date', type: 'date', required: true },
      {
        name: 'change',
        type: 'select',
        required: true,
        options: historyChanges.map((value) => ({ value, label: value })),
      },
      { name: 'publishedByName', type: 'text' },
      { name: 'publishedBy', type: 'relationship', relationTo: collections.people },
      { name: 'reviewedBy', type: 'relationship', relationTo: collections.people },
      { name: 'reviewedAt', type: 'date' },
      { name: 'reason', type: 'text' },
    ],
  },
]
