import { notFound } from 'next/navigation'

import { redirectOrNotFound } from '@/lib/moved'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { key: string; id: string }[] {
  return []
}

/** WordPress's query-string addresses (`/?p=12`); next.config.ts rewrites them here. */
const oldAddressKeys = ['p', 'page_id', 'attachment_id'] as const

type Props = { params: Promise<{ key: string; id: string }> }

/** `/?p=12`, `/?page_id=7`, `/?attachment_id=9`: the redirect an import left for it, or 404. */
export default async function OldQueryAddress({ params }: Props) {
  const { key, id } = await params
  if (!(oldAddressKeys as readonly string[]).includes(key) || !/^\d+$/.test(id)) notFound()
  return redirectOrNotFound(`/?${key}=${id}`)
}
