/**
 * `@haven/schemas/browser`: the part of the contract that client components may import. Nothing here
 * imports classic zod, which would add about 40 KB (gzip) to every reader page; `client-imports.test.ts`
 * in the web app keeps client components to this entry.
 */
export * from './browser/consent-record'
export * from './browser/form-response'
