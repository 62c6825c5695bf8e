import {
  activePartnersOf,
  blocksOf,
  disclosureForOffers,
  lexicalDocumentSchema,
  tableOfContents,
  type LexicalDocument,
  type PartnerOffersBlock,
} from './lexical'
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

const root = (children: unknown[]) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})
const block = (fields: Record<string, unknown>) => ({ type: 'block', version: 2, format: '', fields })
const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const heading = (value: string, tocLabel: string | null = null) =>
  block({ blockType: 'sectionHeading', heading: value, tocLabel })

const parse = (children: unknown[]): LexicalDocument => lexicalDocumentSchema.parse(root(children))

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
        paragraph({
          type: 'link',
          fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 3 } },
          children: [text('a draft')],
        }),
      ]),
    ).not.toThrow()
  })

  it('reads a callout’s own rich text, links included', () => {
    const body = parse([
      block({
        blockType: 'callout',
        tone: 'seek-help',
        title: 'When a professional can help',
        body: root([
          paragraph({
            type: 'link',
            fields: { linkType: 'custom', newTab: false, url: 'https://988lifeline.org' },
            children: [text('988lifeline.org')],
          }),
        ]),
      }),
    ])
    const [callout] = blocksOf(body, 'callout')
    const link = callout?.body.root.children[0]
    expect(link?.type === 'paragraph' && link.children[0]).toMatchObject({
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
    const result = lexicalDocumentSchema.safeParse(root([block({ blockType: 'video', provider: 'youtube' })]))
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(
      'root.children.0.fields.videoId',
    )
  })

  it('rejects a block type the web cannot render', () => {
    expect(lexicalDocumentSchema.safeParse(root([block({ blockType: 'poll' })])).success).toBe(false)
  })
})

describe('activePartnersOf', () => {
  it('gives the populated, active partners in order and drops ids, nulls and inactive ones', () => {
    const block: Pick<PartnerOffersBlock, 'offers'> = {
      offers: [
        { partner: partner(2, 'Twofold') },
        { partner: 5 },
        { partner: null },
        { partner: partner(9, 'Lantern', false) },
        { partner: partner(1, 'Harborline') },
      ],
    }
    expect(activePartnersOf(block).map((p) => p.name)).toEqual(['Twofold', 'Harborline'])
  })
})

describe('disclosureForOffers', () => {
  it('names exactly the partners the group shows, in the settings’ wording', () => {
    const block = {
      offers: [{ partner: partner(1, 'Harborline') }, { partner: 3 }, { partner: partner(2, 'Twofold') }],
    }
    expect(disclosureForOffers(block, 'Haven is paid by {partners}.')).toBe(
      'Haven is paid by Harborline Therapy and Twofold Therapy.',
    )
  })

  it('uses the default wording without a template', () => {
    expect(disclosureForOffers({ offers: [{ partner: partner(1, 'Harborline') }] }, null)).toMatch(
      /^Haven is paid by Harborline Therapy when/,
    )
  })

  it('gives no disclosure for a group that shows no partner', () => {
    expect(
      disclosureForOffers({ offers: [{ partner: 3 }, { partner: null }] }, 'Paid by {partners}.'),
    ).toBeNull()
  })
})

describe('tableOfContents', () => {
  it('lists the section headings with their short labels, and no other heading', () => {
    const body = parse([
      heading('Signs of Emotional Intimacy', 'What It Feels Like'),
      { type: 'heading', tag: 'h3', children: [text('Not in the table')] },
      heading('When to Seek Professional Support'),
    ])
    expect(tableOfContents(body)).toEqual([
      {
        id: 'signs-of-emotional-intimacy',
        label: 'What It Feels Like',
        heading: 'Signs of Emotional Intimacy',
      },
      {
        id: 'when-to-seek-professional-support',
        label: 'When to Seek Professional Support',
        heading: 'When to Seek Professional Support',
      },
    ])
  })

  it('makes every anchor unique within the body', () => {
    const body = parse([heading('Tips'), heading('Tips'), heading('Tips 2'), heading('Tips'), heading('¿?')])
    expect(tableOfContents(body).map((entry) => entry.id)).toEqual([
      'tips',
      'tips-2',
      'tips-2-2',
      'tips-3',
      'section',
    ])
  })
})
