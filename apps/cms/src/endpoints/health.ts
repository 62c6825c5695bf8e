import type { CmsHealth } from '@haven/schemas'
import type { Endpoint } from 'payload'

import { env } from '../env'
import { collections } from '../slugs'

/** `GET /api/health`: 200 when the database answers a query, 503 when it does not. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    let error: string | undefined
    try {
      await req.payload.count({ collection: collections.users, overrideAccess: true })
    } catch (cause) {
      error = cause instanceof Error ? cause.message.split('\n')[0] : 'database query failed'
      req.payload.logger.error({ err: cause }, 'health check: database query failed')
    }
    const body: CmsHealth = {
      status: error ? 'error' : 'ok',
      service: 'cms',
      database: {
        kind: env.databaseKind,
        ok: !error,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        ...(error ? { error } : {}),
      },
      time: new Date().toISOString(),
    }
    return Response.json(body, { status: error ? 503 : 200, headers: { 'Cache-Control': 'no-store' } })
  },
}
