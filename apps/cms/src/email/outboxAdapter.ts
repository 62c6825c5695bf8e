import type { EmailAdapter, SendEmailOptions } from 'payload'

import { collections } from '../slugs'

type Address = string | { name?: string; address: string }

function formatAddresses(value: SendEmailOptions['to']): string {
  const list = (Array.isArray(value) ? value : value ? [value] : []) as Address[]
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

/**
 * An email adapter that delivers to the `outbox` collection instead of an SMTP server: what `npm start`
 * and the tests use when no SMTP settings are given, so every message can be read and followed.
 */
export function outboxAdapter({
  defaultFromAddress,
  defaultFromName,
}: {
  defaultFromAddress: string
  defaultFromName: string
}): EmailAdapter<{ id: string | number }> {
  return ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => {
      const from =
        typeof message.from === 'object' && message.from
          ? `${message.from.name ?? ''} <${message.from.address}>`.trim()
          : (message.from ?? `${defaultFromName} <${defaultFromAddress}>`)
      const doc = await payload.create({
        collection: collections.outbox,
        data: {
          to: formatAddresses(message.to),
          from,
          subject: String(message.subject ?? ''),
          text: typeof message.text === 'string' ? message.text : null,
          html: typeof message.html === 'string' ? message.html : null,
          headers: (message.headers as Record<string, string> | undefined) ?? null,
        },
        overrideAccess: true,
      })
      return { id: doc.id }
    },
  })
}
