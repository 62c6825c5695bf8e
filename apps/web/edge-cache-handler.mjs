/**
 * The ISR cache handler when the edge cache is on (EDGE_URL set; next.config.ts picks this file): the
 * handler the app would use anyway (Redis when REDIS_URL is set, see cache-handler.mjs; else Next's
 * own file-system cache), plus one thing: every page entry it reads or writes, and every CMS fetch
 * a render reads, hands its cache tags to the response in progress as `xkey` surrogate keys (see
 * src/lib/http-patches/edge-keys.ts, which the server installs at start and which does the writing).
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import RedisCacheHandler from './cache-handler.mjs'

// eslint-disable-next-line no-restricted-properties -- the same choice next.config.ts made from the validated environment; this file is loaded by Next.js outside the app's modules.
const Base = process.env.REDIS_URL ? RedisCacheHandler : (FileSystemCache.default ?? FileSystemCache)

const note = (tags) => globalThis[Symbol.for('haven.edge-keys')]?.note(tags)

const PAGE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

export default class EdgeKeysCacheHandler extends Base {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (ctx?.kind === 'FETCH') note(ctx.tags)
    const value = entry?.value
    if (value && PAGE_KINDS.has(value.kind)) note(value.headers?.['x-next-cache-tags'])
    return entry
  }

  async set(key, data, ctx) {
    if (ctx?.kind === 'FETCH' || data?.kind === 'FETCH') note(ctx?.tags)
    else if (data && PAGE_KINDS.has(data.kind)) note(data.headers?.['x-next-cache-tags'])
    return super.set(key, data, ctx)
  }
}
