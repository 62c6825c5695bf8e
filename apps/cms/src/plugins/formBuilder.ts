import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { nobody } from '../access/nobody'
import { submitForm } from '../endpoints/submitForm'
import { slugField } from '../fields/slug'
import { revalidateWeb } from '../hooks/revalidateWeb'

/**
 * Contact Us, Write for Us and any other reader form: built by editors in the admin (form-builder
 * plugin), shown on the static page with the same slug, submitted only through `submitForm` (validation,
 * honeypot, rate limits); submissions are listed in the admin for editors and admins only (readers
 * write about their own lives here; writers and reviewers have no need to read it).
 */
export const formBuilder = formBuilderPlugin({
  fields: {
    text: true,
    textarea: true,
    email: true,
    select: true,
    checkbox: true,
    message: true,
    number: false,
    country: false,
    state: false,
    date: false,
    payment: false,
    upload: false,
  },
  formOverrides: {
    admin: { group: 'Readers', description: 'A form appears on the static page whose slug it shares.' },
    access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
    hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
    fields: ({ defaultFields }) => [...defaultFields, slugField()],
  },
  formSubmissionOverrides: {
    admin: { group: 'Readers' },
    // Readers submit through the endpoint, never by creating documents directly.
    access: { create: nobody, read: editorsOnly, update: nobody, delete: editorsOnly },
    endpoints: [submitForm],
  },
})
