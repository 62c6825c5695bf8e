import type { StaffRole } from '@haven/schemas'

/** The contract's demo password: development seed only, never in production. */
export const DEMO_PASSWORD = 'haven-demo-password'

/** `person` is the slug of the seeded person the account writes or reviews as. */
export const demoUsers: { email: string; name: string; roles: StaffRole[]; person?: string }[] = [
  { email: 'admin@haven.test', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@haven.test', name: 'Eli Editor', roles: ['editor'] },
  { email: 'writer@haven.test', name: 'Wren Writer', roles: ['writer'], person: 'daniel-whitfield' },
  { email: 'reviewer@haven.test', name: 'Rae Reviewer', roles: ['reviewer'], person: 'tomas-lindqvist' },
]

export const demoMembers = [{ email: 'therapist@haven.test', name: 'Theo Therapist' }]
