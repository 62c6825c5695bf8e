import {
  crisisChannels,
  crisisNumberProblem,
  crisisNumbersProblems,
  crisisRegionCodes,
  crisisRegions,
  crisisRegionsProblems,
} from '@haven/schemas'
import {
  ValidationError,
  type GlobalBeforeChangeHook,
  type GlobalConfig,
  type TextFieldSingleValidation,
} from 'payload'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { staffOnly } from '../access/staffOnly'
import { httpsUrl } from '../fields/validators'
import { revalidateGlobal } from '../hooks/revalidateWeb'
import { globals } from '../slugs'

type Regions = {
  region?: string | null
  lines?:
    | {
        label?: string | null
        number?: string | null
        channels?: Record<string, boolean | null | undefined> | null
      }[]
    | null
}[]

/** A number must be a valid crisis number for the region of its row (811 in the US is refused, with why). */
const validateNumber: TextFieldSingleValidation = (value, { data, path }) => {
  const regionIndex = Number(path?.[1])
  const region = (data as { regions?: Regions }).regions?.[regionIndex]?.region ?? ''
  const problem = crisisNumberProblem(region, value ?? '')
  return problem ? `number: ${problem}` : true
}

/**
 * The rules that protect readers, on every save: Payload skips field validation for drafts, so the
 * number rule (also the field's `validate`, for the admin's inline message) runs here too, and a
 * draft with 811 or 800-273-8255 is refused like a publish.
 */
const oneNumberPerLine: GlobalBeforeChangeHook = ({ data, req }) => {
  const regions = (data.regions ?? []) as Regions
  const problems = crisisRegionsProblems(regions).map((message) => ({ path: 'regions', message }))
  regions.forEach((row, r) =>
    row.lines?.forEach((line, l) => {
      if (!crisisChannels.some((channel) => line.channels?.[channel])) {
        problems.push({
          path: 'regions',
          message: `regions ${r + 1} › lines ${l + 1} › channels: tick at least one of call, text or chat`,
        })
      }
    }),
  )
  problems.push(...crisisNumbersProblems(regions))
  if (problems.length)
    throw new ValidationError({ errors: problems, global: globals.crisisResources, req }, req.t)
  return data
}

/** The one source of every crisis line Haven shows, per region, on every page. */
export const CrisisResources: GlobalConfig = {
  slug: globals.crisisResources,
  label: 'Crisis resources',
  admin: { group: 'Site' },
  access: { read: anyone, readVersions: staffOnly, update: editorsOnly },
  versions: { drafts: true, max: 50 },
  hooks: { beforeChange: [oneNumberPerLine], afterChange: [revalidateGlobal] },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: 'If you are in crisis', maxLength: 80 },
    { name: 'intro', type: 'textarea', maxLength: 400 },
    {
      name: 'regions',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        {
          name: 'region',
          type: 'select',
          required: true,
          options: crisisRegionCodes.map((value) => ({ value, label: crisisRegions[value].name })),
        },
        {
          name: 'emergencyNumber',
          type: 'text',
          virtual: true,
          admin: { hidden: true },
          hooks: {
            afterRead: [
              ({ siblingData }) =>
                crisisRegions[siblingData?.region as keyof typeof crisisRegions]?.emergency,
            ],
          },
        },
        {
          name: 'lines',
          type: 'array',
          required: true,
          minRows: 1,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, maxLength: 80 },
                { name: 'number', type: 'text', required: true, maxLength: 24, validate: validateNumber },
              ],
            },
            {
              // Checkboxes rather than a many-valued select: the SQL adapters cannot store a many-valued
              // select inside nested arrays of a versioned global (foreign-key failure on save).
              name: 'channels',
              type: 'group',
              admin: { description: 'How readers can reach this line (at least one).' },
              fields: [
                {
                  type: 'row',
                  fields: crisisChannels.map((value) => ({
                    name: value,
                    type: 'checkbox' as const,
                    label: value[0]!.toUpperCase() + value.slice(1),
                    // No default: a text-only line must not come back as callable.
                    defaultValue: false,
                  })),
                },
              ],
            },
            { name: 'url', type: 'text', validate: httpsUrl('url', { optional: true }) },
            { name: 'description', type: 'text', maxLength: 200 },
            { name: 'hours', type: 'text', maxLength: 40, defaultValue: '24/7' },
          ],
        },
      ],
    },
  ],
}
