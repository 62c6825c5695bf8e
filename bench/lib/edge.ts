/**
 * The edge cache for the benchmarks, started the way `npm run start:edge` starts it: Debian's varnishd
 * with the VCL of scripts/lib/varnish.ts in front of the stack's web server, which runs with EDGE_URL
 * (its pages carry their tags as xkey, its revalidations purge there) and TRUSTED_PROXY_HOPS=1.
 *
 * Between the CMS and the web app sits a recorder (the CMS's WEB_INTERNAL_URL): it forwards each
 * revalidation notice unchanged and keeps the tags it carried, so a benchmark knows exactly which tags
 * an edit invalidated, as the CMS decided them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import { findVarnishd, hasXkey, renderVcl, VARNISH_MISSING, varnishArgs } from '../../scripts/lib/varnish'
import { rootDir, waitForOk } from '../../scripts/lib/proc'
import { startStack, stopChildren, type Stack } from '../../scripts/lib/stack'
import { get, sleep } from './context'

export type Notices = {
  /** Every tag the CMS sent since the last {@link Notices.reset}, in order, deduplicated. */
  tags: () => string[]
  /** How many notices arrived since the last reset. */
  count: () => number
  reset: () => void
  server: Server
}

/** Forwards `POST /api/revalidate` from the CMS to `webUrl`, keeping the tags of each notice. */
export async function startNoticeRecorder(port: number, webUrl: string): Promise<Notices> {
  let tags: string[] = []
  let count = 0
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      try {
        const parsed = JSON.parse(body.toString()) as { tags?: unknown }
        if (Array.isArray(parsed.tags)) {
          count += 1
          for (const tag of parsed.tags) if (typeof tag === 'string' && !tags.includes(tag)) tags.push(tag)
        }
      } catch {
        // Not JSON: the web app answers it with its own 400, forwarded below.
      }
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v
      fetch(`${webUrl}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: body.length ? body : undefined,
      })
        .then(async (upstream) => {
          res.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'text/plain',
          })
          res.end(Buffer.from(await upstream.arrayBuffer()))
        })
        .catch(() => {
          res.writeHead(502)
          res.end()
        })
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    server,
    tags: () => [...tags],
    count: () => count,
    reset: () => {
      tags = []
      count = 0
    },
  }
}

const webDir = path.join(rootDir, 'apps/web')

/**
 * A copy of the web app's build at `target` (inside the repository), for `NEXT_DIST_DIR`, without what a
 * server writes at run time: Next keeps ISR pages and CMS reads in the build directory, so two servers on
 * one build would serve each other's pages. Returns the path relative to apps/web, as NEXT_DIST_DIR wants.
 */
export function ownWebBuild(target: string): string {
  const source = path.join(webDir, '.next')
  rmSync(target, { recursive: true, force: true })
  cpSync(source, target, {
    recursive: true,
    filter: (file) => {
      const rel = path.relative(source, file)
      return !['cache', path.join('server', 'route-cache')].some(
        (d) => rel === d || rel.startsWith(d + path.sep),
      )
    },
  })
  return path.relative(webDir, target)
}

export type EdgeStack = Stack & {
  children: ChildProcess[]
  edgeUrl: string
  /** varnishd's manager process (its worker is its child, which `cpuMs` counts). */
  edgePid: number
  notices: Notices
  stop: () => void
}

/**
 * A throw-away stack (scripts/lib/stack.ts) behind Varnish on `ports.edge`, with the notice recorder
 * on `ports.recorder`. Varnish starts first: a revalidation that cannot purge the edge answers 502.
 */
export async function startEdgeStack(options: {
  name: string
  ports: { web: number; cms: number; edge: number; recorder: number }
  build: boolean
  dir: string
  /** Varnish's storage: large enough that nothing is evicted (an eviction would look like a purge). */
  memory?: string
  /** Serve the web app from its own copy of the build (see {@link ownWebBuild}). */
  ownBuild?: boolean
}): Promise<EdgeStack> {
  const varnishd = findVarnishd()
  if (!varnishd || !hasXkey()) throw new Error(VARNISH_MISSING)
  const { ports } = options
  mkdirSync(options.dir, { recursive: true })
  const vclFile = path.join(options.dir, 'site.vcl')
  writeFileSync(
    vclFile,
    renderVcl({
      backends: [{ name: 'web1', host: '127.0.0.1', port: ports.web }],
      purgers: ['"127.0.0.1"', '"::1"'],
    }),
  )
  const edgeUrl = `http://127.0.0.1:${ports.edge}`
  const varnish = spawn(
    varnishd,
    varnishArgs({
      listen: `127.0.0.1:${ports.edge}`,
      vclFile,
      workDir: path.join(options.dir, 'work'),
      memory: options.memory ?? '512m',
    }),
    { stdio: 'ignore' },
  )
  const webUrl = `http://localhost:${ports.web}`
  const notices = await startNoticeRecorder(ports.recorder, webUrl)
  const children: ChildProcess[] = [varnish]
  const stop = () => {
    stopChildren(children)
    notices.server.close()
    notices.server.closeAllConnections()
  }
  try {
    const stack = await startStack({
      name: options.name,
      webPort: ports.web,
      cmsPort: ports.cms,
      build: options.build,
      serverEnv: {
        cms: { WEB_INTERNAL_URL: `http://127.0.0.1:${ports.recorder}` },
        web: {
          EDGE_URL: edgeUrl,
          TRUSTED_PROXY_HOPS: '1',
          ...(options.ownBuild ? { NEXT_DIST_DIR: ownWebBuild(path.join(options.dir, 'web-build')) } : {}),
        },
      },
    })
    children.push(...stack.children)
    await waitForOk(`${edgeUrl}/api/health`, 30_000)
    // Varnish's health probe must have seen the web app healthy: while it is "sick" the VCL serves grace.
    await sleep(5000)
    return { ...stack, children, edgeUrl, edgePid: varnish.pid!, notices, stop }
  } catch (error) {
    stop()
    throw error
  }
}

/** Requests `url` at the edge until Varnish answers it from its cache (`x-edge-cache: HIT`). */
export async function warmEdge(url: string): Promise<string> {
  let last = ''
  for (let i = 0; i < 20; i++) {
    const { status, headers, text } = await get(url)
    last = `HTTP ${status}, x-edge-cache: ${headers.get('x-edge-cache')}`
    if (status === 200 && headers.get('x-edge-cache') === 'HIT') return text
    await sleep(200)
  }
  throw new Error(`${url} is not served from the edge cache after 20 requests (last: ${last})`)
}
