import type { ArticleCard as Card } from '@haven/schemas'

import { ArticleCard } from './ArticleCard'

/** A titled grid of article cards, with a sentence instead of an empty grid. */
export function ArticleList({
  id,
  title,
  articles,
  empty,
}: {
  id: string
  title: string
  articles: Card[]
  empty: string
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {articles.length ? (
        <ul className="card-grid">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  )
}
