import { normalise } from './normalise'

describe('normalise', () => {
  it('removes the CSP nonce (HTML attribute and RSC payload) and the empty font size-adjust meta', () => {
    const a =
      '<head><meta name="next-size-adjust" content=""/><script nonce="abc123">x</script>' +
      '<script>self.__next_f.push([1,"{\\"nonce\\":\\"abc123\\"}"])</script></head>'
    const b =
      '<head><script nonce="zz9">x</script><script>self.__next_f.push([1,"{\\"nonce\\":\\"zz9\\"}"])</script></head>'
    expect(normalise(a)).toBe(normalise(b))
  })

  it('keeps every other difference, however small', () => {
    expect(normalise('<p>Anxiety and sleep</p>')).not.toBe(normalise('<p>Anxiety and sleeps</p>'))
    expect(normalise('<meta name="description" content="A"/>')).not.toBe(
      normalise('<meta name="description" content="B"/>'),
    )
  })
})
