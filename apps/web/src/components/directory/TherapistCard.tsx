import {
  acceptingLabel,
  headshotAltOf,
  populated,
  statementExcerpt,
  type TherapistCard as Card,
} from '@haven/schemas'
import Image from 'next/image'
import Link from 'next/link'

import { imageProps } from '@/lib/media'

/** Where a listing sees clients: its office's city and state, else "Online". */
export function placeOf(card: Pick<Card, 'office' | 'statesOnline'>): string {
  if (card.office?.city && card.office.state) return `${card.office.city}, ${card.office.state}`
  return 'Online'
}

/** One search result: photo, name, credentials, the verified badge, place, the first 270 characters and availability. */
export function TherapistCard({ card, now }: { card: Card; now: Date }) {
  const photo = populated(card.photo)
  const headingId = `therapist-${card.id}`
  return (
    <article className="therapist-card" aria-labelledby={headingId}>
      {photo ? (
        <Image
          {...imageProps(photo, 'thumbnail')}
          alt={card.photoAlt ?? headshotAltOf({ name: card.name })}
          sizes="6rem"
          className="therapist-card__photo"
        />
      ) : null}
      <div>
        <h3 id={headingId}>
          <Link href={`/directory/${card.slug}`}>{card.name}</Link>
          {card.credentialsLabel ? (
            <span className="therapist-card__credentials">, {card.credentialsLabel}</span>
          ) : null}
        </h3>
        {card.verification.status === 'verified' ? (
          <p className="verified-badge">
            <span aria-hidden="true">✓ </span>Verified licence
          </p>
        ) : null}
        <p className="therapist-card__place">
          {placeOf(card)}
          {typeof card.distanceMiles === 'number' ? ` · ${card.distanceMiles} miles away` : ''}
          {card.office?.city && card.formats?.some((f) => f === 'video' || f === 'phone')
            ? ' · also online'
            : ''}
        </p>
        <p>{statementExcerpt(card.helpWith)}</p>
        <p className="therapist-card__accepting">{acceptingLabel(card, now)}</p>
      </div>
    </article>
  )
}
