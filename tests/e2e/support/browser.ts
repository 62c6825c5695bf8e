import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import { scriptEnv } from '../../../scripts/lib/env'
/** Flags that keep Chromium from reaching out to the (closed) network here. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Debian's Chromium (or CHROMIUM_PATH); never a browser downloaded by a test tool. */
export function chromiumPath(): string {
  const candidates = [scriptEnv().CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[]
  for (const candidate of candidates) if (existsSync(candidate)) return candidate
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error(
      'Chromium not found: install it with `apt-get install -y chromium` (CI does) or set CHROMIUM_PATH',
    )
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/**
 * Runs axe-core in the page and returns its violations: the WCAG 2.0–2.2 A and AA rules, and axe's
 * best practices (headings in order, one main landmark, unique landmark names, all content in
 * landmarks…), which WCAG leaves to judgement but readers of screen readers rely on.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  })
}

/**
 * One Chromium per test file and a fresh context (no cookies, no cache) per test: registers the
 * jest hooks and returns a getter for the current test's page.
 */
export function freshPagePerTest(viewport = { width: 1280, height: 900 }): () => Page {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    context = await browser!.newContext({ viewport })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context?.close()
  })
  return () => page!
}
