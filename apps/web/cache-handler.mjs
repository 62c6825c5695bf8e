/**
 * Next.js's ISR and data cache in Redis, so that every web instance serves and revalidates one shared
 * cache: a page rendered by one instance is served by all, and a `POST /api/revalidate` that reaches any
 * instance expires the tagged entries for all. next.config.ts uses this file only when REDIS_URL is set
 * (a validated `redis://` or `rediss://` URL, see src/env-schema.ts); the handler reads it from there.
 *
 * The handler is @trieb.work/nextjs-turbo-redis-cache (tested with Next 15 and 16; it keeps a tag map
 * shared through Redis and keys entries by build, so two deployments never mix pages). Two choices
 * differ from its defaults: database 0 whatever VERCEL_ENV says, and no per-instance memory cache of
 * Redis reads, whose 10 s default would let one instance serve a page for up to 10 s after another
 * instance was told it changed (our budget from publish to live is 2 s).
 */
import CachedHandler from '@trieb.work/nextjs-turbo-redis-cache'

export default class HavenCacheHandler extends CachedHandler {
  constructor(options) {
    super({ ...options, database: 0, inMemoryCachingTime: 0 })
  }
}
