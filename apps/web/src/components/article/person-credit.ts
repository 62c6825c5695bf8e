import { credentialsLabelOf, type Person } from '@haven/schemas'

/** A person credited in the body (the author of the experience section, a video's presenter). */
export type CreditedPerson = Pick<Person, 'name'> & Partial<Pick<Person, 'credentialsLabel' | 'credentials'>>

/** "LMFT, PhD": the CMS's derived label, or the same wording when a response left it out. */
export function credentialsOf(person: CreditedPerson): string {
  return person.credentialsLabel || credentialsLabelOf(person.credentials)
}
