import { usStates } from '@haven/schemas'
import { lookup } from 'zipcodes'

/** A US ZIP code's place and coordinates, from the offline `zipcodes` dataset. */
export type ZipPlace = { zip: string; city: string; state: string; latitude: number; longitude: number }

/** The place of a 5-digit US ZIP code, or `null` when the dataset does not know it (or it is not US). */
export function zipPlace(zip: string): ZipPlace | null {
  if (!/^\d{5}$/.test(zip)) return null
  const info = lookup(zip)
  if (!info || info.country !== 'US' || !(info.state in usStates)) return null
  return {
    zip: info.zip,
    city: info.city,
    state: info.state,
    latitude: info.latitude,
    longitude: info.longitude,
  }
}

const EARTH_RADIUS_MILES = 3958.8

/** Great-circle distance in miles (haversine): accurate to well under a mile at directory distances. */
export function milesBetween(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)))
}
