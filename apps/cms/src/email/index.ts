import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { CmsEnv } from '../env-schema'
import { outboxAdapter } from './outboxAdapter'

/** Nodemailer over SMTP when `SMTP_HOST` is set; otherwise the outbox collection. */
export function emailAdapter(env: CmsEnv): EmailAdapter | Promise<EmailAdapter> {
  const from = {
    defaultFromAddress: env.EMAIL_FROM_ADDRESS ?? 'hello@haven.test',
    defaultFromName: env.EMAIL_FROM_NAME ?? 'Haven',
  }
  if (!env.SMTP_HOST) return outboxAdapter(from) as EmailAdapter
  return nodemailerAdapter({
    ...from,
    transportOptions: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ?? 587,
      secure: env.SMTP_SECURE ?? false,
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } } : {}),
    },
  })
}
