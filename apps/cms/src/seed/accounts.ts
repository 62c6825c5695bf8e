import type { Role } from '../slugs'

/** The contract's demo password: development seed only, never in production. */
export const DEMO_PASSWORD = 'haven-demo-password'

export const demoUsers: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@haven.test', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@haven.test', name: 'Eli Editor', roles: ['editor'] },
  { email: 'writer@haven.test', name: 'Wren Writer', roles: ['writer'] },
  { email: 'reviewer@haven.test', name: 'Rae Reviewer', roles: ['reviewer'] },
]

export const demoMembers = [{ email: 'therapist@haven.test', name: 'Theo Therapist' }]
