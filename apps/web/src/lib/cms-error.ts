/** Why a read from the CMS failed. */
export type CmsErrorKind = 'unavailable' | 'not-found' | 'http' | 'invalid-response'

/** A failed read from the CMS, typed so pages can choose between a 404 and a "temporarily unavailable" page. */
export class CmsError extends Error {
  override name = 'CmsError'
  constructor(
    readonly kind: CmsErrorKind,
    readonly path: string,
    message: string,
    readonly status?: number,
  ) {
    super(`${kind} reading ${path}: ${message}`)
  }
}
