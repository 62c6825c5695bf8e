import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { RichText } from '@/components/article'
import '@/components/article/article.css'
import { getPage, getSiteSettings, optional } from '@/lib/content'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string }> }

const pageBySlug = cache(getPage)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A CMS outage is the page's to report (error.tsx, 503): metadata falls back to the defaults.
  const page = await optional(pageBySlug((await params).slug))
  if (!page) return {}
  return {
    title: page.meta?.title ?? page.title,
    description: page.meta?.description ?? page.summary ?? undefined,
    alternates: { canonical: `/${page.slug}` },
  }
}

/** A static page (about us, policies, contact, crisis resources…). */
export default async function StaticPage({ params }: Props) {
  const page = await pageBySlug((await params).slug)
  if (!page) notFound()
  const settings = await optional(getSiteSettings())
  return (
    <article className="article">
      <h1>{page.title}</h1>
      {page.summary ? <p className="article__summary">{page.summary}</p> : null}
      <div className="article__body">
        <RichText body={page.body} disclosureTemplate={settings?.disclosureTemplate} />
      </div>
    </article>
  )
}
