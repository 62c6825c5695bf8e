import { FLAGSHIP, get, getOk, sleep, type SitePaths } from './context'

type RestArticle = {
  id: number
  title: string
  summary: string
  topics: { path: string }[]
  authors: { slug: string }[]
}

/** The flagship article as the CMS serves it over REST (depth 1: topics and authors populated). */
export async function flagship(cmsUrl: string): Promise<RestArticle> {
  const { text } = await getOk(`${cmsUrl}/api/articles?where[slug][equals]=${FLAGSHIP}&depth=1&limit=1`)
  const doc = (JSON.parse(text) as { docs: RestArticle[] }).docs[0]
  if (!doc) throw new Error(`the CMS has no article "${FLAGSHIP}" (is the stack seeded?)`)
  return doc
}

/** Paths of one page of each type: the flagship article, its first topic, its first author, a static page. */
export async function sitePaths(cmsUrl: string): Promise<SitePaths> {
  const article = await flagship(cmsUrl)
  const topic = article.topics[0]?.path
  const person = article.authors[0]?.slug
  if (!topic || !person) throw new Error(`article "${FLAGSHIP}" has no topic or no author`)
  return {
    article: `/articles/${FLAGSHIP}`,
    topic: `/topics/${topic}`,
    person: `/people/${person}`,
    page: '/about-us',
  }
}

/**
 * Requests `url` until Next.js answers it from its cache (`x-nextjs-cache: HIT`), so a measurement never
 * includes the first render. Returns the cached HTML.
 */
export async function warm(url: string): Promise<string> {
  let last = ''
  for (let i = 0; i < 20; i++) {
    const { status, headers, text } = await get(url)
    last = `HTTP ${status}, x-nextjs-cache: ${headers.get('x-nextjs-cache')}`
    if (status === 200 && headers.get('x-nextjs-cache') === 'HIT') return text
    await sleep(200)
  }
  throw new Error(`${url} is not served from the cache after 20 requests (last: ${last})`)
}

/** Logs in to the CMS REST API as the demo admin and returns the Authorization header value. */
export async function cmsLogin(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token)
    throw new Error(`CMS login as admin@haven.test failed (${response.status})`)
  return `JWT ${body.token}`
}

/**
 * Finds the baseline page (`/pad/{n}` on the bare Next.js app) whose HTML is within 0.2 % of `bytes`:
 * HTML size grows linearly with the padding, so two probes and a correction or two suffice.
 */
export async function paddedBaseline(
  baselineUrl: string,
  bytes: number,
): Promise<{ path: string; html: string }> {
  const size = async (n: number) => Buffer.byteLength(await warm(`${baselineUrl}/pad/${n}`))
  // The prose appears twice (in the HTML and in the RSC payload): start from a quarter and a half.
  let a = Math.round(bytes / 4)
  let sa = await size(a)
  let b = Math.round(bytes / 2)
  let sb = await size(b)
  for (let i = 0; i < 6; i++) {
    const slope = (sb - sa) / (b - a || 1)
    const next = Math.max(0, Math.round(b + (bytes - sb) / (slope || 1)))
    const sn = await size(next)
    if (Math.abs(sn - bytes) / bytes <= 0.002) {
      const path = `/pad/${next}`
      return { path, html: await warm(`${baselineUrl}${path}`) }
    }
    ;[a, sa, b, sb] = [b, sb, next, sn]
  }
  throw new Error(`could not pad the baseline page to ${bytes} bytes (last ${sb} bytes)`)
}
