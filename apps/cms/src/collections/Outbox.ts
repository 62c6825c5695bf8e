import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access/adminsOnly'
import { nobody } from '../access/nobody'
import { collections } from '../slugs'

/**
 * Email that was "sent" without an SMTP server (see email/outboxAdapter.ts): developers read it in the
 * admin, tests through the Local API. Admins only, since messages carry readers' addresses and links.
 */
export const Outbox: CollectionConfig = {
  slug: collections.outbox,
  labels: { singular: 'Outbox message', plural: 'Outbox' },
  admin: {
    group: 'Readers',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    description: 'Email written here instead of being sent, because no SMTP server is configured.',
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    { name: 'to', type: 'text', required: true, index: true },
    { name: 'from', type: 'text' },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'html', type: 'textarea' },
    { name: 'headers', type: 'json' },
  ],
}
