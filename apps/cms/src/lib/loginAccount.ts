/** The rate-limit scope of one account of one auth collection (its rows are keyed by an HMAC of this). */
export function loginAccount(collection: string, email: string): string {
  return `${collection}:${email.toLowerCase().trim()}`
}
