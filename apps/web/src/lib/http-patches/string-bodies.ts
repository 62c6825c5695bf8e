/**
 * Sends large string bodies as bytes, encoded once per string. Next.js answers a cached page with the
 * whole HTML as one string (`res.end(html)`), the same string object for every request while the page
 * stays cached, and Node encodes a string body to UTF-8 inside the socket write, with V8's
 * character-by-character encoder, on every response. For a 170 KB article that holds any character
 * above U+00FF (’ “ ” …: a two-byte string in V8) that was ~2.9 ms of CPU per request, half of all the
 * server did. `Buffer.from` encodes the same string several times faster (simdutf, ~0.3 ms), and the
 * bytes are remembered by the string itself in a small bounded map (V8 hashes a string this long by its
 * length alone and compares the same object by identity, so a lookup costs next to nothing): a cached
 * page is encoded once, not once per reader. The bytes on the wire, Content-Length and ETag are unchanged.
 */
import { ServerResponse } from 'node:http'

const installedKey = Symbol.for('haven.stringBodies.installed')
const registry = globalThis as { [installedKey]?: boolean }

/** Shorter strings cost little either way; converting them would only add an allocation. */
export const MIN_STRING_CHARS = 4096
/** How many bytes of encoded bodies are remembered (the oldest forgotten first). */
export const MEMO_MAX_BYTES = 64 * 1024 * 1024

const memo = new Map<string, Buffer>()
let memoBytes = 0

/** `text` as UTF-8 bytes, encoded once while it is remembered. */
export function utf8Bytes(text: string): Buffer {
  const known = memo.get(text)
  if (known) return known
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length > MEMO_MAX_BYTES) return bytes
  memo.set(text, bytes)
  memoBytes += bytes.length
  for (const [key, value] of memo) {
    if (memoBytes <= MEMO_MAX_BYTES) break
    memo.delete(key)
    memoBytes -= value.length
  }
  return bytes
}

/** `chunk` as bytes when it is a long string in an encoding Node knows; anything else unchanged. */
export function asBytes(chunk: unknown, encoding: unknown): unknown {
  if (typeof chunk !== 'string' || chunk.length < MIN_STRING_CHARS) return chunk
  const name = typeof encoding === 'string' ? encoding : 'utf8'
  if (/^utf-?8$/i.test(name)) return utf8Bytes(chunk)
  // An unknown encoding stays Node's to reject, with its own error.
  return Buffer.isEncoding(name) ? Buffer.from(chunk, name) : chunk
}

type Method = (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) => unknown

/** Installs the conversion on this process's HTTP responses (once): `write` and `end`. */
export function installStringBodies(): void {
  if (registry[installedKey]) return
  registry[installedKey] = true
  for (const name of ['write', 'end'] as const) {
    const original = ServerResponse.prototype[name] as Method
    // write(chunk, [encoding], [callback]) and end([chunk], [encoding], [callback]).
    ServerResponse.prototype[name] = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      return original.call(this, asBytes(chunk, rest[0]), ...rest)
    } as never
  }
}
