import type { Metadata } from 'next'

import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { TopicHub, topicHubMetadata } from '@/components/topics/TopicHub'
import { notFoundMetadata } from '@/lib/not-found-metadata'
import { hubPageNumber } from '@/lib/topic-tree'

/**
 * Page N of a topic hub, `/topics/{path}?page=N`, rewritten here (next.config.ts) so that each page is
 * its own cached (ISR) page: a page reading `searchParams` would render on every request. This
 * internal address itself redirects to the public one.
 */
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { page: string; path: string[] }[] {
  return []
}

type Props = { params: Promise<{ page: string; path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, path } = await params
  const number = hubPageNumber(page)
  return number ? topicHubMetadata(path.join('/'), number) : notFoundMetadata
}

export default async function TopicHubPage({ params }: Props) {
  const { page, path } = await params
  const number = hubPageNumber(page)
  if (!number) return <NotFoundStatus />
  return <TopicHub path={path.join('/')} page={number} />
}
