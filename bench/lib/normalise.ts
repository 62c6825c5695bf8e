/** HTML as the invalidation benchmark compares it (bench/invalidation.ts). */

/**
 * What is compared: the HTML without the CSP nonce (a fresh random value in every render) and without
 * next/font's empty `<meta name="next-size-adjust">`, which Next emits in some renders of a page and not
 * in others with nothing changed (seen in the control pass). Nothing else is removed.
 */
export function normalise(html: string): string {
  return html
    .replace(/\bnonce="[^"]*"/g, 'nonce=""')
    .replace(/\\"nonce\\":\\"[^"\\]*\\"/g, '\\"nonce\\":\\"\\"')
    .replace(/<meta name="next-size-adjust" content=""\/>/g, '')
}
