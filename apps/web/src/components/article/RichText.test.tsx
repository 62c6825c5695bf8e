import './test-env'

import { tableOfContents } from '@haven/schemas'
import axe from 'axe-core'
import { act, render, screen, within } from '@testing-library/react'

import {
  articleCard,
  block,
  body,
  harborline,
  heading,
  jonahWhitcombe,
  link,
  list,
  listItem,
  marenOkafor,
  media,
  paragraph,
  partner,
  root,
  sectionHeading,
  text,
  twofold,
} from './fixtures'
import { RichText } from './RichText'
import { TableOfContents } from './TableOfContents'

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

describe('RichText', () => {
  describe('text', () => {
    it('renders paragraphs and sub-headings with anchors', () => {
      render(
        <RichText
          body={body(
            sectionHeading('What Is Emotional Intimacy?'),
            paragraph(text('Emotional intimacy is the sense that someone truly knows you.')),
            heading('h3', text('Emotional Intimacy vs. Sexual Intimacy')),
            heading('h4', text('A closer look')),
          )}
        />,
      )

      expect(screen.getByText('Emotional intimacy is the sense that someone truly knows you.').tagName).toBe(
        'P',
      )
      expect(
        screen.getByRole('heading', { level: 3, name: 'Emotional Intimacy vs. Sexual Intimacy' }),
      ).toHaveAttribute('id', 'emotional-intimacy-vs-sexual-intimacy')
      expect(screen.getByRole('heading', { level: 4, name: 'A closer look' })).toHaveAttribute(
        'id',
        'a-closer-look',
      )
    })

    it('never puts a sub-heading at the level of the body’s section headings, and leaves out empty ones', () => {
      render(
        <RichText
          body={body(
            sectionHeading('Seven Ways to Build It'),
            heading('h2', text('Tips')),
            heading('h3', text('  ')),
            paragraph(),
          )}
        />,
      )

      expect(screen.getAllByRole('heading').map((element) => [element.tagName, element.textContent])).toEqual(
        [
          ['H2', 'Seven Ways to Build It'],
          ['H3', 'Tips'],
        ],
      )
      expect(screen.queryAllByRole('paragraph')).toHaveLength(0)
    })

    it('does not skip a heading level before the first section', () => {
      render(
        <RichText
          body={body(
            heading('h3', text('In short')),
            block({
              blockType: 'partnerOffers',
              title: 'Try a therapist',
              offers: [{ partner: harborline }],
            }),
          )}
        />,
      )

      expect(screen.getByRole('heading', { name: 'In short' }).tagName).toBe('H2')
      expect(screen.getByRole('heading', { name: 'Try a therapist' }).tagName).toBe('H2')
      expect(screen.getByRole('heading', { name: 'Harborline' }).tagName).toBe('H3')
    })

    it('renders bold as strong and italic as emphasis, combined when both', () => {
      render(
        <RichText
          body={body(
            paragraph(
              text('Listen ', 0),
              text('without', BOLD),
              text(' fixing, ', 0),
              text('really', ITALIC),
              text(' ', 0),
              text('listen', BOLD | ITALIC),
            ),
          )}
        />,
      )

      expect(screen.getByText('without').tagName).toBe('STRONG')
      expect(screen.getByText('really').tagName).toBe('EM')
      const both = screen.getByText('listen')
      expect(both.tagName).toBe('EM')
      expect(both.parentElement?.tagName).toBe('STRONG')
    })

    it('renders the other text formats with their HTML elements', () => {
      render(
        <RichText
          body={body(
            paragraph(
              text('struck', STRIKETHROUGH),
              text('underlined', UNDERLINE),
              text('988', CODE),
              text('2', SUBSCRIPT),
              text('nd', SUPERSCRIPT),
            ),
          )}
        />,
      )

      expect(screen.getByText('struck').tagName).toBe('S')
      expect(screen.getByText('underlined').tagName).toBe('U')
      expect(screen.getByText('988').tagName).toBe('CODE')
      expect(screen.getByText('2').tagName).toBe('SUB')
      expect(screen.getByText('nd').tagName).toBe('SUP')
    })

    it('keeps line breaks, quotes and rules', () => {
      render(
        <RichText
          body={body(
            {
              type: 'quote',
              version: 1,
              children: [text('First line'), { type: 'linebreak', version: 1 }, text('second line')],
            },
            { type: 'horizontalrule', version: 1 },
          )}
        />,
      )

      const quote = screen.getByText(/First line/).closest('blockquote')
      expect(quote).toHaveTextContent('First linesecond line')
      expect(quote?.querySelector('br')).not.toBeNull()
      expect(screen.getByRole('separator')).toBeInTheDocument()
    })
  })

  describe('lists', () => {
    it('renders bullet and numbered lists', () => {
      render(
        <RichText
          body={body(
            list(false, listItem(text('You feel safe.')), listItem(text('You feel known.'))),
            list(true, listItem(text('Schedule a check-in.')), listItem(text('Put the phones away.'))),
          )}
        />,
      )

      const [bullets, numbers] = screen.getAllByRole('list')
      expect(bullets?.tagName).toBe('UL')
      expect(
        within(bullets!)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['You feel safe.', 'You feel known.'])
      expect(numbers?.tagName).toBe('OL')
      expect(within(numbers!).getAllByRole('listitem')).toHaveLength(2)
    })

    it('puts a nested list inside the item it belongs to', () => {
      render(
        <RichText
          body={body(
            list(
              false,
              listItem(text('Signs of closeness')),
              listItem(list(false, listItem(text('Comfortable silence')), listItem(text('Shared jokes')))),
              listItem(text('Signs of distance')),
            ),
          )}
        />,
      )

      const outer = screen.getAllByRole('list')[0]!
      const items = within(outer)
        .getAllByRole('listitem')
        .filter((item) => item.parentElement === outer)
      expect(items).toHaveLength(2)
      expect(within(items[0]!).getByRole('list')).toHaveTextContent('Comfortable silenceShared jokes')
    })
  })

  describe('links', () => {
    it('links to an external https address, in a new tab when asked', () => {
      render(
        <RichText
          body={body(
            paragraph(
              link(
                { linkType: 'custom', url: 'https://988lifeline.org', newTab: true },
                text('the 988 Lifeline'),
              ),
              text(' or '),
              link({ linkType: 'custom', url: 'tel:988' }, text('call 988')),
            ),
          )}
        />,
      )

      const lifeline = screen.getByRole('link', { name: 'the 988 Lifeline (opens in a new tab)' })
      expect(lifeline).toHaveAttribute('href', 'https://988lifeline.org')
      expect(lifeline).toHaveAttribute('target', '_blank')
      expect(lifeline).toHaveAttribute('rel', 'noopener noreferrer')
      expect(screen.getByRole('link', { name: 'call 988' })).toHaveAttribute('href', 'tel:988')
    })

    it('renders an external link that is not https, mailto or tel as plain text', () => {
      render(
        <RichText
          body={body(
            paragraph(
              link({ linkType: 'custom', url: 'http://insecure.example' }, text('an insecure site')),
              text(' and '),
              link({ linkType: 'custom', url: 'javascript:alert(1)' }, text('a script')),
            ),
          )}
        />,
      )

      expect(screen.queryByRole('link')).not.toBeInTheDocument()
      expect(screen.getByText(/an insecure site and a script/)).toBeInTheDocument()
    })

    it('links to a readable document at its reader-site address', () => {
      render(
        <RichText
          body={body(
            paragraph(
              link(
                {
                  linkType: 'internal',
                  doc: { relationTo: 'articles', value: articleCard('what-is-cbt', 'What Is CBT?') },
                },
                text('cognitive behavioral therapy'),
              ),
              link(
                {
                  linkType: 'internal',
                  doc: {
                    relationTo: 'topics',
                    value: { id: 't1', title: 'Intimacy', slug: 'intimacy', path: 'relationships/intimacy' },
                  },
                },
                text('intimacy'),
              ),
            ),
          )}
        />,
      )

      expect(screen.getByRole('link', { name: 'cognitive behavioral therapy' })).toHaveAttribute(
        'href',
        '/articles/what-is-cbt',
      )
      expect(screen.getByRole('link', { name: 'intimacy' })).toHaveAttribute(
        'href',
        '/topics/relationships/intimacy',
      )
    })

    it('renders a link to a document the reader may not read as its words only', () => {
      render(
        <RichText
          body={body(
            paragraph(
              link(
                { linkType: 'internal', doc: { relationTo: 'articles', value: 'a-draft-id' } },
                text('a draft'),
              ),
              text(', '),
              link(
                { linkType: 'internal', doc: { relationTo: 'pages', value: null } },
                text('a deleted page'),
              ),
            ),
          )}
        />,
      )

      expect(screen.queryByRole('link')).not.toBeInTheDocument()
      expect(screen.getByText('a draft, a deleted page')).toBeInTheDocument()
    })
  })

  describe('section headings and the table of contents', () => {
    const article = body(
      paragraph(text('Introduction.')),
      sectionHeading('Signs of Emotional Intimacy', 'What It Feels Like'),
      paragraph(text('Signs.')),
      heading('h3', text('Signs of Emotional Intimacy')),
      sectionHeading('Tips'),
      sectionHeading('Tips'),
    )

    it('renders section headings as h2 with the anchors of the table of contents', () => {
      render(
        <>
          <TableOfContents entries={tableOfContents(article)} />
          <RichText body={article} />
        </>,
      )

      const toc = screen.getByRole('navigation', { name: 'Table of contents' })
      const links = within(toc).getAllByRole('link')
      expect(links.map((entry) => entry.textContent)).toEqual(['What It Feels Like', 'Tips', 'Tips'])
      const sections = screen.getAllByRole('heading', { level: 2 })
      expect(sections.map((section) => section.textContent)).toEqual([
        'Signs of Emotional Intimacy',
        'Tips',
        'Tips',
      ])
      expect(links.map((entry) => entry.getAttribute('href'))).toEqual(
        sections.map((section) => `#${section.id}`),
      )
    })

    it('gives every heading of the page a different anchor', () => {
      const { container } = render(<RichText body={article} />)

      const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(screen.getByRole('heading', { level: 3, name: 'Signs of Emotional Intimacy' }).id).toBe(
        'signs-of-emotional-intimacy-2',
      )
    })
  })

  describe('blocks', () => {
    it('renders partner offers with their disclosure, in the site settings’ wording', () => {
      render(
        <RichText
          body={body(
            block({
              blockType: 'partnerOffers',
              title: null,
              offers: [{ partner: harborline }, { partner: 'partner-hidden' }, { partner: twofold }],
            }),
          )}
          disclosureTemplate="We earn a fee from {partners}."
        />,
      )

      expect(
        screen.getByText('We earn a fee from Harborline Therapy and Twofold Couples Course.'),
      ).toBeInTheDocument()
      expect(screen.getAllByText('Paid partner')).toHaveLength(2)
    })

    it('renders nothing for an offers group whose partners are all gone', () => {
      render(
        <RichText
          body={body(
            paragraph(text('Before.')),
            block({
              blockType: 'partnerOffers',
              offers: [{ partner: partner('Lantern', 'Lantern', { active: false }) }],
            }),
          )}
        />,
      )

      expect(screen.queryByRole('region')).not.toBeInTheDocument()
      expect(screen.queryByText(/Disclosure/)).not.toBeInTheDocument()
    })

    it('renders a callout with its own rich text, headings below its title', () => {
      render(
        <RichText
          body={body(
            sectionHeading('Getting Help'),
            block({
              blockType: 'callout',
              tone: 'seek-help',
              title: 'When to Seek Professional Support',
              body: root(
                heading('h3', text('Signs it is time')),
                paragraph(
                  text('Call or text '),
                  link({ linkType: 'custom', url: 'tel:988' }, text('988', BOLD)),
                  text(' at any hour.'),
                ),
              ),
            }),
          )}
        />,
      )

      const callout = screen.getByRole('note', { name: 'When to Seek Professional Support' })
      expect(within(callout).getByRole('heading', { level: 4, name: 'Signs it is time' })).toBeInTheDocument()
      expect(within(callout).getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
    })

    it('credits the author’s own section to the article’s first author', () => {
      render(
        <RichText
          body={body(
            block({
              blockType: 'experience',
              title: 'In My Experience',
              body: root(paragraph(text('In my practice, couples often...'))),
            }),
          )}
          author={marenOkafor}
        />,
      )

      const section = screen.getByRole('region', { name: 'In My Experience' })
      expect(within(section).getByText('By Maren Okafor, LMFT')).toBeInTheDocument()
      expect(within(section).getByText('In my practice, couples often...')).toBeInTheDocument()
    })

    it('does not repeat a block’s title that only restates the section heading right above it', () => {
      render(
        <RichText
          body={body(
            sectionHeading('In My Experience'),
            block({
              blockType: 'experience',
              title: 'In my experience ',
              body: root(paragraph(text('In my practice, couples often...'))),
            }),
            sectionHeading('Emotional Intimacy Infographics'),
            block({
              blockType: 'infographicGallery',
              title: 'Emotional Intimacy Infographics',
              images: [
                {
                  image: media('circles.png', 'Two overlapping circles'),
                  title: 'What it is',
                  description: 'Two circles.',
                },
              ],
            }),
            sectionHeading('More'),
            block({
              blockType: 'experience',
              title: 'A Clinician’s View',
              body: root(paragraph(text('A different title stays.'))),
            }),
          )}
          author={marenOkafor}
        />,
      )

      expect(screen.getAllByRole('heading', { name: /In My Experience/i })).toHaveLength(1)
      expect(screen.getAllByRole('heading', { name: 'Emotional Intimacy Infographics' })).toHaveLength(1)
      expect(screen.getByText('In my practice, couples often...')).toBeInTheDocument()
      expect(screen.getByRole('heading', { level: 3, name: 'A Clinician’s View' })).toBeInTheDocument()
    })

    it('renders a video as a preview with its presenter and the transcript in the page', () => {
      const { container } = render(
        <RichText
          body={body(
            block({
              blockType: 'video',
              provider: 'youtube',
              videoId: 'hvnDemo0001',
              title: 'Building Emotional Intimacy',
              presenter: jonahWhitcombe,
              transcript: 'Hi, I’m Jonah.\n\nThe first thing I suggest is a check-in.',
            }),
          )}
        />,
      )

      expect(container.querySelector('iframe')).toBeNull()
      expect(
        screen.getByRole('button', { name: 'Play video: Building Emotional Intimacy (loads YouTube)' }),
      ).toBeInTheDocument()
      expect(screen.getByText('Presented by Jonah Whitcombe, LMHC')).toBeInTheDocument()
      expect(screen.getByText('The first thing I suggest is a check-in.').tagName).toBe('P')
    })

    it('renders an infographic gallery and further reading', () => {
      render(
        <RichText
          body={body(
            block({
              blockType: 'infographicGallery',
              title: 'Emotional Intimacy Infographics',
              images: [
                {
                  image: media('intimacy.png', 'Two overlapping circles'),
                  title: 'What Is Emotional Intimacy?',
                  description: 'Two circles overlap.',
                },
              ],
            }),
            block({
              blockType: 'furtherReading',
              title: 'For Further Reading',
              articles: [articleCard('what-is-cbt', 'What Is CBT?'), 'a-draft-id'],
            }),
          )}
        />,
      )

      expect(screen.getByRole('figure')).toContainElement(
        screen.getByRole('img', { name: 'Two overlapping circles' }),
      )
      expect(screen.getByRole('link', { name: 'What Is CBT?' })).toHaveAttribute(
        'href',
        '/articles/what-is-cbt',
      )
    })

    it('renders the content of a node it does not know, instead of failing', () => {
      render(<RichText body={body({ type: 'table', version: 1, children: [paragraph(text('A cell'))] })} />)

      expect(screen.getByText('A cell')).toBeInTheDocument()
    })
  })
})

describe('RichText on a whole article', () => {
  const article = body(
    paragraph(text('Emotional intimacy is the sense that someone truly knows you.')),
    block({ blockType: 'partnerOffers', title: null, offers: [{ partner: harborline }] }),
    sectionHeading('Signs of Emotional Intimacy', 'What It Feels Like'),
    list(false, listItem(text('You feel safe.')), listItem(list(false, listItem(text('Even on bad days.'))))),
    heading('h3', text('Signs of a Lack of Emotional Intimacy')),
    paragraph(
      link({ linkType: 'custom', url: 'https://988lifeline.org', newTab: true }, text('988 Lifeline')),
      text(' and '),
      link({ linkType: 'internal', doc: { relationTo: 'articles', value: 'draft' } }, text('a draft')),
    ),
    block({
      blockType: 'partnerOffers',
      title: 'Ready to Invest in Your Relationship?',
      offers: [{ partner: harborline }, { partner: twofold }],
    }),
    sectionHeading('When to Seek Professional Support', 'Getting Support'),
    block({
      blockType: 'callout',
      tone: 'seek-help',
      title: 'When a professional can help',
      body: root(paragraph(text('If closeness keeps slipping away, a couples therapist can help.'))),
    }),
    block({
      blockType: 'experience',
      title: 'In My Experience',
      body: root(paragraph(text('In my practice…'))),
    }),
    block({
      blockType: 'video',
      provider: 'youtube',
      videoId: 'hvnDemo0001',
      title: 'Building Emotional Intimacy',
      presenter: jonahWhitcombe,
      transcript: 'Hi, I’m Jonah.',
    }),
    sectionHeading('Emotional Intimacy Infographics', 'Infographics'),
    block({
      blockType: 'infographicGallery',
      title: null,
      images: [
        {
          image: media('intimacy.png', 'Two overlapping circles'),
          title: 'What Is It?',
          description: 'Two circles.',
        },
      ],
    }),
    block({
      blockType: 'furtherReading',
      title: 'For Further Reading',
      articles: [articleCard('what-is-cbt', 'What Is CBT?')],
    }),
  )

  it('has no accessibility violations that axe can find without a browser', async () => {
    const { container } = render(
      <main>
        <h1>Emotional Intimacy</h1>
        <TableOfContents entries={tableOfContents(article)} />
        <RichText body={article} author={marenOkafor} />
      </main>,
    )

    // Colour contrast needs a layout engine; the browser suite checks it.
    // (in act: next/link settles its prefetching while axe runs)
    const results = await act(() => axe.run(container, { rules: { 'color-contrast': { enabled: false } } }))
    expect(
      results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' ')}`),
    ).toEqual([])
  })

  it('never skips a heading level after the page’s h1', () => {
    render(<RichText body={article} author={marenOkafor} />)

    const levels = screen.getAllByRole('heading').map((element) => Number(element.tagName.slice(1)))
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1))
  })
})
