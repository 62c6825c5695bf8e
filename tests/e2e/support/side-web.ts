/**
 * A second web server on the browser suite's build, reading the CMS through a proxy the test owns: the
 * test can count the reads (which instance asked the CMS?) or switch the proxy off (the CMS is down),
 * without disturbing the shared stack.
 */
import type { ChildProcess } from 'node:child_process'
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
}

/** Forwards GETs to the real CMS, counting them. */
export async function startCmsProxy(): Promise<CmsProxy> {
  const { cmsUrl } = stackInfo()
  let count = 0
  const server = createServer((req, res) => {
    count += 1
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
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reads: () => count,
    resetReads: () => (count = 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export type SideWeb = { url: string; proxy: CmsProxy; stop: () => Promise<void> }

/** Starts `next start` of the web app on `port`, reading the CMS through its own proxy. */
export async function startSideWeb(port: number, env: Record<string, string> = {}): Promise<SideWeb> {
  const proxy = await startCmsProxy()
  const url = `http://localhost:${port}`
  const child: ChildProcess = startService(
    `side-web-${port}`,
    bin('next'),
    ['start', '--port', String(port)],
    {
      cwd: path.join(rootDir, 'apps/web'),
      env: {
        ...inheritedEnv(),
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_URL: proxy.url,
        WEB_URL: url,
        REVALIDATE_SECRET: stackInfo().revalidateSecret,
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
