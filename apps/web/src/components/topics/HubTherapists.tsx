import { directorySearchQuery } from '@haven/schemas'
import Link from 'next/link'

import { TherapistCard } from '@/components/directory/TherapistCard'
import { searchDirectory } from '@/lib/content'
import { topicDirectoryLink } from '@/lib/topic-therapists'

import '@/components/directory/directory.css'

/** How many listings a hub shows before "See all": enough to choose from, few enough to stay a hub. */
const SHOWN = 3

/**
 * Therapists who treat the hub's topic (issue 14: no hub is a dead end), from the directory's own
 * search, so the same verified-only rule and fair daily order apply and placement is never sold. The
 * search is cached per filter and day under the listings' tags, as on /directory. A topic no single
 * filter fits links to the whole directory.
 */
export async function HubTherapists({
  path,
  breadcrumbs,
}: {
  path: string
  breadcrumbs: { label?: string | null }[]
}) {
  const link = topicDirectoryLink(path, breadcrumbs)
  if (link.kind === 'directory')
    return (
      <section aria-labelledby="topic-therapists">
        <h2 id="topic-therapists">Find a therapist</h2>
        <p>
          <Link href="/directory">Search the therapist directory</Link>: every licence checked by Haven’s
          staff, placement never sold.
        </p>
      </section>
    )
  const now = new Date()
  // The same search, and so the same cached answer, as /directory with this one filter.
  const params = { online: false, slidingScale: false, accepting: false, ...link.params }
  const result = await searchDirectory(params, now.toISOString().slice(0, 10))
  const all = `/directory?${directorySearchQuery(link.params)}`
  return (
    <section aria-labelledby="topic-therapists">
      <h2 id="topic-therapists">{`Therapists who treat ${link.about}`}</h2>
      {result.totalDocs === 0 ? (
        <p>
          No verified therapist lists {link.about} yet.{' '}
          <Link href="/directory">Search the whole directory</Link>.
        </p>
      ) : (
        <>
          <ul className="therapist-list">
            {result.docs.slice(0, SHOWN).map((card) => (
              <li key={card.id}>
                <TherapistCard card={card} now={now} />
              </li>
            ))}
          </ul>
          <p>
            <Link href={all}>
              {result.totalDocs > SHOWN
                ? `See all ${result.totalDocs} therapists who treat ${link.about}`
                : `Search therapists who treat ${link.about} near you`}
            </Link>
          </p>
        </>
      )}
    </section>
  )
}
