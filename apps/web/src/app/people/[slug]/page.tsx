import { headshotAltOf } from '@haven/schemas'
import type { Metadata } from 'next'
import Image from 'next/image'
import { cache } from 'react'

import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { ArticleList } from '@/components/listing/ArticleList'
import { getArticlesWhere, getPerson } from '@/lib/content'
import { imageProps } from '@/lib/media'
import { notFoundMetadata } from '@/lib/not-found-metadata'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string }> }

const personBySlug = cache(getPerson)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A CMS outage is the page's to report (the same read throws there, so nothing is cached): the
  // metadata falls back to the defaults, and the error page keeps the site's title.
  const person = await personBySlug((await params).slug).catch(() => null)
  if (!person) return notFoundMetadata
  return {
    title: person.name,
    description: person.bio.split('\n\n')[0],
    alternates: { canonical: `/people/${person.slug}` },
  }
}

/** A writer or clinical reviewer: bio, credentials with licences, and the articles written and reviewed. */
export default async function PersonPage({ params }: Props) {
  const person = await personBySlug((await params).slug)
  if (!person) return <NotFoundStatus />
  const [written, reviewed] = await Promise.all([
    getArticlesWhere({ authors: { in: person.id } }),
    getArticlesWhere({ reviewers: { in: person.id } }),
  ])
  const headshot = person.headshot && typeof person.headshot === 'object' ? person.headshot : null
  return (
    <>
      <div className="person">
        {headshot ? (
          <Image
            {...imageProps(headshot, 'thumbnail')}
            alt={headshotAltOf(person)}
            sizes="10rem"
            className="person__headshot"
          />
        ) : null}
        <div>
          <h1>
            {person.name}
            {person.credentialsLabel ? `, ${person.credentialsLabel}` : ''}
          </h1>
          {person.credentials?.length ? (
            <ul className="person__credentials" aria-label="Credentials">
              {person.credentials.map((credential) => (
                <li key={`${credential.abbreviation}-${credential.licenseNumber ?? ''}`}>
                  {credential.title} ({credential.abbreviation})
                  {credential.licenseState ? `, licensed in ${credential.licenseState}` : ''}
                  {credential.licenseNumber ? `, licence ${credential.licenseNumber}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {person.bio.split('\n\n').map((paragraph) => (
        <p key={paragraph.slice(0, 40)} className="notice">
          {paragraph}
        </p>
      ))}
      {written.length || person.roles.includes('writer') ? (
        <ArticleList
          id="written"
          title={`Articles by ${person.name}`}
          articles={written}
          empty="No published articles yet."
        />
      ) : null}
      {reviewed.length || person.roles.includes('reviewer') ? (
        <ArticleList
          id="reviewed"
          title={`Articles reviewed by ${person.name}`}
          articles={reviewed}
          empty="No reviewed articles yet."
        />
      ) : null}
    </>
  )
}
