import {
  acceptingLabel,
  agesServed,
  headshotAltOf,
  populated,
  populatedOnly,
  therapistGenders,
  therapistStatements,
  therapyFormats,
  usStates,
  type Therapist,
} from '@haven/schemas'
import type { Metadata } from 'next'
import Image from 'next/image'
import Link from 'next/link'
import { cache } from 'react'

import { FormattedDate } from '@/components/article-meta/FormattedDate'
import { placeOf } from '@/components/directory/TherapistCard'
import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { getTherapist } from '@/lib/content'
import { imageProps, sharedImageUrl } from '@/lib/media'
import { notFoundMetadata } from '@/lib/not-found-metadata'
import { env } from '@/env'

import '@/components/directory/directory.css'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string }> }

const therapistBySlug = cache(getTherapist)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const therapist = await therapistBySlug((await params).slug).catch(() => null)
  if (!therapist) return notFoundMetadata
  return {
    title: `${therapist.name}${therapist.credentialsLabel ? `, ${therapist.credentialsLabel}` : ''}: therapist in ${placeOf(therapist)}`,
    description: therapist.helpWith.slice(0, 160),
    alternates: { canonical: `/directory/${therapist.slug}` },
  }
}

const fees = (t: Therapist) =>
  t.feeMin != null && t.feeMax != null && t.feeMin !== t.feeMax
    ? `$${t.feeMin}–$${t.feeMax} per session`
    : t.feeMin != null || t.feeMax != null
      ? `$${t.feeMin ?? t.feeMax} per session`
      : 'Ask about fees'

/** The optional, self-described identity fields, as one line (empty when none were given). */
const identityOf = (t: Therapist) =>
  [t.gender ? therapistGenders[t.gender] : null, ...(t.ethnicities ?? []), t.sexuality, t.faith]
    .filter(Boolean)
    .join(', ')

/** schema.org data for search engines: the therapist as a person offering services, and where. */
function TherapistJsonLd({ therapist }: { therapist: Therapist }) {
  const photo = populated(therapist.photo)
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: therapist.name,
    url: `${env.WEB_URL}/directory/${therapist.slug}`,
    image: photo ? `${env.WEB_URL}${sharedImageUrl(photo)}` : undefined,
    jobTitle: 'Therapist',
    description: therapist.helpWith,
    hasCredential: therapist.licences.map((licence) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'license',
      name: `${licence.type} licence`,
      recognizedBy: { '@type': 'GovernmentOrganization', name: `State of ${usStates[licence.state]}` },
      validUntil: licence.expiry.slice(0, 10),
    })),
    knowsLanguage: therapist.languages ?? undefined,
    workLocation: therapist.office?.city
      ? {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressLocality: therapist.office.city,
            addressRegion: therapist.office.state ?? undefined,
            postalCode: therapist.office.zip ?? undefined,
            addressCountry: 'US',
          },
        }
      : undefined,
  }
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}

/**
 * A therapist's listing (verified listings only: the CMS answers anything else with nothing): every
 * section, statements shown as the plain text they are (HTML in them is text), and the licence check.
 */
export default async function TherapistPage({ params }: Props) {
  const therapist = await therapistBySlug((await params).slug)
  if (!therapist) return <NotFoundStatus />
  const photo = populated(therapist.photo)
  const now = new Date()
  const issues = populatedOnly(therapist.issues ?? [])
  const approaches = populatedOnly(therapist.approaches ?? [])
  const verifiedAt = therapist.verification.verifiedAt
  const expiries = therapist.licences.map((licence) => licence.expiry).sort()
  return (
    <>
      <TherapistJsonLd therapist={therapist} />
      <p>
        <Link href="/directory">← Find a Therapist</Link>
      </p>
      <div className="therapist-profile">
        {photo ? (
          <Image
            {...imageProps(photo, 'thumbnail')}
            alt={therapist.photoAlt ?? headshotAltOf(therapist)}
            sizes="8rem"
            className="therapist-profile__photo"
          />
        ) : null}
        <div>
          <h1>
            {therapist.name}
            {therapist.credentialsLabel ? `, ${therapist.credentialsLabel}` : ''}
          </h1>
          {therapist.pronouns ? <p>Pronouns: {therapist.pronouns}</p> : null}
          <p className="verified-badge">
            <span aria-hidden="true">✓ </span>Verified licence
          </p>
          <p>
            {verifiedAt ? (
              <>
                Licence verified on <FormattedDate value={verifiedAt} />
                {expiries[0] ? (
                  <>
                    {' '}
                    · expires <FormattedDate value={expiries[0]} />
                  </>
                ) : null}
              </>
            ) : null}
          </p>
          <p>{placeOf(therapist)}</p>
          <p>{acceptingLabel(therapist, now)}</p>
        </div>
      </div>

      {(['helpWith', 'approach', 'aboutMe'] as const).map((key) =>
        therapist[key] ? (
          <section key={key} aria-labelledby={`section-${key}`}>
            <h2 id={`section-${key}`}>{therapistStatements[key].label}</h2>
            <p className="therapist-profile__statement">{therapist[key]}</p>
          </section>
        ) : null,
      )}

      <section aria-labelledby="section-details">
        <h2 id="section-details">Details</h2>
        <dl className="therapist-facts">
          {issues.length ? (
            <>
              <dt>Issues</dt>
              <dd>
                {issues.map((topic, i) => (
                  <span key={topic.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/topics/${topic.path}`}>{topic.title}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {approaches.length ? (
            <>
              <dt>Therapy approaches</dt>
              <dd>
                {approaches.map((topic, i) => (
                  <span key={topic.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/topics/${topic.path}`}>{topic.title}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          <dt>Fees</dt>
          <dd>
            {fees(therapist)}
            {therapist.slidingScale ? ' · sliding scale available' : ''}
          </dd>
          <dt>Insurance</dt>
          <dd>{therapist.insurers?.length ? therapist.insurers.join(', ') : 'Does not take insurance'}</dd>
          {therapist.formats?.length ? (
            <>
              <dt>Sessions</dt>
              <dd>{therapist.formats.map((f) => therapyFormats[f]).join(', ')}</dd>
            </>
          ) : null}
          {therapist.statesOnline?.length ? (
            <>
              <dt>Online in</dt>
              <dd>{therapist.statesOnline.map((s) => usStates[s]).join(', ')}</dd>
            </>
          ) : null}
          {therapist.languages?.length ? (
            <>
              <dt>Languages</dt>
              <dd>{therapist.languages.join(', ')}</dd>
            </>
          ) : null}
          {therapist.ages?.length ? (
            <>
              <dt>Ages served</dt>
              <dd>{therapist.ages.map((a) => agesServed[a]).join(', ')}</dd>
            </>
          ) : null}
          {therapist.office?.city ? (
            <>
              <dt>Office</dt>
              <dd>
                {therapist.office.city}, {therapist.office.state} {therapist.office.zip}
              </dd>
            </>
          ) : null}
          {identityOf(therapist) ? (
            <>
              <dt>Identity (self-described)</dt>
              <dd>{identityOf(therapist)}</dd>
            </>
          ) : null}
          {therapist.npi ? (
            <>
              <dt>NPI</dt>
              <dd>{therapist.npi}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="section-licences">
        <h2 id="section-licences">Licences</h2>
        <ul>
          {therapist.licences.map((licence) => (
            <li key={`${licence.state}-${licence.number}`}>
              {licence.type}, {usStates[licence.state]}, number {licence.number}, expires{' '}
              <FormattedDate value={licence.expiry} />
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
