import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access/adminsOnly'
import { nobody } from '../access/nobody'
import { confirm, counts, subscribe, unsubscribe } from '../endpoints/newsletter'
import { collections } from '../slugs'

/**
 * Newsletter subscribers, filled only through double opt-in (endpoints/newsletter.ts). Addresses are
 * for admins; editors see counts (`GET /api/subscribers/counts`), never who reads what.
 */
export const Subscribers: CollectionConfig = {
  slug: collections.subscribers,
  admin: {
    group: 'Readers',
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'confirmedAt'],
    description: 'Only addresses whose owner confirmed by email receive the newsletter.',
  },
  access: { read: adminsOnly, create: nobody, update: adminsOnly, delete: adminsOnly },
  endpoints: [subscribe, confirm, unsubscribe, counts],
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: collections.topics,
      hasMany: true,
      admin: { description: 'Topics of interest the reader chose.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Waiting for confirmation', value: 'pending' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Unsubscribed', value: 'unsubscribed' },
      ],
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
    // Only the hash of the one-time confirmation token is stored.
    { name: 'confirmTokenHash', type: 'text', index: true, hidden: true },
    { name: 'confirmTokenExpiresAt', type: 'date', hidden: true },
  ],
}
