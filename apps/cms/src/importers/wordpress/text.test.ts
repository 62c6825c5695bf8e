import { autop } from './autop'
import { decodeEntities } from './entities'
import { contentRuleProblems } from './rules'
import { handleShortcodes } from './shortcodes'
import { progressLine } from './summary'
import { youtubeId } from './youtube'

describe('autop', () => {
  it.each([
    ['One\n\nTwo', '<p>One</p>\n<p>Two</p>'],
    ['Line one\nline two', '<p>Line one<br>\nline two</p>'],
    ['<ul>\n<li>a</li>\n</ul>\n\nAfter', '<ul>\n<li>a</li>\n</ul>\n<p>After</p>'],
    ['<pre>a\n\nb</pre>', '<pre>a\n\nb</pre>'],
  ])('turns %j into %j', (input, output) => {
    expect(autop(input)).toBe(output)
  })
})

describe('handleShortcodes', () => {
  it.each([
    [
      '[caption id="a"]<img src="x.jpg"> A lake[/caption]',
      '<figure><img src="x.jpg"><figcaption>A lake</figcaption></figure>',
      [],
    ],
    ['[embed]https://youtu.be/aqz-KE-bpKQ[/embed]', '\n\n<p>https://youtu.be/aqz-KE-bpKQ</p>\n\n', []],
    [
      '[gallery ids="1,2"]',
      '<figure data-wp-gallery="1,2"></figure>',
      ['[gallery] shortcode became an infographic gallery of its images (add a title and descriptions)'],
    ],
    [
      'a [contact-form-7 id="3"] b',
      'a  b',
      ['[contact-form-7] shortcode removed: Haven has nothing like it, add it by hand'],
    ],
    ['[note]kept text[/note]', 'kept text', ['[note] shortcode removed (its content was kept)']],
    ['Square [sic] and [1] stay', 'Square [sic] and [1] stay', []],
  ])('handles %j', (input, html, notes) => {
    expect(handleShortcodes(input)).toEqual({ html, notes })
  })
})

describe('youtubeId', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/aqz-KE-bpKQ?t=3', 'aqz-KE-bpKQ'],
    ['https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ', 'aqz-KE-bpKQ'],
    ['https://www.youtube.com/shorts/aqz-KE-bpKQ', 'aqz-KE-bpKQ'],
    ['https://vimeo.com/123456', null],
    ['https://www.youtube.com/watch?v=short', null],
  ])('%s → %s', (url, id) => {
    expect(youtubeId(url)).toBe(id)
  })
})

describe('contentRuleProblems', () => {
  it.each([
    ['Call 1-800-273-8255 now', 1],
    ['Call (800) 273-TALK', 1],
    ['Call or text 988', 0],
    ['Dial 811 for help', 1],
    ['Nothing to see', 0],
  ])('%j has %d problems', (text, n) => {
    expect(contentRuleProblems(text)).toHaveLength(n)
  })
})

describe('decodeEntities', () => {
  it('decodes numeric and WordPress’s named references, and leaves others', () => {
    expect(decodeEntities('A &#8211; B &amp; C&#x1F60C; &rsquo;s &bogus;')).toBe('A – B & C😌 ’s &bogus;')
  })
})

describe('progressLine', () => {
  it('draws a bar in proportion', () => {
    expect(progressLine('content', 5, 10, 10)).toBe('content  █████░░░░░ 5/10')
  })
})
