import { articleChanges, bodyRows, readableArticle } from './reviewView'
import { diffWords } from './textDiff'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const sectionHeading = (heading: string) => ({
  type: 'block',
  fields: { blockType: 'sectionHeading', heading },
})
const offers = (...partners: string[]) => ({
  type: 'block',
  fields: {
    blockType: 'partnerOffers',
    title: 'Support',
    offers: partners.map((name, i) => ({ partner: { id: i + 1, name, offerText: `${name} offer` } })),
  },
})
const article = (children: unknown[], extra: Record<string, unknown> = {}) =>
  readableArticle({
    title: 'Grief',
    summary: 'On grief.',
    authors: [{ id: 1, name: 'Daniel Whitfield' }],
    reviewers: [{ id: 2, name: 'Tomás Lindqvist', credentialsLabel: 'MD' }],
    topics: [{ id: 3, title: 'Loss' }],
    body: { root: { type: 'root', children } },
    sources: [],
    ...extra,
  })

describe('diffWords', () => {
  it('marks the words added and removed, and gives back both texts', () => {
    const parts = diffWords('Breathing slowly can ease alarm.', 'Breathing slowly may ease the alarm.')
    const text = (op: string) =>
      parts
        .filter((p) => p.op === op || p.op === 'same')
        .map((p) => p.text)
        .join('')
    expect(text('removed')).toBe('Breathing slowly can ease alarm.')
    expect(text('added')).toBe('Breathing slowly may ease the alarm.')
    expect(parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['can'])
    expect(parts.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['may', 'the'])
  })
})

describe('bodyRows', () => {
  it('names blocks by what readers read, never by block type', () => {
    const rows = bodyRows({
      root: { children: [sectionHeading('When to ask for help'), offers('BetterHelp')] },
    })
    expect(rows[0]).toEqual({ kind: 'heading', label: 'Section heading', text: 'When to ask for help' })
    expect(rows[1]!.label).toBe('Partner offers')
    expect(rows[1]!.text).toContain('BetterHelp: BetterHelp offer')
    expect(rows[1]!.detail).toMatch(/BetterHelp/)
    expect(JSON.stringify(rows)).not.toMatch(/sectionHeading|partnerOffers/)
  })
})

describe('articleChanges', () => {
  it('reports a reworded paragraph as one changed row, a new heading and offers partner as added, and people by name', () => {
    const before = article([paragraph('Grief comes in waves.'), offers('BetterHelp')])
    const after = article(
      [
        sectionHeading('What helps'),
        paragraph('Grief often comes in waves.'),
        offers('BetterHelp', 'Talkspace'),
      ],
      { reviewers: [{ id: 4, name: 'Amara Okafor', credentialsLabel: 'PsyD' }] },
    )
    const changes = articleChanges(before, after)
    expect(changes.any).toBe(true)
    const ops = changes.body.map((row) => `${row.op}:${'after' in row ? row.after.label : row.before.label}`)
    expect(ops).toEqual(['added:Section heading', 'changed:Paragraph', 'changed:Partner offers'])
    const paragraphChange = changes.body[1]!
    expect(paragraphChange.parts?.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual([
      'often',
    ])
    expect(changes.people).toEqual([
      { field: 'Clinical reviewers', added: ['Amara Okafor, PsyD'], removed: ['Tomás Lindqvist, MD'] },
    ])
    expect(changes.text).toEqual([])
  })

  it('finds nothing to report when readers would see the same article', () => {
    const same = () => article([paragraph('Grief comes in waves.')])
    expect(articleChanges(same(), same()).any).toBe(false)
  })
})
