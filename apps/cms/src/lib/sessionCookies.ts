/**
 * The session cookie (`payload-token`) of both auth collections: `Secure` whenever the CMS is served
 * over https, so a browser never sends it over plain http; on separate hosts of one domain the cookie
 * covers both, so draft preview on the reader site sees the staff session.
 */
export function sessionCookies({
  CMS_URL,
  SESSION_COOKIE_DOMAIN,
}: {
  CMS_URL: string
  SESSION_COOKIE_DOMAIN?: string | undefined
}): { secure: boolean; sameSite: 'Lax'; domain?: string } {
  return {
    secure: new URL(CMS_URL).protocol === 'https:',
    sameSite: 'Lax',
    ...(SESSION_COOKIE_DOMAIN ? { domain: SESSION_COOKIE_DOMAIN } : {}),
  }
}
