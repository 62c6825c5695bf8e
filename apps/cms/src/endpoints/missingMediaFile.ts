import { statSync } from 'node:fs'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

/**
 * An upload handler (`upload.handlers` of the media collection) that answers a request for a file
 * that is not on disk with a 404 naming it. Payload's own fallback answers a missing file with a 500
 * ("Something went wrong"), which says the server is broken when only the address is wrong. Files
 * that exist are left to Payload, which streams them with its headers.
 */
export function missingMediaFile(staticDir: string) {
  const root = path.resolve(staticDir)
  // Synchronous: Payload's handler type takes `Response | void` or a Promise of one of them, not a
  // Promise of either; a stat is microseconds.
  return (
    _req: PayloadRequest,
    { params: { filename } }: { params: { filename: string } },
  ): Response | void => {
    const file = path.resolve(root, filename)
    // Payload refuses traversal before any handler runs; this keeps the check local all the same.
    if (!file.startsWith(root + path.sep)) return notFound(filename)
    try {
      if (statSync(file).isFile()) return
    } catch {
      // ENOENT and the like: not there.
    }
    return notFound(filename)
  }
}

function notFound(filename: string): Response {
  return Response.json(
    { errors: [{ message: `No media file is named "${filename}"` }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )
}
