/**
 * Issue 13, part 4: the rules that protect readers hold on every save of an article, drafts included
 * (the README says so), tried as the admin's "Save Draft" makes them: a writer's PATCH with
 * `draft=true` and `_status: 'draft'` through Payload's REST router. And an empty "Partner offers"
 * block, in each shape the admin's block form can send, never crashes the save. The crisis-resources
 * global's drafts are tried in crisis-numbers.int.test.ts. Every article made here has "Draft saves
 * test" in its title and is removed afterwards.
 */
import { blockId, block, link, paragraph, root, text, type LexicalJson } from '@haven/schemas/lexical-builder'
import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { rest, signIn } from './api'
import { payloadForTests } from './payload'

const MARK = 'Draft saves test'
let payload: Payload
let writerToken: string
let base: Record<string, unknown>
const partners = { active: 0, inactive: 0 }
let counter = 0

beforeAll(async () => {
  payload = await payloadForTests()
  writerToken = await signIn('users', 'writer@haven.test', DEMO_PASSWORD)
  const id = async (collection: 'people' | 'topics' | 'partners', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
  partners.active = await id('partners', 'harborline')
  partners.inactive = await id('partners', 'lantern-circle')
  base = {
    summary: 'A throw-away article for the draft-save tests.',
    heroImage: (await payload.find({ collection: 'media', where: { purpose: { equals: 'general' } } }))
      .docs[0]!.id,
    authors: [await id('people', 'daniel-whitfield')],
    topics: [await id('topics', 'anxiety')],
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', where: { title: { contains: MARK } }, overrideAccess: true })
})

const body = (...children: LexicalJson[]) => root(...children)
const words = (value: string) => body(paragraph(text(value)))
const offersBlock = (offers: unknown) =>
  block({ blockType: 'partnerOffers', title: 'Support for couples', offers } as never)

/** A writer's draft, created as the admin creates one. */
async function draft(): Promise<{ id: number; slug: string }> {
  counter += 1
  const slug = `draft-saves-${counter}-${Date.now()}`
  const { status, json } = await rest('POST', '/articles?depth=0&draft=true', {
    token: writerToken,
    body: {
      ...base,
      title: `${MARK} ${counter}`,
      slug,
      body: words('A safe first sentence.'),
      _status: 'draft',
    },
  })
  expect(status).toBe(201)
  return { id: (json.doc as { id: number }).id, slug }
}

/** "Save Draft" as the writer, with the stored draft read back. */
async function saveDraft(id: number, data: Record<string, unknown>) {
  const answer = await rest('PATCH', `/articles/${id}?depth=0&fallback-locale=null&draft=true`, {
    token: writerToken,
    body: { ...data, _status: 'draft' },
  })
  const stored = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  return { ...answer, stored }
}

type Errors = { message: string; data: { errors: { path: string; message: string }[] } }[]

describe('a writer’s draft is refused, naming the field and the rule, and the stored draft is kept', () => {
  it.each([
    [
      '800-273-8255 in the text',
      () => ({ body: words('Call 800-273-8255 any time.') }),
      'body',
      /^body: 800-273-8255 was superseded by 988/,
    ],
    [
      '"call 811" in the text',
      () => ({ body: words('If it gets too much, call 811.') }),
      'body',
      /^body: "call 811": /,
    ],
    [
      'a tel: link to 800-273-8255',
      () => ({
        body: body(paragraph(link({ linkType: 'custom', url: 'tel:18002738255' }, text('the old line')))),
      }),
      'body',
      /^body: the link "the old line" dials tel:18002738255: 800-273-8255 was superseded by 988/,
    ],
    [
      'a link to an article that does not exist',
      () => ({
        body: body(
          paragraph(
            link(
              { linkType: 'internal', doc: { relationTo: 'articles', value: 987654 } },
              text('a lost article'),
            ),
          ),
        ),
      }),
      'body',
      /^body: the link "a lost article" points at articles 987654, which does not exist/,
    ],
    [
      'an inactive partner in an offers group',
      () => ({ body: body(offersBlock([{ id: blockId(), partner: partners.inactive }])) }),
      'body',
      /"Lantern Circle" is inactive|includes inactive "Lantern Circle"/,
    ],
    ['a slug that is not URL-safe', () => ({ slug: 'Not A Slug' }), 'slug', /^slug: must be URL-safe/],
    [
      'a slug another article has',
      () => ({ slug: 'emotional-intimacy' }),
      'slug',
      /^slug: .*(already|unique)/i,
    ],
  ])('with %s', async (_what, change, field, message) => {
    const { id, slug } = await draft()
    const { status, json, stored } = await saveDraft(id, change())
    expect(status).toBe(400)
    const [error] = json.errors as Errors
    expect(error!.data.errors).toContainEqual(
      expect.objectContaining({ path: field, message: expect.stringMatching(message) }),
    )
    expect(error!.message).toMatch(/^Not saved: |^The following field/)
    expect(stored.slug).toBe(slug)
    expect(JSON.stringify(stored.body)).toContain('A safe first sentence.')
  })
})

describe('an empty "Partner offers" block', () => {
  // The admin's block form sends an array field with no rows as its row count (0) when the block is
  // first added, and leaves it out once the form has changed; a script may send [] or null.
  it.each([
    ['0, as the admin sends a new block', 0],
    ['[]', []],
    ['null', null],
    ['nothing', undefined],
  ])('with offers %s is refused naming the body, never a server error', async (_shape, offers) => {
    const { id } = await draft()
    const group = offersBlock(offers)
    if (offers === undefined) delete (group.fields as Record<string, unknown>).offers
    const { status, json, stored } = await saveDraft(id, {
      body: body(paragraph(text('Before the offers.')), group),
    })
    expect(status).toBe(400)
    const [error] = json.errors as Errors
    expect(error!.data.errors).toContainEqual({
      path: 'body',
      message:
        'body: partner offers group "Support for couples" has no partner; add at least one active partner',
    })
    expect(error!.message).toBe(
      'Not saved: Body: partner offers group "Support for couples" has no partner; add at least one active partner',
    )
    expect(JSON.stringify(stored.body)).toContain('A safe first sentence.')
  })

  it('saves once the group has an active partner', async () => {
    const { id } = await draft()
    const { status, stored } = await saveDraft(id, {
      body: body(offersBlock([{ id: blockId(), partner: partners.active }])),
    })
    expect(status).toBe(200)
    expect(JSON.stringify(stored.body)).toContain('partnerOffers')
  })
})
