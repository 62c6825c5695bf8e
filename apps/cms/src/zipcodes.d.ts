// The `zipcodes` package ships no types; this is the part Haven uses (lib/zip.ts).
declare module 'zipcodes' {
  export type ZipInfo = {
    zip: string
    latitude: number
    longitude: number
    city: string
    state: string
    country: string
  }
  export function lookup(zip: string): ZipInfo | undefined
  export function distance(a: string, b: string): number | null
  export function radius(zip: string, miles: number): string[]
}
