/**
 * The demo directory: fictional therapists (names, licence numbers and NPIs are made up; the NPIs pass
 * the check digit but belong to no one we know of) in offices across nine states, most verified, some
 * pending, expired, paused or rejected to show that only verified listings reach readers. The first
 * belongs to the demo member `therapist@haven.test`.
 */
import type { VerificationStatus } from '@haven/schemas'

export type SeedTherapist = {
  name: string
  pronouns: string
  credentials: string[]
  licence: { type: string; state: string; number: string; expiry: string }
  npi?: string
  status: VerificationStatus
  note?: string
  zip: string
  statesOnline: string[]
  formats: ('in-person' | 'video' | 'phone')[]
  issues: string[]
  approaches: string[]
  insurers: string[]
  fee: [number, number]
  slidingScale: boolean
  languages: string[]
  ages: ('children' | 'teens' | 'adults' | 'older-adults')[]
  gender: 'woman' | 'man' | 'non-binary'
  accepting: boolean
  /** How many days ago "accepting new clients" was last confirmed (over 30: lapsed). */
  confirmedDaysAgo: number
  palette: [string, string]
  owner?: string
}

/** Offices: ZIP codes of the offline dataset (the city and state come from it). */
const offices = [
  { zip: '10001', state: 'NY' }, { zip: '10025', state: 'NY' }, { zip: '11215', state: 'NY' },
  { zip: '14607', state: 'NY' }, { zip: '94110', state: 'CA' }, { zip: '90026', state: 'CA' },
  { zip: '92103', state: 'CA' }, { zip: '95814', state: 'CA' }, { zip: '60614', state: 'IL' },
  { zip: '60622', state: 'IL' }, { zip: '78704', state: 'TX' }, { zip: '77006', state: 'TX' },
  { zip: '75204', state: 'TX' }, { zip: '98103', state: 'WA' }, { zip: '98122', state: 'WA' },
  { zip: '02139', state: 'MA' }, { zip: '02118', state: 'MA' }, { zip: '33139', state: 'FL' },
  { zip: '32804', state: 'FL' }, { zip: '80205', state: 'CO' }, { zip: '30307', state: 'GA' },
  { zip: '97214', state: 'OR' },
] as const // prettier-ignore

const names = [
  'Theo Bramwell', 'Rosa Delgado', 'Amara Okafor', 'Jonah Feldstein', 'Mei-Lin Zhou', 'Diego Arriaga',
  'Priya Raman', 'Samuel Whitlock', 'Nadia Haddad', 'Elliot Park', 'Grace Mbeki', 'Tomasz Nowicki',
  'Leila Farahani', 'Marcus Greene', 'Hannah Lindqvist', 'Rafael Moreno', 'Keiko Tanabe', 'Owen Gallagher',
  'Imani Brooks', 'Lucas Ferreira', 'Sofia Castellanos', 'Noah Abernathy', 'Aisha Rahman', 'Benjamin Stroud',
  'Camille Dubois', 'Isaac Kowalczyk', 'Yara Nasser', 'Daniel Osei', 'Ingrid Halvorsen', 'Mateo Salazar',
  'Ruth Adeyemi', 'Julian Marsh', 'Lena Vogel', 'Andre Baptiste', 'Chloe Nakamura', 'Victor Esposito',
  'Zainab Yusuf', 'Henry Caldwell', 'Maya Levinson', 'Kofi Asante', 'Ana Lucia Pereira', 'Felix Romero',
  'Tessa McAllister', 'Omar Siddiqui',
] as const // prettier-ignore

const pronounsFor = ['he/him', 'she/her', 'she/her', 'he/him', 'she/her', 'he/him', 'she/her', 'he/him']
const genderOf = (pronouns: string) =>
  pronouns === 'she/her' ? 'woman' : pronouns === 'he/him' ? 'man' : 'non-binary'

/** Topic paths of the seeded menu (Mental Health and Therapy Techniques). */
const issuePaths = [
  'mental-health/anxiety', 'mental-health/depression', 'mental-health/trauma', 'mental-health/addiction',
  'mental-health/adhd', 'mental-health/eating-disorders', 'mental-health/bipolar-disorder',
  'mental-health/personality-disorders',
] as const // prettier-ignore
const approachPaths = [
  'therapy-techniques/cognitive-behavioral-therapy-cbt', 'therapy-techniques/dialectical-behavior-therapy-dbt',
  'therapy-techniques/acceptance-and-commitment-therapy-act',
  'therapy-techniques/eye-movement-desensitization-and-reprocessing-emdr',
  'therapy-techniques/motivational-interviewing', 'therapy-techniques/person-centered-therapy',
  'therapy-techniques/psychotherapy', 'therapy-techniques/group-therapy',
] as const // prettier-ignore

const licenceTypesCycle = ['LMFT', 'LCSW', 'LPC', 'PsyD', 'LMHC', 'PhD', 'LICSW', 'LPCC'] as const
const insurerSets = [
  ['Aetna', 'Cigna'], ['Blue Cross Blue Shield', 'UnitedHealthcare', 'Optum'], [], ['Medicaid', 'Medicare'],
  ['Kaiser Permanente'], ['Aetna', 'Blue Cross Blue Shield', 'Humana'], ['Tricare', 'Magellan'], [],
] as const // prettier-ignore
const languageSets = [
  ['English'], ['English', 'Spanish'], ['English'], ['English', 'Mandarin'], ['English', 'French'],
  ['English', 'Arabic'], ['English', 'Korean'], ['English', 'American Sign Language'],
] as const // prettier-ignore
const ageSets = [
  ['adults'], ['teens', 'adults'], ['adults', 'older-adults'], ['children', 'teens'], ['adults'],
  ['teens', 'adults', 'older-adults'],
] as const // prettier-ignore
const palettes: [string, string][] = [
  ['#B4533C', '#F3D9C9'], ['#2F5D7C', '#CFE3EE'], ['#5B4B8A', '#E2DCF2'], ['#3E7C59', '#D5EBDD'],
  ['#8A5A2B', '#F1E2CF'], ['#7C2F5D', '#EED0E0'],
] // prettier-ignore

/** Who each listing is hidden as (by index): the rest are verified. */
const hidden: Record<number, { status: VerificationStatus; note: string }> = {
  5: { status: 'pending', note: 'New listing: waiting for the licence check.' },
  11: { status: 'pending', note: 'Licence details changed: waiting for staff to verify them again.' },
  17: { status: 'pending', note: 'New listing: waiting for the licence check.' },
  23: { status: 'expired', note: 'Licence lapsed; the member was emailed 30 days before.' },
  29: { status: 'expired', note: 'Licence lapsed; the member was emailed 30 days before.' },
  35: { status: 'paused', note: 'Paused by the member (on leave).' },
  40: { status: 'paused', note: 'Paused by the member (practice full).' },
  43: { status: 'rejected', note: 'The state lookup shows no licence under this number.' },
}

/** A valid NPI for a 9-digit stem (the Luhn check digit over 80840 + the stem). */
export function npiFor(stem: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `80840${stem}${check}`.split('').map(Number)
    let sum = 0
    for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
      let d = digits[i]!
      if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2
      sum += d
    }
    if (sum % 10 === 0) return `${stem}${check}`
  }
  throw new Error('unreachable: one check digit always fits')
}

export const therapists: SeedTherapist[] = names.map((name, i) => {
  const office = offices[i % offices.length]!
  const pronouns = i === 12 || i === 33 ? 'they/them' : pronounsFor[i % pronounsFor.length]!
  const type = licenceTypesCycle[i % licenceTypesCycle.length]!
  const extra = hidden[i]
  const expired = extra?.status === 'expired'
  const issues = [issuePaths[i % issuePaths.length]!, issuePaths[(i + 3) % issuePaths.length]!]
  const approaches = [
    approachPaths[i % approachPaths.length]!,
    approachPaths[(i + 5) % approachPaths.length]!,
  ]
  const feeMin = 80 + (i % 6) * 20
  const online = i % 3 !== 2
  return {
    name,
    pronouns,
    credentials: [type, ...(i % 4 === 0 ? ['MA'] : [])],
    licence: {
      type,
      state: office.state,
      number: `${type}-${String(10_000 + i * 377).padStart(6, '0')}`,
      expiry: expired
        ? `2026-0${1 + (i % 9)}-30`
        : `${2027 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-28`,
    },
    ...(i % 5 === 4 ? {} : { npi: npiFor(String(123_450_000 + i * 7_919).slice(0, 9)) }),
    status: extra?.status ?? 'verified',
    ...(extra ? { note: extra.note } : {}),
    zip: office.zip,
    statesOnline: online ? [office.state] : [],
    formats: online ? ['in-person', 'video', ...(i % 2 ? (['phone'] as const) : [])] : ['in-person'],
    issues,
    approaches,
    insurers: [...insurerSets[i % insurerSets.length]!],
    fee: [feeMin, feeMin + 40 + (i % 3) * 30],
    slidingScale: i % 3 === 0,
    languages: [...languageSets[i % languageSets.length]!],
    ages: [...ageSets[i % ageSets.length]!],
    gender: genderOf(pronouns),
    accepting: i % 7 !== 3,
    // Spread over six weeks, so some cards say "confirmed today", others have lapsed.
    confirmedDaysAgo: (i * 5) % 41,
    palette: palettes[i % palettes.length]!,
    ...(i === 0 ? { owner: 'therapist@haven.test' } : {}),
  }
})

const concerns: Record<string, string> = {
  'mental-health/anxiety': 'anxiety and panic',
  'mental-health/depression': 'depression and low mood',
  'mental-health/trauma': 'trauma and its long echoes',
  'mental-health/addiction': 'addiction and recovery',
  'mental-health/adhd': 'ADHD in adults and teens',
  'mental-health/eating-disorders': 'eating disorders and body image',
  'mental-health/bipolar-disorder': 'bipolar disorder',
  'mental-health/personality-disorders': 'personality disorders',
}

/** The three statements, written from the listing's own facts (within 640, 360 and 360 characters). */
export function statementsOf(t: SeedTherapist): { helpWith: string; approach: string; aboutMe: string } {
  const first = t.name.split(' ')[0]!
  const [a, b] = t.issues.map((path) => concerns[path] ?? 'life’s hard stretches')
  return {
    helpWith: `I work with people living with ${a} and ${b}. Many of the people I see arrive after months of trying to push through on their own, tired and unsure whether therapy is “for them”. Together we slow things down, make sense of what keeps the pattern going, and practise small changes that hold up in ordinary weeks: at work, at home and in relationships. I also see clients through grief, burnout and big transitions such as a move, a new baby or retirement.`,
    approach: `My approach is collaborative and practical. I draw on evidence-based methods and adapt them to you, with clear goals we review together every few sessions. Sessions are a place to be honest without being judged, and to leave with something you can try before we meet again.`,
    aboutMe: `I’m ${first}. I trained in community mental health before opening my practice, and I still keep a few sliding-scale places each month. Outside the office I garden badly, walk a lot, and read more novels than I admit.`,
  }
}
