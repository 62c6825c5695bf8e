/**
 * Who may do what, cell by cell: every auth collection's real user (a staff account of each role and a
 * directory member) and an anonymous request try every operation on every collection and global, over
 * REST and over GraphQL, through the CMS's own HTTP handlers, and each answer must be exactly the one
 * in the table. A collection or global missing from the table fails the test, so new ones get a row.
 * Lists are read in pages of 100, the bound every API read has (plugins/apiLimits.ts).
 */
import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'
import {
  isInputObjectType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql'
import type { CollectionSlug, GlobalSlug, Payload, Where } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { graphql, rest, signIn, type ApiAnswer } from './api'
import { payloadForTests } from './payload'

const actors = ['anon', 'admin', 'editor', 'writer', 'reviewer', 'member'] as const
type Actor = (typeof actors)[number]
const staff = ['admin', 'editor', 'writer', 'reviewer'] as const

/**
 * What an answer means. `ok`: the access rule let the request through (a save may still be refused by
 * its own rules with a 400 naming the field: that is not access). `denied`: 403. `hidden`: 404, the
 * document is outside what the rule lets this user see (or, for deletes, a missing id the rule would
 * let them delete). Reads of lists: `all`, `published` (published documents only), `own` (the user's
 * own records only), `verified` (directory listings: verified ones, and for a member their own too),
 * `denied`. `absent`: the operation does not exist on this road at all.
 */
type Outcome = 'ok' | 'denied' | 'hidden' | 'all' | 'published' | 'own' | 'verified' | 'absent'
type Cells = Record<Actor, Outcome>
type Road = 'REST' | 'GraphQL'
/** The same cells on both roads, or each road's own where Payload's routes differ. */
type Row = Cells | Record<Road, Cells>
type Operation =
  'find' | 'findByID' | 'create' | 'update' | 'delete' | 'versions' | 'unlock' | 'me' | 'forgot'

/** `base` for every actor, with the groups and actors named in `overrides` changed. */
function cells(base: Outcome, overrides: Partial<Record<Actor | 'staff' | 'editors', Outcome>> = {}): Cells {
  const result = Object.fromEntries(actors.map((a) => [a, base])) as Cells
  if (overrides.staff) for (const a of staff) result[a] = overrides.staff
  if (overrides.editors) for (const a of ['admin', 'editor'] as const) result[a] = overrides.editors
  for (const a of actors) if (overrides[a]) result[a] = overrides[a]
  return result
}

const everyone = (o: Outcome) => cells(o)
const deniedAll = cells('denied')
const editorsManage = {
  create: cells('denied', { editors: 'ok' }),
  update: cells('denied', { editors: 'ok' }),
  delete: cells('denied', { editors: 'hidden' }),
}
/** People, topics, pages and partners: published for everyone, drafts and versions for staff, changed by editors. */
const editorManaged: Partial<Record<Operation, Cells>> = {
  find: cells('published', { staff: 'all' }),
  findByID: cells('hidden', { staff: 'ok' }),
  ...editorsManage,
  versions: cells('denied', { staff: 'all' }),
}

const collectionTable: Record<string, Partial<Record<Operation, Row>>> = {
  articles: {
    ...editorManaged,
    create: cells('denied', { admin: 'ok', editor: 'ok', writer: 'ok' }),
    update: cells('denied', { staff: 'ok' }),
  },
  people: editorManaged,
  topics: editorManaged,
  partners: editorManaged,
  pages: editorManaged,
  media: {
    find: everyone('all'),
    findByID: everyone('ok'),
    create: cells('denied', { staff: 'ok' }),
    update: cells('denied', { staff: 'ok' }),
    delete: cells('denied', { editors: 'hidden' }),
  },
  // Staff accounts: admins reach all; other staff only their own; members and anonymous nothing.
  users: {
    find: cells('denied', { staff: 'own', admin: 'all' }),
    findByID: cells('denied', { staff: 'hidden', admin: 'ok' }),
    create: cells('denied', { admin: 'ok' }),
    // Saving another's account is refused outright (Payload answers 403 when the rule's filter misses).
    update: cells('denied', { admin: 'ok' }),
    delete: cells('denied', { admin: 'hidden' }),
    // Over REST only: Payload's GraphQL has `unlock…` only with its own lockout, which is off (login
    // attempts are limited per account and address instead, see hooks/guardLogin.ts).
    unlock: { REST: cells('denied', { admin: 'ok' }), GraphQL: everyone('absent') },
    me: cells('hidden', { staff: 'own' }),
    forgot: everyone('ok'),
  },
  // Members' accounts: admins and the member alone.
  'directory-members': {
    find: cells('denied', { admin: 'all', member: 'own' }),
    findByID: cells('denied', { admin: 'ok', member: 'ok' }),
    create: cells('denied', { admin: 'ok' }),
    update: cells('denied', { admin: 'ok', member: 'ok' }),
    delete: cells('denied', { admin: 'hidden' }),
    // Over REST only: Payload's GraphQL has `unlock…` only with its own lockout, which is off (login
    // attempts are limited per account and address instead, see hooks/guardLogin.ts).
    unlock: { REST: cells('denied', { admin: 'ok' }), GraphQL: everyone('absent') },
    me: cells('hidden', { member: 'own' }),
    forgot: everyone('ok'),
  },
  // Directory listings: verified ones for everyone (a member also their own), all for editors; a member
  // starts one (for themself) and changes only their own.
  therapists: {
    find: cells('verified', { editors: 'all' }),
    findByID: cells('hidden', { editors: 'ok' }),
    create: cells('denied', { editors: 'ok', member: 'ok' }),
    update: cells('denied', { editors: 'ok' }),
    delete: cells('denied', { editors: 'hidden' }),
  },
  subscribers: {
    find: cells('denied', { admin: 'all' }),
    findByID: cells('denied', { admin: 'ok' }),
    create: deniedAll,
    update: cells('denied', { admin: 'ok' }),
    delete: cells('denied', { admin: 'hidden' }),
  },
  outbox: {
    find: cells('denied', { admin: 'all' }),
    findByID: cells('denied', { admin: 'ok' }),
    create: deniedAll,
    update: deniedAll,
    delete: cells('denied', { admin: 'hidden' }),
  },
  'rate-limit-hits': {
    find: deniedAll,
    findByID: deniedAll,
    create: deniedAll,
    update: deniedAll,
    delete: deniedAll,
  },
  forms: { find: everyone('all'), findByID: everyone('ok'), ...editorsManage },
  // Readers write about their own lives in forms: editors and admins only, and only through the endpoint.
  'form-submissions': {
    find: cells('denied', { editors: 'all' }),
    findByID: cells('denied', { editors: 'ok' }),
    create: deniedAll,
    update: deniedAll,
    delete: cells('denied', { editors: 'hidden' }),
  },
  redirects: {
    find: everyone('all'),
    findByID: everyone('ok'),
    ...editorsManage,
  },
  search: {
    find: everyone('all'),
    findByID: everyone('ok'),
    create: deniedAll,
    update: cells('denied', { admin: 'ok' }),
    delete: cells('denied', { admin: 'hidden' }),
  },
  'payload-kv': {
    find: deniedAll,
    findByID: deniedAll,
    create: deniedAll,
    update: deniedAll,
    delete: deniedAll,
  },
  'payload-jobs': {
    find: deniedAll,
    findByID: deniedAll,
    create: deniedAll,
    update: deniedAll,
    delete: deniedAll,
  },
  'payload-locked-documents': {
    find: cells('denied', { staff: 'all' }),
    findByID: cells('denied', { staff: 'ok' }),
    create: cells('denied', { staff: 'ok' }),
    update: cells('denied', { staff: 'ok' }),
    delete: cells('denied', { staff: 'hidden' }),
  },
  // Each signed-in user's own admin preferences (Payload's rule: matched by id and auth collection).
  'payload-preferences': {
    find: cells('own', { anon: 'denied' }),
    // Over REST a preference is addressed by its key, and a key the user lacks answers 200 with nothing.
    findByID: {
      REST: cells('hidden', { admin: 'ok' }),
      GraphQL: cells('hidden', { anon: 'denied', admin: 'ok' }),
    },
    create: cells('ok', { anon: 'denied' }),
    update: cells('denied', { admin: 'ok' }),
    // REST deletes by key only; Payload's route answers 500 for a key the user lacks (a 500 of its own,
    // outside access), so only GraphQL's delete-by-id is in the table.
    delete: { GraphQL: deniedAll, REST: cells('absent') },
  },
  // What the WordPress importer made of each source item: staff may trace a document, only admins change them.
  'import-records': {
    find: cells('denied', { staff: 'all' }),
    findByID: cells('denied', { staff: 'ok' }),
    create: cells('denied', { admin: 'ok' }),
    update: cells('denied', { admin: 'ok' }),
    delete: cells('denied', { admin: 'hidden' }),
  },
  // No REST routes and no GraphQL (Payload's own `endpoints: false`, `graphQL: false`).
  'payload-migrations': {
    find: everyone('absent'),
    findByID: everyone('absent'),
    create: everyone('absent'),
    update: everyone('absent'),
    delete: everyone('absent'),
  },
}

const globalRow = {
  find: everyone('ok'),
  update: cells('denied', { editors: 'ok' }),
  versions: cells('denied', { staff: 'all' }),
}
const globalTable: Record<string, Partial<Record<Operation, Row>>> = {
  navigation: globalRow,
  'crisis-resources': globalRow,
  'site-settings': globalRow,
}

/** GraphQL names of each collection (singular, plural), as Payload derives them. */
const graphqlNames: Record<string, [string, string] | null> = {
  articles: ['Article', 'Articles'],
  people: ['Person', 'People'],
  topics: ['Topic', 'Topics'],
  partners: ['Partner', 'Partners'],
  pages: ['Page', 'Pages'],
  media: ['Media', 'allMedia'],
  users: ['User', 'Users'],
  'directory-members': ['DirectoryMember', 'DirectoryMembers'],
  therapists: ['Therapist', 'Therapists'],
  subscribers: ['Subscriber', 'Subscribers'],
  outbox: ['Outbox', 'Outboxes'],
  'rate-limit-hits': ['RateLimitHit', 'RateLimitHits'],
  forms: ['Form', 'Forms'],
  'form-submissions': ['FormSubmission', 'FormSubmissions'],
  redirects: ['Redirect', 'Redirects'],
  search: ['Search', 'Searches'],
  'payload-kv': ['PayloadKv', 'PayloadKvs'],
  'payload-jobs': ['PayloadJob', 'PayloadJobs'],
  'payload-locked-documents': ['PayloadLockedDocument', 'PayloadLockedDocuments'],
  'payload-preferences': ['PayloadPreference', 'PayloadPreferences'],
  'import-records': ['ImportRecord', 'ImportRecords'],
  'payload-migrations': null,
}
const globalGraphqlNames: Record<string, string> = {
  navigation: 'Navigation',
  'crisis-resources': 'CrisisResource',
  'site-settings': 'SiteSetting',
}

const MISSING_ID = 987654321
const authCollections = new Set(['users', 'directory-members'])

let payload: Payload
let schema: GraphQLSchema
const tokens: Partial<Record<Actor, string>> = {}
const selves: Record<Actor, { collection: string; id: number | string } | null> = {
  anon: null,
  admin: null,
  editor: null,
  writer: null,
  reviewer: null,
  member: null,
}
const targets: Record<string, number | string> = {}
const emails: Record<string, string> = {
  users: 'admin@haven.test',
  'directory-members': 'therapist@haven.test',
}

const accounts: Record<Exclude<Actor, 'anon'>, [string, string]> = {
  admin: ['users', 'admin@haven.test'],
  editor: ['users', 'editor@haven.test'],
  writer: ['users', 'writer@haven.test'],
  reviewer: ['users', 'reviewer@haven.test'],
  member: ['directory-members', 'therapist@haven.test'],
}

/** One document per collection for the by-id operations: a draft where there are drafts, so "published only" shows. */
async function prepareTargets(): Promise<void> {
  const admin = (
    await payload.find({ collection: 'users', where: { email: { equals: 'admin@haven.test' } } })
  ).docs[0]!
  const adminId = admin.id
  const make = async (collection: string, data: Record<string, unknown>, draft = false) =>
    (
      await payload.create({
        collection: collection as CollectionSlug,
        data: data as never,
        draft,
        overrideAccess: true,
        // Locks and preferences belong to the user who makes them.
        user: { ...admin, collection: 'users' },
      })
    ).id
  const draft = { _status: 'draft' }
  targets.articles = await make('articles', { title: 'Access matrix draft article', ...draft }, true)
  targets.people = await make('people', { name: 'Access Matrix Person', ...draft }, true)
  targets.topics = await make('topics', { title: 'Access matrix topic', ...draft }, true)
  targets.partners = await make('partners', { name: 'Access Matrix Partner', ...draft }, true)
  targets.pages = await make('pages', { title: 'Access matrix page', ...draft }, true)
  targets.subscribers = await make('subscribers', { email: 'matrix-reader@example.org', status: 'pending' })
  targets.outbox = await make('outbox', { to: 'matrix@example.org', subject: 'Access matrix' })
  targets['rate-limit-hits'] = await make('rate-limit-hits', { key: 'access-matrix' })
  const form = (await payload.find({ collection: 'forms', limit: 1 })).docs[0]!
  targets['form-submissions'] = await make('form-submissions', {
    form: form.id,
    submissionData: [{ field: 'name', value: 'Access matrix' }],
  })
  targets.redirects = await make('redirects', {
    from: '/access-matrix-old',
    to: { type: 'custom', url: '/about-us' },
    type: '301',
  })
  targets['import-records'] = await make('import-records', {
    key: 'https://old.example.org|article|7',
    source: 'https://old.example.org',
    kind: 'article',
    wpId: '7',
    targetCollection: 'articles',
  })
  targets['payload-kv'] = await make('payload-kv', { key: 'access-matrix', data: { a: 1 } })
  targets['payload-jobs'] = (
    await payload.jobs.queue({ task: 'refreshWeb', input: { tags: ['access-matrix'] } })
  ).id
  // A lock on a document nothing here saves (saving a document clears its locks).
  const person = (await payload.find({ collection: 'people', limit: 1, sort: 'createdAt' })).docs[0]!
  targets['payload-locked-documents'] = await make('payload-locked-documents', {
    document: { relationTo: 'people', value: person.id },
    user: { relationTo: 'users', value: adminId },
  })
  targets['payload-preferences'] = await make('payload-preferences', {
    key: 'access-matrix',
    user: { relationTo: 'users', value: adminId },
    value: { a: 1 },
  })
  // Someone else's preference and a second member, so "own" differs from "all".
  const editor = (
    await payload.find({ collection: 'users', where: { email: { equals: 'editor@haven.test' } } })
  ).docs[0]!
  await payload.create({
    collection: 'payload-preferences',
    data: { key: 'access-matrix-editor', user: { relationTo: 'users', value: editor.id }, value: { b: 1 } },
    user: { ...editor, collection: 'users' },
  })
  const secondMember = await payload.create({
    collection: 'directory-members',
    data: {
      email: 'second-therapist@example.org',
      name: 'Second Therapist',
      password: 'a-long-enough-password',
    },
  })
  // Another member's pending listing: hidden from everyone but editors.
  targets.therapists = await make('therapists', {
    name: 'Access Matrix Therapist',
    owner: secondMember.id,
    licences: [{ type: 'LPC', state: 'TX', number: 'LPC-1', expiry: '2030-01-31' }],
    helpWith: 'Access matrix listing.',
  })
  targets.users = adminId
  targets['directory-members'] = (
    await payload.find({
      collection: 'directory-members',
      where: { email: { equals: emails['directory-members'] } },
    })
  ).docs[0]!.id
  for (const slug of ['media', 'forms', 'search'])
    targets[slug] = (await payload.find({ collection: slug as CollectionSlug, limit: 1 })).docs[0]!.id
}

beforeAll(async () => {
  payload = await payloadForTests()
  schema = configToSchema(await config).schema
  for (const actor of Object.keys(accounts) as Exclude<Actor, 'anon'>[]) {
    const [collection, email] = accounts[actor]
    tokens[actor] = await signIn(collection, email, DEMO_PASSWORD)
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { email: { equals: email } },
    })
    selves[actor] = { collection, id: docs[0]!.id }
  }
  await prepareTargets()
}, 120_000)

/** Documents that are the user's own, for `own`. */
function ownWhere(collection: string, actor: Actor): Where | null {
  const self = selves[actor]
  if (!self) return null
  if (authCollections.has(collection))
    return self.collection === collection ? { id: { equals: self.id } } : null
  if (collection === 'payload-preferences')
    return {
      and: [{ 'user.value': { equals: self.id } }, { 'user.relationTo': { equals: self.collection } }],
    }
  return null
}

/** What a list answer means, from how many documents it held. */
async function listOutcome(
  collection: string,
  actor: Actor,
  ids: unknown[],
  total: number,
): Promise<Outcome> {
  const slug = collection as CollectionSlug
  const all = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
  const own = ownWhere(collection, actor)
  if (own) {
    const mine = await payload.find({
      collection: slug,
      where: own,
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    const mineIds = mine.docs.map((d) => String(d.id)).sort()
    if (
      total === mine.totalDocs &&
      JSON.stringify(ids.map(String).sort()) === JSON.stringify(mineIds) &&
      total < all
    )
      return 'own'
  }
  if (total === all) return 'all'
  if (collection === 'therapists') {
    const verified: Where = { 'verification.status': { equals: 'verified' } }
    const self = selves[actor]
    const where: Where =
      self?.collection === 'directory-members' ? { or: [verified, { owner: { equals: self.id } }] } : verified
    const visible = (await payload.count({ collection: slug, where, overrideAccess: true })).totalDocs
    if (total === visible) return 'verified'
  }
  const hasDrafts = Boolean(payload.collections[slug]?.config.versions?.drafts)
  if (hasDrafts) {
    // Partners are public only while active as well as published.
    const where: Where =
      collection === 'partners'
        ? { and: [{ _status: { equals: 'published' } }, { active: { equals: true } }] }
        : { _status: { equals: 'published' } }
    const published = (await payload.count({ collection: slug, where, overrideAccess: true })).totalDocs
    if (total === published) return 'published'
  }
  throw new Error(`${actor} listed ${total} of ${all} ${collection}: neither all, own nor published`)
}

function statusOutcome(status: number): Outcome {
  if (status === 200 || status === 201 || status === 400) return 'ok'
  if (status === 401 || status === 403) return 'denied'
  if (status === 404) return 'hidden'
  if (status === 501) return 'absent'
  throw new Error(`unexpected status ${status}`)
}

async function restCell(
  collection: string,
  operation: Operation,
  actor: Actor,
  isGlobal: boolean,
): Promise<Outcome> {
  const token = tokens[actor]
  if (isGlobal) {
    const base = `/globals/${collection}`
    if (operation === 'find') return statusOutcome((await rest('GET', `${base}?depth=0`, { token })).status)
    if (operation === 'update') return statusOutcome((await rest('POST', base, { token, body: {} })).status)
    const answer = await rest('GET', `${base}/versions?limit=100&depth=0`, { token })
    if (answer.status !== 200) return statusOutcome(answer.status)
    const all = (await payload.countGlobalVersions({ global: collection as GlobalSlug })).totalDocs
    return (answer.json.totalDocs as number) === all ? 'all' : 'hidden'
  }
  const base = `/${collection}`
  const id = targets[collection] ?? MISSING_ID
  // Preferences are addressed by key over REST (Payload's own routes for the admin).
  const byId = collection === 'payload-preferences' ? `${base}/access-matrix` : `${base}/${id}`
  let answer: ApiAnswer
  switch (operation) {
    case 'find':
      answer = await rest('GET', `${base}?limit=100&depth=0`, { token })
      if (answer.status !== 200) return statusOutcome(answer.status)
      return listOutcome(
        collection,
        actor,
        (answer.json.docs as { id: unknown }[]).map((d) => d.id),
        answer.json.totalDocs as number,
      )
    case 'findByID':
      answer = await rest('GET', `${byId}?depth=0`, { token })
      // Payload answers a preference the user does not have with 200 and no document.
      if (collection === 'payload-preferences' && answer.status === 200 && !answer.json.id) return 'hidden'
      return statusOutcome(answer.status)
    case 'create':
      return statusOutcome((await rest('POST', base, { token, body: {} })).status)
    case 'update':
      return statusOutcome((await rest('PATCH', `${base}/${id}`, { token, body: {} })).status)
    case 'delete':
      return statusOutcome((await rest('DELETE', `${base}/${MISSING_ID}`, { token })).status)
    case 'versions':
      answer = await rest('GET', `${base}/versions?limit=100&depth=0`, { token })
      if (answer.status !== 200) return statusOutcome(answer.status)
      return (answer.json.totalDocs as number) ===
        (await payload.countVersions({ collection: collection as CollectionSlug })).totalDocs
        ? 'all'
        : 'hidden'
    case 'unlock':
      return statusOutcome(
        (await rest('POST', `${base}/unlock`, { token, body: { email: emails[collection] } })).status,
      )
    case 'me': {
      answer = await rest('GET', `${base}/me`, { token })
      const user = answer.json.user as { id?: unknown } | null | undefined
      if (answer.status !== 200) return statusOutcome(answer.status)
      return user?.id !== undefined && String(user.id) === String(selves[actor]?.id) ? 'own' : 'hidden'
    }
    case 'forgot':
      return statusOutcome(
        (await rest('POST', `${base}/forgot-password`, { token, body: { email: emails[collection] } }))
          .status,
      )
  }
}

/** The smallest value of a GraphQL input type: required fields filled with placeholders of the right type. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType)
  if (isListType(type)) return [placeholder(type.ofType)]
  if (isEnumType(type)) return type.getValues()[0]!.name
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {}
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type)) value[field.name] = placeholder(field.type)
    return value
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return 1
    if (type.name === 'Boolean') return false
    if (type.name === 'JSON' || type.name === 'JSONObject') return {}
    if (type.name === 'DateTime') return new Date().toISOString()
    if (/email/i.test(type.name)) return 'access-matrix@example.org'
    return 'access-matrix'
  }
  return null
}

/**
 * The input for an update that changes nothing: the required fields of `type` with the stored values
 * (GraphQL insists on them even when a save would keep them).
 */
function unchanged(type: GraphQLInputType, value: unknown, requiredOnly = true): unknown {
  if (isNonNullType(type))
    return value === null || value === undefined
      ? placeholder(type)
      : unchanged(type.ofType, value, requiredOnly)
  if (value === null || value === undefined) return value
  if (isListType(type))
    return Array.isArray(value) ? value.map((v) => unchanged(type.ofType, v, false)) : value
  if (isEnumType(type)) return type.getValues().find((v) => v.value === value)?.name ?? value
  if (isInputObjectType(type)) {
    const result: Record<string, unknown> = {}
    for (const field of Object.values(type.getFields())) {
      if (requiredOnly && !isNonNullType(field.type)) continue
      const inner = (value as Record<string, unknown>)[field.name]
      if (inner !== undefined) result[field.name] = unchanged(field.type, inner, false)
    }
    return result
  }
  return value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
}

function graphqlOutcome(answer: ApiAnswer, field: string): Outcome {
  const errors = answer.json.errors as { message: string; extensions?: { statusCode?: number } }[] | undefined
  if (errors?.length) {
    const status = errors[0]!.extensions?.statusCode
    if (status === undefined) throw new Error(`GraphQL ${field}: ${errors[0]!.message}`)
    return statusOutcome(status)
  }
  const data = (answer.json.data as Record<string, unknown> | undefined)?.[field]
  if (data === undefined) throw new Error(`GraphQL ${field}: no data`)
  return 'ok'
}

async function graphqlCell(
  collection: string,
  operation: Operation,
  actor: Actor,
  isGlobal: boolean,
): Promise<Outcome> {
  const token = tokens[actor]
  const query = schema.getQueryType()!.getFields()
  const mutation = schema.getMutationType()!.getFields()
  if (isGlobal) {
    const name = globalGraphqlNames[collection]!
    if (operation === 'find')
      return graphqlOutcome(await graphql(`{ ${name} { updatedAt } }`, { token }), name)
    if (operation === 'update') {
      const field = `update${name}`
      const type = mutation[field]!.args.find((a) => a.name === 'data')!.type
      const stored = await payload.findGlobal({ slug: collection as GlobalSlug, depth: 0 })
      return graphqlOutcome(
        await graphql(`mutation($data: ${String(type)}) { ${field}(data: $data) { updatedAt } }`, {
          token,
          variables: { data: unchanged(type, stored) },
        }),
        field,
      )
    }
    const field = `versions${name}`
    const answer = await graphql(`{ ${field}(limit: 100) { totalDocs } }`, { token })
    if ((answer.json.errors as unknown[] | undefined)?.length) return graphqlOutcome(answer, field)
    const total = (answer.json.data as Record<string, { totalDocs: number }>)[field]!.totalDocs
    const all = (await payload.countGlobalVersions({ global: collection as GlobalSlug })).totalDocs
    return total === all ? 'all' : 'hidden'
  }
  const names = graphqlNames[collection]
  if (names === undefined) throw new Error(`no GraphQL names for ${collection}`)
  if (names === null) {
    // The collection has no GraphQL at all: no query or mutation names it.
    const named = [...Object.keys(query), ...Object.keys(mutation)].some((f) =>
      f.toLowerCase().includes(collection.replace(/-/g, '').toLowerCase()),
    )
    return named ? 'ok' : 'absent'
  }
  const [one, many] = names
  const id = targets[collection] ?? MISSING_ID
  const idLiteral = JSON.stringify(typeof id === 'number' ? id : String(id))
  switch (operation) {
    case 'find': {
      const answer = await graphql(`{ ${many}(limit: 100) { totalDocs docs { id } } }`, { token })
      if ((answer.json.errors as unknown[] | undefined)?.length) return graphqlOutcome(answer, many)
      const page = (answer.json.data as Record<string, { totalDocs: number; docs: { id: unknown }[] }>)[many]!
      return listOutcome(
        collection,
        actor,
        page.docs.map((d) => d.id),
        page.totalDocs,
      )
    }
    case 'findByID': {
      const answer = await graphql(`{ ${one}(id: ${idLiteral}) { id } }`, { token })
      return graphqlOutcome(answer, one)
    }
    case 'create': {
      const field = `create${one}`
      const type = mutation[field]!.args.find((a) => a.name === 'data')!.type
      return graphqlOutcome(
        await graphql(`mutation($data: ${String(type)}) { ${field}(data: $data) { id } }`, {
          token,
          variables: { data: placeholder(type) },
        }),
        field,
      )
    }
    case 'update': {
      const field = `update${one}`
      const type = mutation[field]!.args.find((a) => a.name === 'data')!.type
      const stored = await payload
        .findByID({
          collection: collection as CollectionSlug,
          id,
          depth: 0,
          draft: true,
          overrideAccess: true,
        })
        .catch(() => ({})) // a queued job may have run and gone; its access is refused before any lookup
      return graphqlOutcome(
        await graphql(`mutation($data: ${String(type)}) { ${field}(id: ${idLiteral}, data: $data) { id } }`, {
          token,
          variables: { data: unchanged(type, stored) },
        }),
        field,
      )
    }
    case 'delete': {
      const field = `delete${one}`
      return graphqlOutcome(
        await graphql(`mutation { ${field}(id: ${MISSING_ID}) { id } }`, { token }),
        field,
      )
    }
    case 'versions': {
      const field = `versions${many}`
      const answer = await graphql(`{ ${field}(limit: 100) { totalDocs } }`, { token })
      if ((answer.json.errors as unknown[] | undefined)?.length) return graphqlOutcome(answer, field)
      const total = (answer.json.data as Record<string, { totalDocs: number }>)[field]!.totalDocs
      const all = (await payload.countVersions({ collection: collection as CollectionSlug })).totalDocs
      return total === all ? 'all' : 'hidden'
    }
    case 'unlock': {
      const field = `unlock${one}`
      if (!mutation[field]) return 'absent'
      return graphqlOutcome(
        await graphql(`mutation { ${field}(email: ${JSON.stringify(emails[collection])}) }`, { token }),
        field,
      )
    }
    case 'me': {
      const field = `me${one}`
      const answer = await graphql(`{ ${field} { user { id } } }`, { token })
      if ((answer.json.errors as unknown[] | undefined)?.length) return graphqlOutcome(answer, field)
      const user = (answer.json.data as Record<string, { user: { id: unknown } | null } | null>)[field]?.user
      return user && String(user.id) === String(selves[actor]?.id) ? 'own' : 'hidden'
    }
    case 'forgot': {
      const field = `forgotPassword${one}`
      return graphqlOutcome(
        await graphql(`mutation { ${field}(email: ${JSON.stringify(emails[collection])}) }`, { token }),
        field,
      )
    }
  }
}

describe('the access matrix', () => {
  it('has a row for every collection and global Payload serves', async () => {
    const resolved = await config
    expect(resolved.collections.map((c) => c.slug).sort()).toEqual(Object.keys(collectionTable).sort())
    expect(resolved.collections.map((c) => c.slug).sort()).toEqual(Object.keys(graphqlNames).sort())
    expect(resolved.globals.map((g) => g.slug).sort()).toEqual(Object.keys(globalTable).sort())
  })

  const rows: [string, string, Operation, boolean][] = []
  for (const road of ['REST', 'GraphQL'])
    for (const [table, isGlobal] of [
      [collectionTable, false],
      [globalTable, true],
    ] as const)
      for (const [collection, operations] of Object.entries(table))
        for (const operation of Object.keys(operations) as Operation[])
          rows.push([road, collection, operation, isGlobal])

  it.each(rows)(
    '%s %s %s: every actor gets exactly the expected answer',
    async (road, collection, operation, isGlobal) => {
      const row = (isGlobal ? globalTable : collectionTable)[collection]![operation]!
      const expected = 'REST' in row ? row[road as Road] : row
      if (
        Object.values(expected).every((o) => o === 'absent') &&
        road === 'REST' &&
        collection !== 'payload-migrations'
      )
        return // not a road this operation takes (see the table)
      const actual = {} as Cells
      for (const actor of actors)
        actual[actor] =
          road === 'REST'
            ? await restCell(collection, operation, actor, isGlobal)
            : await graphqlCell(collection, operation, actor, isGlobal)
      expect(actual).toEqual(expected)
    },
  )
})

describe('the account takeover of issue 11', () => {
  it('does not let a directory member read the admin account or change its password', async () => {
    const adminId = targets.users!
    const read = await rest('GET', `/users/${adminId}`, { token: tokens.member })
    expect(read.status).toBe(403)
    expect(JSON.stringify(read.json)).not.toContain('admin@haven.test')
    const change = await rest('PATCH', `/users/${adminId}`, {
      token: tokens.member,
      body: { password: 'taken-over-by-a-member' },
    })
    expect(change.status).toBe(403)
    const stolen = await rest('POST', '/users/login', {
      body: { email: 'admin@haven.test', password: 'taken-over-by-a-member' },
    })
    expect(stolen.status).toBe(401)
    const gql = await graphql(
      `mutation { updateUser(id: ${JSON.stringify(adminId)}, data: { password: "taken-over-by-a-member" }) { email } }`,
      { token: tokens.member },
    )
    expect((gql.json.errors as { extensions: { statusCode: number } }[])[0]!.extensions.statusCode).toBe(403)
  })

  it('does not let a writer read any directory member’s email', async () => {
    const list = await rest('GET', '/directory-members', { token: tokens.writer })
    expect(list.status).toBe(403)
    expect(JSON.stringify(list.json)).not.toContain('therapist@haven.test')
    const gql = await graphql('{ DirectoryMembers { docs { email } } }', { token: tokens.writer })
    expect(JSON.stringify(gql.json)).not.toContain('therapist@haven.test')
  })

  it('does not sign a directory member in as staff', async () => {
    const answer = await rest('POST', '/users/login', {
      body: { email: 'therapist@haven.test', password: DEMO_PASSWORD },
    })
    expect(answer.status).toBe(401)
  })
})
