/**
 * Surrogate keys for the edge cache (Varnish with xkey, `scripts/lib/varnish.ts`): each HTML or RSC
 * response carries the Next.js cache tags of the page in an `xkey` header, so a revalidation can purge
 * exactly those pages at the edge. Next.js 16 sends its own tag header (`x-next-cache-tags`) only in
 * minimal mode, which `next start` is not, so the tags are taken where they pass: the cache handler
 * (`edge-cache-handler.mjs`) calls `note` with the tags of each page entry it reads or writes and of
 * each CMS fetch a render makes, and `note` adds them to the response of the request in progress,
 * found through an AsyncLocalStorage that this patch of `http.Server#emit` opens around every request.
 * Varnish strips the header before readers see it. Installed only when EDGE_URL is set.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import http, { type ServerResponse } from 'node:http'

export const EDGE_KEYS = Symbol.for('haven.edge-keys')
export const EDGE_KEY_HEADER = 'xkey'

type Store = { res: ServerResponse; keys: Set<string> }
const requests = new AsyncLocalStorage<Store>()

/** Next.js's implicit tags (`_N_T_/path`) name routes, not content: the CMS never purges them. */
const contentTags = (tags: unknown): string[] => {
  const list = typeof tags === 'string' ? tags.split(',') : Array.isArray(tags) ? tags : []
  return list
    .filter((tag): tag is string => typeof tag === 'string')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !tag.startsWith('_N_T_') && !/\s/.test(tag))
}

/** Adds `tags` to the `xkey` header of the response being made in this async context, if any. */
export function noteEdgeKeys(tags: unknown): void {
  const store = requests.getStore()
  if (!store || store.res.headersSent) return
  const before = store.keys.size
  for (const tag of contentTags(tags)) store.keys.add(tag)
  if (store.keys.size !== before) store.res.setHeader(EDGE_KEY_HEADER, [...store.keys].join(' '))
}

let installed = false

export function installEdgeKeys(): void {
  if (installed) return
  installed = true
  ;(globalThis as Record<symbol, unknown>)[EDGE_KEYS] = { note: noteEdgeKeys }
  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean
  http.Server.prototype.emit = function emitWithEdgeKeys(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event !== 'request') return emit.call(this, event, ...args)
    const res = args[1] as ServerResponse
    return requests.run({ res, keys: new Set() }, () => emit.call(this, event, ...args))
  } as typeof http.Server.prototype.emit
}
