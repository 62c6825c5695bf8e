/**
 * "Temporarily unavailable" is a 503, not a 500. Next.js answers a page that threw while rendering
 * with 500 and has no API for another status, so the server process tells its responses apart
 * itself: the CMS client records when it last could not reach the CMS, and a 500 sent within a few
 * seconds of that becomes 503 with `Retry-After`, uncacheable. The body is the site's own error page
 * (`app/error.tsx`) either way, never a stack trace. Cached pages are unaffected: they are served
 * without asking the CMS, so they never fail.
 *
 * Next renders the error page of a statically cached route only in the browser: its HTML is an empty
 * shell (`<html id="__next_error__">`). So the 503's HTML also gets the same words as plain markup at
 * the top of `<body>`, for readers and crawlers without JavaScript; with JavaScript, React replaces
 * the body's content with `app/error.tsx` as before.
 */
import { ServerResponse } from 'node:http'

import type { CrisisResources } from '@haven/schemas'

import { lastCmsUnavailableAt } from '../cms-outage'
import { crisisLinesHtml } from '../crisis-lines-html'
import { lastCrisisLines } from '../last-crisis-lines'
import { unavailableCopy } from '../unavailable-copy'

const installedKey = Symbol.for('haven.unavailableStatus.installed')
const registry = globalThis as { [installedKey]?: boolean }

/** How long after a failed CMS read a page failure is put down to the CMS. */
export const UNAVAILABLE_WINDOW_MS = 15_000
/** Seconds a client or crawler is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30

/** The status to send instead of `status`, given when the CMS last failed. */
export function statusFor(status: number, now = Date.now(), lastFailure = lastCmsUnavailableAt()): number {
  return status === 500 && lastFailure !== undefined && now - lastFailure <= UNAVAILABLE_WINDOW_MS
    ? 503
    : status
}

type Headers = Parameters<ServerResponse['writeHead']>[1]

/** Never stored, and never transformed on the way (see the `getHeader` hook below). */
export const UNAVAILABLE_CACHE_CONTROL = 'no-store, no-transform'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Marks the markup below, so a body is never given it twice. */
export const UNAVAILABLE_MARK = 'data-haven-unavailable'

/**
 * The "temporarily unavailable" page as markup that needs no JavaScript, with the last crisis lines
 * this server read from the CMS (last-crisis-lines.ts). Knowing none (a server that never reached the
 * CMS), it says to call the local emergency number and links to the crisis resources page.
 */
export function unavailableFallbackHtml(crisis: CrisisResources | null = lastCrisisLines()): string {
  const lines = crisis
    ? `<p>${escape(unavailableCopy.crisisKnown)}</p>${crisisLinesHtml(crisis)}`
    : `<p>${escape(unavailableCopy.crisis)} <a href="/crisis-resources">${escape(unavailableCopy.crisisLink)}</a></p>`
  return `<main id="main-content" ${UNAVAILABLE_MARK}=""><div class="notice" role="alert"><h1>${escape(unavailableCopy.heading)}</h1><p>${escape(unavailableCopy.body)}</p><p><a href="">${escape(unavailableCopy.retry)}</a> · <a href="/">${escape(unavailableCopy.home)}</a></p>${lines}</div></main>`
}

const SHELL_MARK = 'id="__next_error__"'

/**
 * `chunk` with `text` inserted after the tag that starts with `tagStart` (after its `>`), or right
 * after `tagStart` itself with `inside`; `null` when the chunk has no such tag.
 */
function insertAt(
  chunk: string | Uint8Array,
  tagStart: string,
  text: string,
  inside = false,
): string | Buffer | null {
  if (typeof chunk === 'string') {
    const start = chunk.indexOf(tagStart)
    const at = start < 0 ? -1 : inside ? start + tagStart.length : chunk.indexOf('>', start) + 1
    return at <= 0 ? null : `${chunk.slice(0, at)}${text}${chunk.slice(at)}`
  }
  // Bytes are spliced, never decoded: a chunk may end inside a multi-byte character.
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  const start = bytes.indexOf(tagStart)
  const at = start < 0 ? -1 : inside ? start + Buffer.byteLength(tagStart) : bytes.indexOf('>', start) + 1
  return at <= 0 ? null : Buffer.concat([bytes.subarray(0, at), Buffer.from(text), bytes.subarray(at)])
}

/** The shell's `<html>` has no language (axe: html-has-lang); the site's is English (see app/layout.tsx). */
const withLang = (chunk: string | Uint8Array) => insertAt(chunk, '<html', ' lang="en"', true) ?? chunk
const afterBodyTag = (chunk: string | Uint8Array) => insertAt(chunk, '<body', unavailableFallbackHtml())

const isBody = (chunk: unknown): chunk is string | Uint8Array =>
  typeof chunk === 'string' || chunk instanceof Uint8Array

/** How far a response has got through {@link markShell}: undefined before its first chunk. */
type ShellState = { phase?: 'shell' | 'done' }

/**
 * One chunk of an HTML body on its way out, with `state` carried from chunk to chunk: when the body is
 * Next's client-rendered error shell, `<html>` gets its language and the chunk holding `<body …>` gets
 * {@link unavailableFallbackHtml}; any other body, and every later chunk, passes untouched.
 */
function markShell(state: ShellState, chunk: unknown): unknown {
  if (state.phase === 'done' || !isBody(chunk)) return chunk
  if (!state.phase) {
    // The shell's first bytes are `<!DOCTYPE html><html id="__next_error__">`.
    const head =
      typeof chunk === 'string' ? chunk.slice(0, 512) : Buffer.from(chunk.subarray(0, 512)).toString('latin1')
    const alreadyMarked = () =>
      (typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array)).includes(UNAVAILABLE_MARK)
    if (!head.includes(SHELL_MARK) || alreadyMarked()) {
      state.phase = 'done'
      return chunk
    }
    state.phase = 'shell'
    if (!/<html[^>]*\slang=/.test(head)) chunk = withLang(chunk)
  }
  const withMarkup = afterBodyTag(chunk as string | Uint8Array)
  if (withMarkup === null) return chunk
  state.phase = 'done'
  return withMarkup
}

/**
 * `body` with {@link unavailableFallbackHtml} at the top of its `<body>` when it is Next's
 * client-rendered error shell; anything else (a full page, JSON, an already marked shell) unchanged.
 */
export const withUnavailableMarkup = <T>(body: T): T | string | Buffer =>
  markShell({}, body) as T | string | Buffer

const shellState = Symbol('haven.unavailable.shell')
type Tracked = ServerResponse & { [shellState]?: ShellState }

/** A chunk of any response: only a 503's body is looked at (see {@link markShell}). */
function markChunk(res: Tracked, chunk: unknown): unknown {
  if (res[shellState]?.phase === 'done' || !isBody(chunk)) return chunk
  const unavailable = res.headersSent ? res.statusCode === 503 : statusFor(res.statusCode) === 503
  if (!unavailable) return chunk
  return markShell((res[shellState] ??= {}), chunk)
}

/** Installs the 500 → 503 translation (status, headers and no-JavaScript markup) on this process's HTTP responses (once). */
export function installUnavailableStatus(): void {
  if (registry[installedKey]) return
  registry[installedKey] = true
  const original = ServerResponse.prototype.writeHead as (
    this: ServerResponse,
    status: number,
    ...rest: unknown[]
  ) => ServerResponse
  // writeHead(status, [message], [headers]); Node's implicit header write calls it too.
  ServerResponse.prototype.writeHead = function writeHead(
    this: ServerResponse,
    status: number,
    ...rest: unknown[]
  ) {
    if (statusFor(status) === status) return original.call(this, status, ...rest)
    const headers = rest.find((arg): arg is Headers => typeof arg === 'object' && arg !== null)
    // The body may grow by the no-JavaScript markup (see markChunk): no fixed length.
    if (headers && !Array.isArray(headers))
      for (const key of Object.keys(headers))
        if (['cache-control', 'content-length'].includes(key.toLowerCase())) delete headers[key]
    this.removeHeader('Content-Length')
    this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
    this.setHeader('Cache-Control', UNAVAILABLE_CACHE_CONTROL)
    return original.call(this, 503, 'Service Unavailable', ...(headers ? [headers] : []))
  } as ServerResponse['writeHead']

  // Next's gzip middleware decides whether to compress inside writeHead, before the translation above,
  // and a compressed shell could not take the markup. It skips any response whose Cache-Control says
  // `no-transform`, which is what a response about to become a 503 reports from here on.
  const originalGetHeader = ServerResponse.prototype.getHeader
  ServerResponse.prototype.getHeader = function getHeader(this: ServerResponse, name: string) {
    if (
      name.length === 13 &&
      name.toLowerCase() === 'cache-control' &&
      !this.headersSent &&
      statusFor(this.statusCode) === 503
    )
      return UNAVAILABLE_CACHE_CONTROL
    return originalGetHeader.call(this, name)
  }

  // The markup goes into whichever write carries `<body>`: write(chunk, …) and end(chunk, …).
  for (const name of ['write', 'end'] as const) {
    const original = ServerResponse.prototype[name] as (this: ServerResponse, ...args: unknown[]) => unknown
    ServerResponse.prototype[name] = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      return original.call(this, markChunk(this, chunk), ...rest)
    } as never
  }
}
