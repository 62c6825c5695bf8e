import { z } from 'zod'

/**
 * What counts as a valid crisis number in each region Haven serves. A number that is not valid is
 * rejected with the reason, so the reference page's defect (988, 800-273-8255 and 811 side by side)
 * cannot be saved: 811 is a utility line and 800-273-8255 was superseded by 988 on 16 July 2022.
 */
export const crisisRegions = {
  // `inText`: the name as it reads in a sentence ("Crisis lines in the United States").
  US: { name: 'United States', inText: 'the United States', emergency: '911' },
  CA: { name: 'Canada', inText: 'Canada', emergency: '911' },
  GB: { name: 'United Kingdom', inText: 'the United Kingdom', emergency: '999' },
  IE: { name: 'Ireland', inText: 'Ireland', emergency: '112' },
  AU: { name: 'Australia', inText: 'Australia', emergency: '000' },
  NZ: { name: 'New Zealand', inText: 'New Zealand', emergency: '111' },
} as const satisfies Record<string, { name: string; inText: string; emergency: string }>

export type CrisisRegion = keyof typeof crisisRegions
export const crisisRegionCodes = Object.keys(crisisRegions) as [CrisisRegion, ...CrisisRegion[]]

export const crisisChannels = ['call', 'text', 'chat'] as const
export type CrisisChannel = (typeof crisisChannels)[number]

type Rule = { digits: RegExp; reason: string }

/** Numbers known not to be crisis lines (or no longer to be shown), per region. Digits only. */
const rejected: Record<CrisisRegion, Rule[]> = {
  US: [
    { digits: /^811$/, reason: '811 is the US "call before you dig" utility line, not a crisis line' },
    {
      digits: /^1?8002738255$/,
      reason: '800-273-8255 was superseded by 988, the Suicide & Crisis Lifeline, on 16 July 2022: show 988',
    },
    { digits: /^311$/, reason: '311 is a city services line, not a crisis line' },
    { digits: /^411$/, reason: '411 is directory assistance, not a crisis line' },
    { digits: /^511$/, reason: '511 is traffic information, not a crisis line' },
    { digits: /^611$/, reason: '611 is a phone company repair line, not a crisis line' },
    { digits: /^711$/, reason: '711 is the telecommunications relay service, not a crisis line' },
  ],
  CA: [
    { digits: /^811$/, reason: '811 is a provincial health information line, not a crisis line' },
    {
      digits: /^1?8334564566$/,
      reason: 'Talk Suicide Canada (1-833-456-4566) was replaced by 988 on 30 November 2023: show 988',
    },
  ],
  GB: [{ digits: /^101$/, reason: '101 is the police non-emergency line, not a crisis line' }],
  IE: [],
  AU: [],
  NZ: [],
}

/** Shapes a valid number may take in each region (digits only): short codes and full numbers. */
const accepted: Record<CrisisRegion, RegExp> = {
  US: /^(911|988|\d{5,6}|1?[2-9]\d{2}[2-9]\d{6})$/,
  CA: /^(911|988|\d{5,6}|1?[2-9]\d{2}[2-9]\d{6})$/,
  GB: /^(999|112|111|116\d{3}|\d{5}|0\d{9,10})$/,
  IE: /^(112|999|116\d{3}|\d{5}|0\d{8,9}|1800\d{6})$/,
  AU: /^(000|112|\d{6}|1[38]00\d{6}|13\d{4}|0\d{9})$/,
  NZ: /^(111|\d{3,4}|0800\d{6,7}|0\d{8,9})$/,
}

export function crisisDigits(number: string): string {
  return number.replace(/[^\d]/g, '')
}

/** Why `number` cannot be a crisis line in `region`, or `null` when it can. */
export function crisisNumberProblem(region: string, number: string): string | null {
  if (!(region in crisisRegions))
    return `region "${region}" is not one Haven serves (${crisisRegionCodes.join(', ')})`
  const code = region as CrisisRegion
  if (/[^\d\s()+.-]/.test(number))
    return 'may contain only digits, spaces, hyphens, dots, brackets and a leading +'
  const digits = crisisDigits(number)
  if (!digits) return 'is required'
  for (const rule of rejected[code]) if (rule.digits.test(digits)) return rule.reason
  if (!accepted[code].test(digits))
    return `is not a valid phone number or short code in ${crisisRegions[code].name}`
  return null
}

export const crisisLineSchema = z.object({
  id: z.string().nullish(),
  label: z.string().min(1).describe('e.g. Suicide & Crisis Lifeline'),
  number: z.string().min(1).describe('As readers dial or text it, e.g. 988'),
  channels: z
    .object({ call: z.boolean().nullish(), text: z.boolean().nullish(), chat: z.boolean().nullish() })
    .transform((c) => crisisChannels.filter((channel) => c[channel]))
    .describe('How readers can reach the line: call, text, chat'),
  url: z.string().nullish(),
  description: z.string().nullish(),
  hours: z.string().nullish(),
})
export type CrisisLine = z.infer<typeof crisisLineSchema>

export const crisisRegionSchema = z.object({
  id: z.string().nullish(),
  region: z.enum(crisisRegionCodes),
  emergencyNumber: z.string(),
  lines: z.array(crisisLineSchema),
})

/** The `crisis-resources` global: the one source of every crisis line Haven shows. */
export const crisisResourcesSchema = z.object({
  heading: z.string(),
  intro: z.string().nullish(),
  regions: z.array(crisisRegionSchema),
})
export type CrisisResources = z.infer<typeof crisisResourcesSchema>

/**
 * Problems with a set of regions as a whole: a region listed twice, or one line with two numbers.
 * Returns messages that name the row (1-based, as the admin shows them).
 */
export function crisisRegionsProblems(
  regions: readonly {
    region?: string | null
    lines?: readonly { label?: string | null; number?: string | null }[] | null
  }[],
): string[] {
  const problems: string[] = []
  const seenRegions = new Map<string, number>()
  regions.forEach((row, index) => {
    const region = row.region ?? ''
    const first = seenRegions.get(region)
    if (first !== undefined)
      problems.push(
        `regions ${index + 1}: ${region} is already listed in row ${first + 1}; each region appears once`,
      )
    else seenRegions.set(region, index)
    const numbersByLine = new Map<string, string>()
    row.lines?.forEach((line, lineIndex) => {
      const key = (line.label ?? '').trim().toLowerCase()
      const digits = crisisDigits(line.number ?? '')
      const existing = numbersByLine.get(key)
      if (existing !== undefined && existing !== digits) {
        problems.push(
          `regions ${index + 1} › lines ${lineIndex + 1}: "${line.label}" already has the number ${existing} in ${region}; a line has one number per region`,
        )
      } else if (existing !== undefined) {
        problems.push(
          `regions ${index + 1} › lines ${lineIndex + 1}: "${line.label}" is listed twice in ${region}`,
        )
      }
      numbersByLine.set(key, digits)
    })
  })
  return problems
}

/**
 * Every line whose number cannot be a crisis line in its row's region (811, 800-273-8255 in the US…),
 * with the field's path and a message naming the row, the line and the reason. Lines without a number
 * yet, or rows without a region, are left to the required-field checks (a draft may be incomplete);
 * a wrong number is refused in a draft as well, since a draft is one press away from readers.
 */
export function crisisNumbersProblems(
  regions: readonly {
    region?: string | null
    lines?: readonly { number?: string | null }[] | null
  }[],
): { path: string; message: string }[] {
  return regions.flatMap((row, r) =>
    (row.lines ?? []).flatMap((line, l) => {
      const number = line.number?.trim() ?? ''
      const problem = row.region && number ? crisisNumberProblem(row.region, number) : null
      return problem
        ? [
            {
              path: `regions.${r}.lines.${l}.number`,
              message: `regions ${r + 1} › lines ${l + 1} › number: ${problem}`,
            },
          ]
        : []
    }),
  )
}
