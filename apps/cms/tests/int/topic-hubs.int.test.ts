/**
 * Topic hubs' own fields through the Local API: the seed's hubs as readers get them, and the rules on
 * editors' picks and related topics (refused with a message naming the field, on drafts too).
 */
import { hasText, topicHubSchema } from '@haven/schemas'
import type { Payload } from 'payload'

import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Topic hubs test'
let payload: Payload
const ids = { mentalHealth: 0, anxiety: 0, articles: [] as number[] }

const topicId = async (path: string) =>
  (await payload.find({ collection: 'topics', where: { path: { equals: path } }, depth: 0, limit: 1 }))
    .docs[0]!.id

beforeAll(async () => {
  payload = await payloadForTests()
  ids.mentalHealth = await topicId('mental-health')
  ids.anxiety = await topicId('mental-health/anxiety')
  const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 7, sort: 'id' })
  ids.articles = docs.map((doc) => doc.id)
})

afterEach(async () => {
  const { docs } = await payload.find({
    collection: 'topics',
    where: { title: { contains: MARK } },
    draft: true,
    depth: 0,
    sort: '-createdAt',
  })
  for (const doc of docs) await payload.delete({ collection: 'topics', id: doc.id })
})

const newTopic = (name: string, data: Record<string, unknown>, status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'topics',
    data: { title: `${MARK} ${name}`, slug: `topic-hubs-test-${name}`, ...data, _status: status },
  })

describe('the seeded hubs, as an anonymous reader reads them', () => {
  it('gives Mental Health an introduction, picks and related topics the web’s schema parses', async () => {
    const { docs } = await payload.find({
      collection: 'topics',
      where: { path: { equals: 'mental-health' } },
      depth: 1,
      overrideAccess: false,
    })
    const hub = topicHubSchema.parse(JSON.parse(JSON.stringify(docs[0])))
    expect(hasText(hub.intro)).toBe(true)
    expect(hub.editorsPicks.map((pick) => (typeof pick === 'object' ? pick.slug : pick))).toEqual([
      'signs-of-depression',
      'generalized-anxiety-disorder',
      'bipolar-disorder-basics',
    ])
    expect(hub.relatedTopics.map((topic) => (typeof topic === 'object' ? topic.path : topic))).toEqual([
      'therapy-techniques',
      'starting-therapy-faq',
      'types-of-therapists',
    ])
  })

  it('lets a reader read only the published picks', async () => {
    // A pick that is only a draft: the web's pick read (anonymous, by id) must not get it.
    const draft = await payload.create({
      collection: 'articles',
      data: { title: `${MARK} draft pick`, slug: 'topic-hubs-test-draft-pick', _status: 'draft' } as never,
      draft: true,
    })
    const [shown] = ids.articles
    try {
      const picked = await newTopic('reader', { editorsPicks: [shown, draft.id] })
      const { docs } = await payload.find({
        collection: 'articles',
        where: { id: { in: [shown, draft.id] } },
        depth: 0,
        overrideAccess: false,
      })
      expect(docs.map((doc) => doc.id)).toEqual([shown])
      const topic = await payload.findByID({
        collection: 'topics',
        id: picked.id,
        depth: 0,
        overrideAccess: false,
      })
      expect(topic.editorsPicks).toEqual([shown, draft.id])
    } finally {
      await payload.delete({ collection: 'topics', where: { title: { contains: MARK } } })
      await payload.delete({ collection: 'articles', id: draft.id })
    }
  })
})

describe('editors’ picks', () => {
  it('are refused when one is not an existing article, naming the field', async () => {
    const messages = await refusal(newTopic('missing', { editorsPicks: [ids.articles[0], 987654] }))
    expect(messages).toEqual(['editorsPicks: article 987654 does not exist; choose articles only'])
  })

  it('are refused when an article is picked twice', async () => {
    const [first] = ids.articles
    const messages = await refusal(newTopic('twice', { editorsPicks: [first, first] }))
    expect(messages).toEqual([expect.stringMatching(/^editorsPicks: ".+" is chosen twice$/)])
  })

  it('are refused past six, even on a draft', async () => {
    const messages = await refusal(newTopic('seven', { editorsPicks: ids.articles }, 'draft'))
    expect(messages).toEqual(['editorsPicks: at most 6 articles (7 chosen)'])
  })

  it('keep the editors’ order', async () => {
    const order = [ids.articles[3]!, ids.articles[0]!, ids.articles[2]!]
    const topic = await newTopic('order', { editorsPicks: order })
    expect(topic.editorsPicks?.map((pick) => (typeof pick === 'object' ? pick.id : pick))).toEqual(order)
  })
})

describe('related topics', () => {
  it('are refused when they include the topic itself', async () => {
    const topic = await newTopic('self', {})
    const messages = await refusal(
      payload.update({
        collection: 'topics',
        id: topic.id,
        data: { relatedTopics: [ids.anxiety, topic.id] },
      }),
    )
    expect(messages).toEqual(['relatedTopics: a topic cannot be related to itself'])
  })

  it('are refused when one does not exist, or one is chosen twice', async () => {
    expect(await refusal(newTopic('gone', { relatedTopics: [987654] }))).toEqual([
      'relatedTopics: topic 987654 does not exist; choose topics only',
    ])
    expect(await refusal(newTopic('dup', { relatedTopics: [ids.anxiety, ids.anxiety] }))).toEqual([
      'relatedTopics: "Anxiety" is chosen twice',
    ])
  })

  it('accept other existing topics', async () => {
    const topic = await newTopic('ok', { relatedTopics: [ids.anxiety, ids.mentalHealth] })
    expect(topic.relatedTopics?.map((t) => (typeof t === 'object' ? t.id : t))).toEqual([
      ids.anxiety,
      ids.mentalHealth,
    ])
  })
})
