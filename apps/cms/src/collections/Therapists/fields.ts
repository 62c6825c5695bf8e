import {
  agesServed,
  credentialAbbreviations,
  credentialCatalog,
  credentialsLabelOf,
  feeRangeProblem,
  insurers,
  licenceExpiryProblem,
  licenceNumberSchema,
  licenceTypes,
  MAX_FEE,
  npiProblem,
  statementProblem,
  therapistEthnicities,
  therapistFaiths,
  therapistGenders,
  therapistLanguages,
  therapistSexualities,
  therapistStatements,
  therapyFormats,
  usStateCodes,
  usStates,
  verificationStatuses,
  type TherapistStatement,
} from '@haven/schemas'
import type { Field, Validate } from 'payload'

import { directoryEditorsField } from '../../access/directoryEditorsField'
import { listingOwnerOrEditorsField } from '../../access/listingOwnerOrEditorsField'
import { zipPlace } from '../../lib/zip'
import { collections } from '../../slugs'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))
const labelled = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ label, value }))
const stateOptions = usStateCodes.map((code) => ({ label: `${code}: ${usStates[code]}`, value: code }))

/** Plain text with its limit; the message says by how much it is over. HTML is kept and shown as text. */
function statement(name: TherapistStatement, required = false): Field {
  const { label, max } = therapistStatements[name]
  return {
    name,
    label,
    type: 'textarea',
    required,
    admin: { description: `Plain text, at most ${max} characters (HTML is shown as typed, never run).` },
    validate: ((value: unknown) => {
      if (value === undefined || value === null || value === '')
        return required ? `${name}: is required` : true
      if (typeof value !== 'string') return `${name}: must be text`
      const problem = statementProblem(name, value)
      return problem ? `${name}: ${problem}` : true
    }) as Validate,
  }
}

const validateNpi: Validate = (value: unknown) => {
  if (value === undefined || value === null || value === '') return true
  const problem = npiProblem(String(value))
  return problem ? `npi: ${problem}` : true
}

const validateFee =
  (name: 'feeMin' | 'feeMax'): Validate =>
  (value: unknown, { siblingData }: { siblingData: { feeMin?: number | null; feeMax?: number | null } }) => {
    if (value === undefined || value === null) return true
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FEE)
      return `${name}: must be a whole number of dollars from 0 to ${MAX_FEE}`
    if (name === 'feeMin') {
      const problem = feeRangeProblem(siblingData.feeMin, siblingData.feeMax)
      if (problem) return `feeMin: ${problem}`
    }
    return true
  }

/** An office ZIP must be in the offline dataset, and in the office's state when one is given. */
const validateZip: Validate = (
  value: unknown,
  { siblingData }: { siblingData: { state?: string | null } },
) => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || !/^\d{5}$/.test(value))
    return `office.zip: must be a 5-digit US ZIP code (got ${JSON.stringify(value)})`
  const place = zipPlace(value)
  if (!place) return `office.zip: ${value} is not a US ZIP code we know`
  if (siblingData.state && siblingData.state !== place.state)
    return `office.zip: ${value} is in ${place.state}, not ${siblingData.state}`
  return true
}

const validateLicenceNumber: Validate = (value: unknown) => {
  const parsed = licenceNumberSchema.safeParse(value ?? '')
  return parsed.success ? true : `licences.number: ${parsed.error.issues[0]?.message ?? 'is not valid'}`
}

const validateExpiry: Validate = (value: unknown) => {
  if (value === undefined || value === null || value === '') return 'licences.expiry: is required'
  const problem = licenceExpiryProblem(value instanceof Date ? value.toISOString() : String(value))
  return problem ? `licences.expiry: ${problem}` : true
}

type Credential = { abbreviation?: string | null }

/** The listing's fields. Who may change what beyond field access is decided in hooks.ts. */
export const therapistFields: Field[] = [
  { name: 'name', type: 'text', required: true, maxLength: 120 },
  { name: 'pronouns', type: 'text', maxLength: 40, admin: { description: 'e.g. she/her' } },
  {
    name: 'owner',
    type: 'relationship',
    relationTo: collections.members,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'The directory member who edits this listing.' },
    // The member's account stays private; a member's own save makes them the owner (hooks.ts).
    access: { read: listingOwnerOrEditorsField },
  },
  {
    name: 'verification',
    type: 'group',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        options: verificationStatuses.map((value) => ({
          value,
          label: value[0]!.toUpperCase() + value.slice(1),
        })),
        admin: {
          description:
            'Verified after checking the licence number, name, expiry and standing against the state’s licence lookup.',
        },
      },
      {
        name: 'note',
        type: 'textarea',
        maxLength: 1000,
        admin: { description: 'Why (required when rejecting); the member reads it.' },
        access: { read: listingOwnerOrEditorsField },
      },
      {
        name: 'by',
        type: 'relationship',
        relationTo: collections.users,
        admin: { readOnly: true, description: 'Who last set the status.' },
        access: { read: directoryEditorsField },
      },
      {
        name: 'at',
        type: 'date',
        admin: { readOnly: true, description: 'When the status was last set.' },
        access: { read: directoryEditorsField },
      },
      { name: 'verifiedAt', type: 'date', admin: { readOnly: true } },
    ],
  },
  {
    name: 'credentials',
    type: 'array',
    labels: { singular: 'Credential', plural: 'Credentials' },
    fields: [
      {
        name: 'abbreviation',
        type: 'select',
        required: true,
        options: credentialAbbreviations.map((value) => ({
          value,
          label: `${value}: ${credentialCatalog[value].title}`,
        })),
      },
    ],
  },
  {
    name: 'credentialsLabel',
    type: 'text',
    virtual: true,
    admin: { hidden: true },
    hooks: {
      afterRead: [
        ({ siblingData }) => credentialsLabelOf(siblingData?.credentials as Credential[] | undefined),
      ],
    },
  },
  {
    name: 'licences',
    type: 'array',
    required: true,
    minRows: 1,
    maxRows: 10,
    labels: { singular: 'Licence', plural: 'Licences' },
    admin: { description: 'Changing any licence field returns a verified listing to pending.' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'type',
            type: 'select',
            required: true,
            options: licenceTypes.map((value) => ({ value, label: value })),
          },
          { name: 'state', type: 'select', required: true, options: stateOptions },
          { name: 'number', type: 'text', required: true, validate: validateLicenceNumber },
          {
            name: 'expiry',
            type: 'date',
            required: true,
            validate: validateExpiry,
            admin: { date: { pickerAppearance: 'dayOnly' } },
          },
        ],
      },
    ],
  },
  {
    name: 'npi',
    label: 'NPI',
    type: 'text',
    validate: validateNpi,
    admin: { description: 'National Provider Identifier (optional, 10 digits).' },
  },
  {
    name: 'photo',
    type: 'upload',
    relationTo: collections.media,
    filterOptions: { purpose: { equals: 'headshot' } },
    admin: { description: 'A headshot: its alt text is made from the name and credentials.' },
  },
  statement('helpWith', true),
  statement('approach'),
  statement('aboutMe'),
  {
    name: 'issues',
    type: 'relationship',
    relationTo: collections.topics,
    hasMany: true,
    admin: { description: 'Topics of the menu this therapist treats (an article’s topic links here).' },
  },
  {
    name: 'approaches',
    type: 'relationship',
    relationTo: collections.topics,
    hasMany: true,
    admin: { description: 'Therapy techniques of the menu this therapist practises.' },
  },
  { name: 'insurers', type: 'select', hasMany: true, options: options(insurers) },
  {
    type: 'row',
    fields: [
      { name: 'feeMin', label: 'Fee from ($)', type: 'number', min: 0, validate: validateFee('feeMin') },
      { name: 'feeMax', label: 'Fee to ($)', type: 'number', min: 0, validate: validateFee('feeMax') },
      { name: 'slidingScale', type: 'checkbox', defaultValue: false },
    ],
  },
  { name: 'formats', type: 'select', hasMany: true, options: labelled(therapyFormats) },
  { name: 'languages', type: 'select', hasMany: true, options: options(therapistLanguages) },
  { name: 'ages', label: 'Ages served', type: 'select', hasMany: true, options: labelled(agesServed) },
  {
    type: 'collapsible',
    label: 'Identity (optional, self-described)',
    fields: [
      { name: 'gender', type: 'select', options: labelled(therapistGenders) },
      { name: 'ethnicities', type: 'select', hasMany: true, options: options(therapistEthnicities) },
      { name: 'sexuality', type: 'select', options: options(therapistSexualities) },
      { name: 'faith', type: 'select', options: options(therapistFaiths) },
    ],
  },
  {
    name: 'office',
    type: 'group',
    fields: [
      { name: 'city', type: 'text', maxLength: 80 },
      { name: 'state', type: 'select', options: stateOptions },
      { name: 'zip', label: 'ZIP', type: 'text', index: true, validate: validateZip },
      // From the ZIP (offline dataset), for distance search; never typed.
      { name: 'latitude', type: 'number', admin: { readOnly: true } },
      { name: 'longitude', type: 'number', admin: { readOnly: true } },
    ],
  },
  {
    name: 'statesOnline',
    label: 'States served online',
    type: 'select',
    hasMany: true,
    options: stateOptions,
  },
  { name: 'acceptingNewClients', type: 'checkbox', defaultValue: false },
  {
    name: 'acceptingConfirmedAt',
    type: 'date',
    admin: {
      readOnly: true,
      description: 'Set when the therapist answers; "accepting" lapses to "not confirmed" after 30 days.',
    },
  },
]
