import { SEARCH_MAX_LENGTH } from '@haven/schemas'

/** The search box: a plain GET form, so it works without JavaScript and every result page has a URL. */
export function SearchForm({ q = '', id = 'search-q' }: { q?: string; id?: string }) {
  return (
    <form role="search" action="/search" method="get" className="search-form">
      <label htmlFor={id}>Search articles</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={q}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  )
}
