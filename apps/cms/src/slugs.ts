import { MEMBER_COLLECTION, STAFF_COLLECTION, THERAPIST_COLLECTION } from '@haven/schemas'

/** Collection and global slugs, shared so that a rename is one change. */
export const collections = {
  users: STAFF_COLLECTION,
  members: MEMBER_COLLECTION,
  therapists: THERAPIST_COLLECTION,
  media: 'media',
  people: 'people',
  topics: 'topics',
  partners: 'partners',
  articles: 'articles',
  pages: 'pages',
  redirects: 'redirects',
  search: 'search',
  subscribers: 'subscribers',
  outbox: 'outbox',
  rateLimitHits: 'rate-limit-hits',
  forms: 'forms',
  formSubmissions: 'form-submissions',
  importRecords: 'import-records',
} as const

export const globals = {
  navigation: 'navigation',
  crisisResources: 'crisis-resources',
  siteSettings: 'site-settings',
} as const

/** What a person does for Haven (distinct from the admin roles of users). */
export const personRoles = ['writer', 'reviewer', 'presenter'] as const
export type PersonRole = (typeof personRoles)[number]
