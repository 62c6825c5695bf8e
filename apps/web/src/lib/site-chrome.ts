import { building } from '../env'

/**
 * A read of the menu, the footer or the crisis lines, which every page shows. In a running server it
 * throws when the CMS cannot answer, like every read (see content.ts): the page is then not cached,
 * and the last good one is served instead. Only inside `next build`, which runs without the CMS and
 * prerenders nothing but the fallback 404 page (every reader page renders on first request), does a
 * failure leave the part out.
 */
export async function chromeRead<T>(read: () => Promise<T>): Promise<T | null> {
  if (!building) return read()
  try {
    return await read()
  } catch {
    return null
  }
}
