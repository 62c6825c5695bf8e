import { blocksOf, lexicalDocumentSchema, type LexicalDocument } from './lexical'
import { block, link, paragraph, root, text, type LexicalJson } from './lexical-builder'
import { partnerSchema } from './partner'

const stamp = '2026-01-01T00:00:00.000Z'
const partner = (id: number, name: string, active = true) =>
  partnerSchema.parse({
    id,
    name,
    slug: name.toLowerCase(),
    disclosureName: `${name} Therapy`,
    category: 'Online therapy',
    offerText: `${name} matches you with a therapist.`,
    ctaLabel: `Visit ${name}`,
    url: `https://${name.toLowerCase()}.example`,
    active,
    updatedAt: stamp,
    createdAt: stamp,
    _status: 'published',
  })

const parse = (children: LexicalJson[]): LexicalDocument => lexicalDocumentSchema.parse(root(...children))

describe('lexicalDocumentSchema', () => {
  it('types blocks by blockType and keeps the fields the web renders', () => {
    const body = parse([
      paragraph(text('Hello')),
      block({
        blockType: 'partnerOffers',
        title: null,
        offers: [{ id: 'o1', partner: partner(1, 'Harborline') }],
      }),
    ])
    const [group] = blocksOf(body, 'partnerOffers')
    expect(group?.offers[0]?.partner).toMatchObject({ disclosureName: 'Harborline Therapy' })
  })

  it('accepts relationships the reader may not see as an id or null', () => {
    expect(() =>
      parse([
        block({ blockType: 'partnerOffers', offers: [{ partner: 4 }, { partner: null }] }),
        block({
          blockType: 'video',
          provider: 'youtube',
          videoId: 'hvnDemo0001',
          title: 'A video',
          presenter: 8,
          transcript: 'Hi.',
        }),
        block({ blockType: 'furtherReading', title: null, articles: [3, null, '6b073a3fb108597b0894c58b'] }),
        block({ blockType: 'infographicGallery', images: [{ image: 10, title: 'A', description: 'B' }] }),
        paragraph(link({ linkType: 'internal', doc: { relationTo: 'articles', value: 3 } }, text('a draft'))),
      ]),
    ).not.toThrow()
  })

  it('reads a callout’s own rich text, links included', () => {
    const body = parse([
      block({
        blockType: 'callout',
        tone: 'seek-help',
        title: 'When a professional can help',
        body: root(
          paragraph(link({ linkType: 'custom', url: 'https://988lifeline.org' }, text('988lifeline.org'))),
        ),
      }),
    ])
    const [callout] = blocksOf(body, 'callout')
    const first = callout?.body.root.children[0]
    expect(first?.type === 'paragraph' && first.children[0]).toMatchObject({
      type: 'link',
      fields: { url: 'https://988lifeline.org' },
    })
  })

  it('keeps the properties of a node it does not type, for the renderer', () => {
    const body = parse([{ ...paragraph(text('Hi')), textFormat: 1, direction: 'ltr' }])
    expect(body.root.children[0]).toMatchObject({ type: 'paragraph', textFormat: 1, direction: 'ltr' })
  })

  it('keeps a node of an unknown type, with its children, as an unknown node', () => {
    const body = parse([{ type: 'table', rows: 2, children: [text('cell')] }])
    expect(body.root.children[0]).toMatchObject({
      type: 'unknown',
      originalType: 'table',
      rows: 2,
      children: [{ type: 'text', text: 'cell' }],
    })
  })

  it('rejects a block whose fields do not match, naming the field', () => {
    const result = lexicalDocumentSchema.safeParse(root(block({ blockType: 'video', provider: 'youtube' })))
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(
      'root.children.0.fields.videoId',
    )
  })

  it('rejects a block type the web cannot render', () => {
    expect(lexicalDocumentSchema.safeParse(root(block({ blockType: 'poll' }))).success).toBe(false)
  })
})
