import type { DirectorySearchParams } from '@haven/schemas'

/**
 * Which directory search a topic hub links to: listings' issues are the Mental Health topics and their
 * approaches the Therapy Techniques ones, each chosen at the menu's second level (what a therapist
 * ticks when joining). A deeper topic (Anxiety › Panic Attacks) links to the therapists of its
 * second-level ancestor, named so; the group pages themselves and topics outside both groups have no
 * one filter, and link to the whole directory. Pure, so the mapping is tested without a CMS.
 */
export type TopicDirectoryLink =
  | { kind: 'filter'; params: Pick<DirectorySearchParams, 'issue' | 'approach'>; about: string }
  | { kind: 'directory' }

const groups = { 'mental-health': 'issue', 'therapy-techniques': 'approach' } as const

export function topicDirectoryLink(
  path: string,
  breadcrumbs: ReadonlyArray<{ label?: string | null }>,
): TopicDirectoryLink {
  const [group, slug] = path.split('/')
  const param = group ? groups[group as keyof typeof groups] : undefined
  if (!param || !slug) return { kind: 'directory' }
  const about = breadcrumbs[1]?.label ?? slug
  return { kind: 'filter', params: { [param]: slug }, about }
}
