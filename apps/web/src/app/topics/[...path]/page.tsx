import type { Metadata } from 'next'

import { TopicHub, topicHubMetadata } from '@/components/topics/TopicHub'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { path: string[] }[] {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicHubMetadata((await params).path.join('/'), 1)
}

/** A topic hub's first page (later pages: `?page=`, routed to /topic-pages by next.config.ts). */
export default async function TopicPage({ params }: Props) {
  return <TopicHub path={(await params).path.join('/')} page={1} />
}
