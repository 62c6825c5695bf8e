import { scriptUrls } from './weight'

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
