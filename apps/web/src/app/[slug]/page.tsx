import type { Metadata } from 'next'
import { cache } from 'react'

import { RichText } from '@/components/article'
import '@/components/article/article.css'
import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { SiteForm } from '@/components/forms/SiteForm'
import '@/components/forms/forms.css'
import { getForm, getPage, getSiteSettings } from '@/lib/content'
import { redirectIfMoved } from '@/lib/moved'
import { notFoundMetadata } from '@/lib/not-found-metadata'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string }> }

const pageBySlug = cache(getPage)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A CMS outage is the page's to report (the same read throws there, so nothing is cached): the
  // metadata falls back to the defaults, and the error page keeps the site's title.
  const page = await pageBySlug((await params).slug).catch(() => null)
  if (!page) return notFoundMetadata
  return {
    title: page.meta?.title ?? page.title,
    description: page.meta?.description ?? page.summary ?? undefined,
    alternates: { canonical: `/${page.slug}` },
  }
}

/** A static page (about us, policies, contact, crisis resources…). */
export default async function StaticPage({ params }: Props) {
  const { slug } = await params
  const page = await pageBySlug(slug)
  if (!page) {
    await redirectIfMoved(`/${slug}`)
    return <NotFoundStatus />
  }
  const [settings, form] = await Promise.all([getSiteSettings(), getForm(page.slug)])
  return (
    <article className="article">
      <h1>{page.title}</h1>
      {page.summary ? <p className="article__summary">{page.summary}</p> : null}
      <div className="article__body">
        <RichText body={page.body} disclosureTemplate={settings?.disclosureTemplate} />
      </div>
      {form ? (
        <section aria-label={form.title} className="article__form">
          <SiteForm
            form={form}
            confirmation={form.confirmationMessage ? <RichText body={form.confirmationMessage} /> : null}
          />
        </section>
      ) : null}
    </article>
  )
}
