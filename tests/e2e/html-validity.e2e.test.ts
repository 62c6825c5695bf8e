/**
 * Every page type is valid HTML, checked with html-validate's `standard` preset (the HTML standard's
 * content models, attributes and nesting, not style preferences) against the HTML the server sends.
 */
import { HtmlValidate, type Message } from 'html-validate'

import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

const pages: [string, string, number][] = [
  ['the home page', '/', 200],
  ['the flagship article', '/articles/emotional-intimacy', 200],
  ['a topic page', '/topics/mental-health/addiction', 200],
  ['a person page', '/people/tomas-lindqvist', 200],
  ['a static page', '/about-us', 200],
  ['search results', '/search?q=anxiety', 200],
  ['search with no results', '/search?q=zzzzqqq', 200],
  ['directory results', '/directory?location=10001&radius=10', 200],
  ['a directory profile', '/directory/theo-bramwell', 200],
  ['the not-found page', '/no-such-page/at-all', 404],
]

const describeMessage = (m: Message) =>
  `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`

describe('valid HTML', () => {
  it.each(pages)('%s', async (_name, path, status) => {
    const response = await fetch(webUrl + path)
    expect(response.status).toBe(status)
    const report = await validator.validateString(await response.text())
    const messages = report.results.flatMap((result) => result.messages).map(describeMessage)
    expect(messages).toEqual([])
  })
})
