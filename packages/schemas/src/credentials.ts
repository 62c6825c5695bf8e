import { z } from 'zod'

/**
 * The credentials Haven knows. Whether a credential is clinical (licensed to assess and treat mental
 * health) is a fact of the credential, never something an editor ticks: a reviewer must hold one
 * where `clinical` is true.
 */
export const credentialCatalog = {
  MD: { title: 'Doctor of Medicine', clinical: true },
  DO: { title: 'Doctor of Osteopathic Medicine', clinical: true },
  PhD: { title: 'Doctor of Philosophy (Clinical Psychology)', clinical: true },
  PsyD: { title: 'Doctor of Psychology', clinical: true },
  LCSW: { title: 'Licensed Clinical Social Worker', clinical: true },
  LICSW: { title: 'Licensed Independent Clinical Social Worker', clinical: true },
  LMFT: { title: 'Licensed Marriage and Family Therapist', clinical: true },
  LPC: { title: 'Licensed Professional Counselor', clinical: true },
  LPCC: { title: 'Licensed Professional Clinical Counselor', clinical: true },
  LMHC: { title: 'Licensed Mental Health Counselor', clinical: true },
  LCPC: { title: 'Licensed Clinical Professional Counselor', clinical: true },
  PMHNP: { title: 'Psychiatric-Mental Health Nurse Practitioner', clinical: true },
  LADC: { title: 'Licensed Alcohol and Drug Counselor', clinical: true },
  MSW: { title: 'Master of Social Work', clinical: false },
  MA: { title: 'Master of Arts', clinical: false },
  MS: { title: 'Master of Science', clinical: false },
  MPH: { title: 'Master of Public Health', clinical: false },
  MFA: { title: 'Master of Fine Arts', clinical: false },
  BA: { title: 'Bachelor of Arts', clinical: false },
  CPC: { title: 'Certified Professional Coach', clinical: false },
} as const satisfies Record<string, { title: string; clinical: boolean }>

export type CredentialAbbreviation = keyof typeof credentialCatalog
export const credentialAbbreviations = Object.keys(credentialCatalog) as [
  CredentialAbbreviation,
  ...CredentialAbbreviation[],
]

export function isClinicalCredential(abbreviation: string): boolean {
  return (credentialCatalog as Record<string, { clinical: boolean }>)[abbreviation]?.clinical === true
}

export const credentialSchema = z.object({
  abbreviation: z.enum(credentialAbbreviations).describe('e.g. LMFT'),
  title: z.string().describe('e.g. Licensed Marriage and Family Therapist'),
  clinical: z.boolean().describe('Licensed to assess and treat mental health'),
  licenseState: z.string().nullish(),
  licenseNumber: z.string().nullish(),
})
export type Credential = z.infer<typeof credentialSchema>
