import { menuTree } from '@haven/schemas'
import Link from 'next/link'

import { SearchForm } from '@/components/search/SearchForm'
import { getNavigation } from '@/lib/content'
import { chromeRead } from '@/lib/site-chrome'
import { topTopicLinks } from '@/lib/top-topic-links'

/**
 * What a reader sees at an address with nothing at it: what happened, a search box and the menu's top
 * topics. The menu read is the layout's own (deduplicated), and like the layout's it throws when the
 * CMS is down, so an outage is never cached as a 404 (only `next build` leaves the topics out).
 */
export async function NotFoundPage() {
  const navigation = await chromeRead(getNavigation)
  const topics = navigation ? topTopicLinks(menuTree(navigation)) : []
  return (
    <div className="notice not-found">
      <h1>We couldn’t find that page</h1>
      <p>The page may have moved, or the address may be mistyped.</p>
      <SearchForm id="not-found-q" />
      {topics.length ? (
        <section aria-labelledby="not-found-topics">
          <h2 id="not-found-topics">Popular topics</h2>
          <ul className="topic-links">
            {topics.map((topic) => (
              <li key={topic.href}>
                <Link href={topic.href}>{topic.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  )
}
