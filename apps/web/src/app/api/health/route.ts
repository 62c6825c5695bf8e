import { cmsHealthSchema, type WebHealth } from '@haven/schemas'

import { cmsGet } from '@/lib/cms'

export const dynamic = 'force-dynamic'

/** `GET /api/health`: 200 when the CMS answers its own health check, 503 (degraded) when it does not. */
export async function GET(): Promise<Response> {
  const started = performance.now()
  let error: string | undefined
  try {
    const cms = await cmsGet('/health', cmsHealthSchema, { fresh: true, timeoutMs: 3000 })
    if (cms.status !== 'ok')
      error = `CMS reports its database is down${cms.database.error ? `: ${cms.database.error}` : ''}`
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause)
  }
  const body: WebHealth = {
    status: error ? 'degraded' : 'ok',
    service: 'web',
    cms: {
      ok: !error,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
      ...(error ? { error } : {}),
    },
    time: new Date().toISOString(),
  }
  return Response.json(body, { status: error ? 503 : 200, headers: { 'Cache-Control': 'no-store' } })
}
