import { ARTICLE_LCP_BUDGET, lighthouseBudgets } from './lighthouse'
import { FLAGSHIP_HTML_GZIP_BUDGET, flagshipHtmlBudget, scriptUrls } from './weight'

describe('scriptUrls', () => {
  it('finds every external script once, resolved against the page, and ignores inline ones', () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script>
      <script>self.__next_f.push([1,"x"])</script><script src="/_next/static/chunks/b.js?v=1&amp;x=2"></script>
      <script src="/_next/static/chunks/a.js"></script></head>`
    expect(scriptUrls(html, 'http://localhost:3210/articles/x')).toEqual([
      'http://localhost:3210/_next/static/chunks/a.js',
      'http://localhost:3210/_next/static/chunks/b.js?v=1&x=2',
    ])
  })
})

describe('flagshipHtmlBudget', () => {
  const bare = { htmlGzip: 1600 }

  it('is met at exactly 20 KB gzip and names the ratio to the bare page', () => {
    const budget = flagshipHtmlBudget({ htmlGzip: FLAGSHIP_HTML_GZIP_BUDGET }, bare)
    expect(budget.met).toBe(true)
    expect(budget.detail).toBe("20 KB gzip (12.8× the bare page's 1.6 KB)")
  })

  it('is not met one byte over', () => {
    expect(flagshipHtmlBudget({ htmlGzip: FLAGSHIP_HTML_GZIP_BUDGET + 1 }, bare).met).toBe(false)
  })
})

describe('lighthouseBudgets', () => {
  const bare = { performance: 98, lcpMs: 1000 }

  it('checks performance on every page type measured and the article LCP against the bare page', () => {
    const budgets = lighthouseBudgets(
      {
        home: { performance: 98, lcpMs: 1200 },
        article: { performance: 97, lcpMs: 1000 * ARTICLE_LCP_BUDGET },
        topic: { performance: 100, lcpMs: 900 },
        person: { performance: 99, lcpMs: 900 },
        bare,
      },
      'bare',
    )
    expect(budgets.map((b) => [b.name, b.met])).toEqual([
      ["home page's Lighthouse mobile performance ≥ 98", true],
      ["article page's Lighthouse mobile performance ≥ 98", false],
      ["topic page's Lighthouse mobile performance ≥ 98", true],
      ["person page's Lighthouse mobile performance ≥ 98", true],
      ["article's LCP within 1.3× the bare page's (same run)", true],
    ])
    expect(budgets.at(-1)!.detail).toBe('1.30× (1300 vs 1000 ms)')
  })

  it('fails the LCP budget just over 1.3× and leaves out the page types a quick run does not measure', () => {
    const budgets = lighthouseBudgets({ article: { performance: 99, lcpMs: 1301 }, bare }, 'bare')
    expect(budgets.map((b) => [b.name, b.met])).toEqual([
      ["article page's Lighthouse mobile performance ≥ 98", true],
      ["article's LCP within 1.3× the bare page's (same run)", false],
    ])
  })
})
