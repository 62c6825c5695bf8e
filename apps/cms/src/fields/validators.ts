/** Validation helpers whose messages name the field and the rule. */

/** `https://…` only (destination URLs, embeds, badges). */
export function httpsUrl(field: string, { optional = false } = {}) {
  return (value: unknown): true | string => {
    if (value === undefined || value === null || value === '')
      return optional ? true : `${field}: is required`
    if (typeof value !== 'string') return `${field}: must be a URL`
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return `${field}: "${value}" is not a valid URL`
    }
    if (url.protocol !== 'https:') return `${field}: must start with https:// (got ${url.protocol}//)`
    return true
  }
}

/** Links readers can follow from text: https, mailto and tel only (no http:, javascript: or data:). */
export function safeLinkUrl(value: unknown): true | string {
  if (typeof value !== 'string' || !value) return 'link URL: is required'
  if (/^(mailto:|tel:)/i.test(value)) return true
  if (value.startsWith('/'))
    return 'link URL: link to a page on Haven as an internal link (choose the document), not a path'
  try {
    const url = new URL(value)
    return url.protocol === 'https:'
      ? true
      : `link URL: external links must use https:// (got ${url.protocol}//)`
  } catch {
    return `link URL: "${value}" is not a valid https:// URL`
  }
}
