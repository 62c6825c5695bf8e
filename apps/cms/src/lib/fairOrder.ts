import { createHash } from 'node:crypto'

import { DISTANCE_BAND_MILES } from '@haven/schemas'

/** The UTC day of `now` (YYYY-MM-DD): the rotation changes once a day, for everyone at once. */
export function rotationDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** A listing's place in the day's rotation: a hash of the day and its id, so no one can buy or pick it. */
export function rotationRank(day: string, id: number | string): number {
  return createHash('sha256')
    .update(`${day}:${String(id)}`)
    .digest()
    .readUInt32BE(0)
}

/**
 * The directory's fair order: nearest first by bands of {@link DISTANCE_BAND_MILES} miles (a listing
 * without a distance, e.g. when no ZIP was given, is in one band with all the others), and within a
 * band the day's rotation. Deterministic for a day; nothing about a listing but its distance and id
 * decides, so placement cannot be paid for.
 */
export function fairOrder<T extends { id: number | string; distanceMiles?: number | null }>(
  items: readonly T[],
  day: string,
): T[] {
  const band = (item: T) =>
    item.distanceMiles === undefined || item.distanceMiles === null
      ? 0
      : Math.floor(item.distanceMiles / DISTANCE_BAND_MILES)
  return items
    .map((item) => ({ item, band: band(item), rank: rotationRank(day, item.id) }))
    .sort((a, b) => a.band - b.band || a.rank - b.rank || String(a.item.id).localeCompare(String(b.item.id)))
    .map(({ item }) => item)
}
