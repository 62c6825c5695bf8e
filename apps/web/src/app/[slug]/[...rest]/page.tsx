import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { redirectIfMoved } from '@/lib/moved'
import { notFoundMetadata } from '@/lib/not-found-metadata'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { slug: string; rest: string[] }[] {
  return []
}

export const metadata = notFoundMetadata

type Props = { params: Promise<{ slug: string; rest: string[] }> }

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * An address several segments deep that no route serves, such as an imported WordPress permalink
 * (`/2019/05/hello`): its redirect from the CMS, or the site's 404 page.
 */
export default async function OldAddress({ params }: Props) {
  const { slug, rest } = await params
  await redirectIfMoved(`/${[slug, ...rest].map(decoded).join('/')}`)
  return <NotFoundStatus />
}
