/**
 * Cited sources on the flagship article, as the production stack serves it: the Sources section and
 * the citations are in the server's HTML (no script needed), link both ways, are listed in the
 * JSON-LD, and the page stays free of axe violations.
 */
import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const flagship = `${webUrl}/articles/emotional-intimacy`
const page = freshPagePerTest()

const seededSources = [
  'https://www.nimh.nih.gov/health/topics/psychotherapies',
  'https://www.thehotline.org/',
  'https://988lifeline.org/',
]

async function serverHtml(): Promise<string> {
  const response = await fetch(flagship)
  expect(response.status).toBe(200)
  return response.text()
}

const attributes = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!)

describe('the flagship article’s sources', () => {
  it('are in the server’s HTML: a numbered list after the body, with a link to each source', async () => {
    const html = await serverHtml()
    const section = /<section[^>]*aria-labelledby="sources-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    expect(section).toContain('<h2 id="sources-heading">Sources</h2>')
    expect(attributes(section, /<li id="(source-\d+)"/g)).toEqual(['source-1', 'source-2', 'source-3'])
    expect(attributes(section, /<cite><a href="([^"]+)"/g)).toEqual(seededSources)
    expect(html.indexOf('id="sources-heading"')).toBeGreaterThan(html.indexOf('class="article__body"'))
  })

  it('are cited from the text, and every citation and back-link leads to the other', async () => {
    const html = await serverHtml()
    const citations = attributes(html, /<a href="#source-\d+" id="(cite-\d+-\d+)"/g)
    // Source 1 is cited twice (in the text and in the callout), 2 and 3 once.
    expect(citations).toEqual(['cite-1-1', 'cite-1-2', 'cite-2-1', 'cite-3-1'])
    const backLinks = attributes(html, /<a href="#(cite-\d+-\d+)" class="article-sources__back"/g)
    expect(backLinks.sort()).toEqual([...citations].sort())
  })

  it('are the Article’s citation in the JSON-LD', async () => {
    const html = await serverHtml()
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]'
    const [webPage] = JSON.parse(json) as [{ mainEntity: { citation: { url: string; name: string }[] } }]
    expect(webPage.mainEntity.citation.map((work) => work.url)).toEqual(seededSources)
  })

  it('link both ways for a reader: a citation jumps to its source, and ↩ back to the citation', async () => {
    await page().goto(flagship)
    const citation = page().locator('#cite-2-1')
    await citation.click()
    await page().waitForURL(/#source-2$/)
    const source = page().locator('#source-2')
    await expect(
      source.getByRole('link', { name: 'National Domestic Violence Hotline' }).count(),
    ).resolves.toBe(1)
    await source.getByRole('link', { name: 'Back to the text citing source 2' }).click()
    await page().waitForURL(/#cite-2-1$/)
    await expect(citation.isVisible()).resolves.toBe(true)
  })

  it('leave the article without axe violations, scrolled to its sources', async () => {
    await page().goto(`${flagship}#source-1`)
    expect(await axeViolations(page())).toEqual([])
  })
})
