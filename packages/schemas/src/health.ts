import { z } from 'zod'

import { databaseKinds } from './env'

/** `GET /api/health` on the CMS. */
export const cmsHealthSchema = z.object({
  status: z.enum(['ok', 'error']),
  service: z.literal('cms'),
  database: z.object({
    kind: z.enum(databaseKinds),
    ok: z.boolean(),
    latencyMs: z.number().nonnegative(),
    error: z.string().optional(),
  }),
  time: z.iso.datetime(),
})
export type CmsHealth = z.infer<typeof cmsHealthSchema>

/** `GET /api/health` on the web app: itself, and whether the CMS answers. */
export const webHealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  service: z.literal('web'),
  cms: z.object({
    ok: z.boolean(),
    latencyMs: z.number().nonnegative(),
    error: z.string().optional(),
  }),
  time: z.iso.datetime(),
})
export type WebHealth = z.infer<typeof webHealthSchema>
