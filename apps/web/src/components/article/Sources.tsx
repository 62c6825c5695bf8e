import {
  citationCounts,
  doiUrl,
  pubmedUrl,
  walkLexical,
  type ArticleSource,
  type LexicalDocument,
} from '@haven/schemas'

/** The text of each text node of a body, in reading order (the order `RichText` numbers citations in). */
export function bodyTexts(body: LexicalDocument): string[] {
  const texts: string[] = []
  walkLexical(body, (node) => {
    if (node.type === 'text') texts.push(node.text)
  })
  return texts
}

/** The id of the k-th citation (1-based) of source n in the text; the Sources list links back to it. */
export const citationId = (source: number, k: number) => `cite-${source}-${k}`
export const sourceId = (source: number) => `source-${source}`

/**
 * The works an article cites, numbered as the text cites them (`[^n]` becomes a superscript link
 * here), each with a link back to every place in the text that cites it.
 */
export function Sources({ sources, body }: { sources: ArticleSource[]; body: LexicalDocument }) {
  if (sources.length === 0) return null
  const counts = citationCounts(bodyTexts(body))
  return (
    <section aria-labelledby="sources-heading" className="article-sources">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source, index) => {
          const n = index + 1
          const cited = counts.get(n) ?? 0
          return (
            <li key={source.id ?? n} id={sourceId(n)}>
              <cite>
                <a href={source.url}>{source.title}</a>
              </cite>
              . {source.publisher}
              {source.year ? `, ${source.year}` : null}.
              {source.doi ? (
                <>
                  {' '}
                  DOI: <a href={doiUrl(source.doi)}>{source.doi}</a>.
                </>
              ) : null}
              {source.pmid ? (
                <>
                  {' '}
                  PMID: <a href={pubmedUrl(source.pmid)}>{source.pmid}</a>.
                </>
              ) : null}
              {Array.from({ length: cited }, (_, k) => (
                <a key={k} href={`#${citationId(n, k + 1)}`} className="article-sources__back">
                  <span aria-hidden="true">↩{cited > 1 ? <sup>{k + 1}</sup> : null}</span>
                  <span className="article-visually-hidden">
                    {cited > 1
                      ? `Back to citation ${k + 1} of source ${n} in the text`
                      : `Back to the text citing source ${n}`}
                  </span>
                </a>
              ))}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
