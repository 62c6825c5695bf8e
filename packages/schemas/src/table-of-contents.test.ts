import { lexicalDocumentSchema, type LexicalDocument } from './lexical'
import { heading, root, sectionHeading, text, type LexicalJson } from './lexical-builder'
import { tableOfContents } from './table-of-contents'

const parse = (children: LexicalJson[]): LexicalDocument => lexicalDocumentSchema.parse(root(...children))

describe('tableOfContents', () => {
  it('lists the section headings with their short labels, and no other heading', () => {
    const body = parse([
      sectionHeading('Signs of Emotional Intimacy', 'What It Feels Like'),
      heading('h3', text('Not in the table')),
      sectionHeading('When to Seek Professional Support'),
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
    const body = parse([
      sectionHeading('Tips'),
      sectionHeading('Tips'),
      sectionHeading('Tips 2'),
      sectionHeading('Tips'),
      sectionHeading('¿?'),
    ])
    expect(tableOfContents(body).map((entry) => entry.id)).toEqual([
      'tips',
      'tips-2',
      'tips-2-2',
      'tips-3',
      'section',
    ])
  })
})
