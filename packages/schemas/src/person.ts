import { z } from 'zod'

import { credentialCatalog, credentialSchema } from './credentials'
import { mediaSchema } from './media'
import { documentIdSchema, documentStatusSchema, relationSchema, selectOf, timestampSchema } from './relation'
import { slugSchema } from './slug'

/** What a person does for Haven (distinct from the admin roles of users). */
export const personRoleSchema = z.enum(['writer', 'reviewer', 'presenter'])
export type PersonRole = z.infer<typeof personRoleSchema>

/**
 * A credential as stored on a person (abbreviation and licence), completed with the catalogue's title
 * and whether it is clinical: those are facts of the credential, never stored per person.
 */
export const personCredentialSchema = credentialSchema
  .pick({ abbreviation: true, licenseState: true, licenseNumber: true })
  .extend({ id: z.string().nullish() })
  .transform((credential) => ({ ...credential, ...credentialCatalog[credential.abbreviation] }))
export type PersonCredential = z.infer<typeof personCredentialSchema>

/**
 * A writer, clinical reviewer or presenter (`people` collection). `credentialsLabel`, `headshotAlt` and
 * `isClinical` are virtual fields the CMS derives on every read.
 */
export const personSchema = z.object({
  id: documentIdSchema,
  name: z.string().min(1).describe('As shown in bylines, e.g. Maren Okafor'),
  slug: slugSchema,
  roles: z.array(personRoleSchema),
  credentials: z
    .array(personCredentialSchema)
    .nullish()
    .transform((credentials) => credentials ?? [])
    .describe('In the order the person lists them'),
  headshot: relationSchema(mediaSchema).nullish(),
  bio: z.string().describe('A short biography in the third person'),
  credentialsLabel: z.string().nullish().describe('e.g. "LMFT, PhD", shown after the name'),
  headshotAlt: z.string().nullish().describe('Alt text of the headshot, made from the name and credentials'),
  isClinical: z.boolean().nullish().describe('Holds a clinical credential'),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})
export type Person = z.infer<typeof personSchema>

/**
 * A person as populated in an article (bylines, the author box, the reviewer, the history, a video's
 * presenter): everything shown, without the timestamps. The CMS populates exactly these fields
 * ({@link personPopulate}, the collection's `defaultPopulate`); the virtual fields are derived from
 * the name and credentials, so those are read with them.
 */
export const personSummarySchema = personSchema.omit({ updatedAt: true, createdAt: true, _status: true })
export type PersonSummary = z.infer<typeof personSummarySchema>

/** The `defaultPopulate` of the people collection. */
export const personPopulate = selectOf(personSummarySchema)

/** What a link to a person's page needs. */
export const personRefSchema = personSchema.pick({ id: true, name: true, slug: true })
export type PersonRef = z.infer<typeof personRefSchema>

/** "LMFT, PhD": the abbreviations in the order the person lists them (as the CMS's virtual field). */
export function credentialsLabelOf(
  credentials: readonly { abbreviation?: string | null }[] | null | undefined,
): string {
  return (credentials ?? [])
    .map((credential) => credential.abbreviation)
    .filter(Boolean)
    .join(', ')
}

/**
 * The alt text of a person's headshot: the CMS's virtual `headshotAlt`, or the same wording made here
 * when a response left it out (a `select`, an older CMS). Never typed by hand, so it cannot drift
 * from the person it shows.
 */
export function headshotAltOf(
  person: Pick<Person, 'name'> & {
    headshotAlt?: string | null
    credentials?: readonly { abbreviation?: string | null }[] | null
  },
): string {
  if (person.headshotAlt) return person.headshotAlt
  const label = credentialsLabelOf(person.credentials)
  return `Headshot of ${person.name}${label ? `, ${label}` : ''}`
}
