/**
 * A second web server on the browser suite's build, reading the CMS through a proxy the test owns: the
 * test can count the reads (which instance asked the CMS?) or switch the proxy off (the CMS is down),
 * without disturbing the shared stack. Each one serves from its own copy of the build, so nothing
 * another server rendered or fetched reaches it through Next's cache on disk.
 */
import type { ChildProcess } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { inheritedEnv } from '../../../scripts/lib/env'
import { bin, rootDir, startService, waitForOk } from '../../../scripts/lib/proc'
import { stopChildren } from '../../../scripts/lib/stack'
import { stackInfo } from './stack-file'

export type CmsProxy = {
  server: Server
  url: string
  reads: () => number
  resetReads: () => void
  /** Closes the proxy and its connections: from then on the web server's reads are refused. */
  stop: () => Promise<void>
  /** Listens again on the same port after {@link stop}: the CMS is back. */
  resume: () => Promise<void>
  /** While true, requests are held unanswered (a CMS slower than the web app's timeout). */
  stall: (on: boolean) => void
  /** The paths read since the last {@link resetReads}. */
  paths: () => string[]
}

/** Forwards GETs to the real CMS, counting them. */
export async function startCmsProxy(): Promise<CmsProxy> {
  const { cmsUrl } = stackInfo()
  let count = 0
  let stalled = false
  let seen: string[] = []
  const server = createServer((req, res) => {
    count += 1
    seen.push(req.url ?? '/')
    if (stalled) return
    fetch(cmsUrl + (req.url ?? '/'), { headers: { accept: req.headers.accept ?? '*/*' } })
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    reads: () => count,
    resetReads: () => {
      count = 0
      seen = []
    },
    paths: () => seen,
    stall: (on) => {
      stalled = on
      if (!on) server.closeAllConnections()
    },
    resume: () =>
      new Promise<void>((resolve, reject) => {
        if (server.listening) return resolve()
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export type SideWeb = { url: string; proxy: CmsProxy; stop: () => Promise<void> }

const webDir = path.join(rootDir, 'apps/web')

/**
 * A copy of the web build for the server on `port`, in the stack's folder, without what Next writes at
 * run time (`cache/`: CMS reads and optimized images; `server/route-cache/`: pages rendered on request). Next keeps ISR pages in
 * the build directory, so servers sharing `apps/web/.next` share a disk cache: a page one of them
 * rendered would be served by another without reading the CMS, Redis or not.
 */
function ownBuild(port: number): string {
  const source = path.join(webDir, '.next')
  const target = path.join(stackInfo().dir, `web-${port}`)
  rmSync(target, { recursive: true, force: true })
  cpSync(source, target, {
    recursive: true,
    filter: (file) => !isRunTimeCache(path.relative(source, file)),
  })
  return target
}

/** What a running server writes into its build directory, rather than `next build`. */
function isRunTimeCache(relative: string): boolean {
  return ['cache', path.join('server', 'route-cache')].some(
    (dir) => relative === dir || relative.startsWith(dir + path.sep),
  )
}

/**
 * Starts `next start` of the web app on `port` from its own copy of the build (NEXT_DIST_DIR, see
 * apps/web/next.config.ts), reading the CMS through its own proxy.
 */
export async function startSideWeb(port: number, env: Record<string, string> = {}): Promise<SideWeb> {
  const proxy = await startCmsProxy()
  const url = `http://localhost:${port}`
  const distDir = path.relative(webDir, ownBuild(port))
  const child: ChildProcess = startService(
    `side-web-${port}`,
    bin('next'),
    ['start', '--port', String(port)],
    {
      cwd: webDir,
      env: {
        ...inheritedEnv(),
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_URL: proxy.url,
        WEB_URL: url,
        REVALIDATE_SECRET: stackInfo().revalidateSecret,
        NEXT_DIST_DIR: distDir,
        ...env,
      },
    },
  )
  child.stdout?.removeAllListeners('data')
  child.stdout?.resume()
  await waitForOk(`${url}/api/health`, 60_000)
  return {
    url,
    proxy,
    stop: async () => {
      stopChildren([child])
      await proxy.stop()
    },
  }
}
