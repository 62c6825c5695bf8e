import { badgeChangeTimes, siteSettingsSchema, validBadges } from './settings'

const honcode = {
  name: 'HONcode certified',
  validFrom: '2021-01-01T09:00:00.000Z',
  validUntil: '2022-12-15T09:00:00.000Z',
}
const reviewed = {
  name: 'Clinically reviewed content',
  validFrom: '2024-01-01T09:00:00.000Z',
  validUntil: '2027-12-31T09:00:00.000Z',
}
const openEnded = { name: 'No start date', validFrom: null, validUntil: '2030-01-01T00:00:00.000Z' }

describe('validBadges', () => {
  it('hides a badge whose certification has ended', () => {
    expect(validBadges([honcode, reviewed], new Date('2026-06-01T00:00:00Z'))).toEqual([reviewed])
  })

  it('hides a badge that is not valid yet, and shows one without a start date', () => {
    expect(validBadges([reviewed, openEnded], new Date('2023-06-01T00:00:00Z'))).toEqual([openEnded])
  })

  it('shows a badge on the first and the last moment of its validity', () => {
    expect(validBadges([honcode], new Date(honcode.validFrom))).toEqual([honcode])
    expect(validBadges([honcode], new Date(honcode.validUntil))).toEqual([honcode])
    expect(validBadges([honcode], new Date(Date.parse(honcode.validUntil) + 1))).toEqual([])
  })
})

describe('badgeChangeTimes', () => {
  it('lists when the shown badges change: each start still ahead and the moment after each end', () => {
    const now = new Date('2023-06-01T00:00:00Z')
    expect(badgeChangeTimes([honcode, reviewed, openEnded], now).map((time) => time.toISOString())).toEqual([
      '2024-01-01T09:00:00.000Z',
      '2027-12-31T09:00:00.001Z',
      '2030-01-01T00:00:00.001Z',
    ])
  })

  it('is empty once every badge has ended, and lists a shared moment once', () => {
    expect(badgeChangeTimes([honcode], new Date('2026-01-01T00:00:00Z'))).toEqual([])
    expect(badgeChangeTimes([reviewed, { ...reviewed }], new Date('2025-01-01T00:00:00Z'))).toHaveLength(1)
  })

  it('changes exactly when validBadges does', () => {
    const [end] = badgeChangeTimes([honcode], new Date(honcode.validFrom))
    expect(validBadges([honcode], new Date(end!.getTime() - 1))).toEqual([honcode])
    expect(validBadges([honcode], end!)).toEqual([])
  })
})

describe('siteSettingsSchema', () => {
  const settings = {
    siteName: 'Haven',
    disclosureTemplate: 'Haven is paid by {partners}.',
    footerGroups: [
      {
        title: 'Help',
        links: [
          {
            label: 'Find a Therapist',
            link: { type: 'path', topic: null, page: null, path: '/directory', url: null },
          },
        ],
      },
    ],
    trustBadges: null,
  }

  it('reads missing lists as empty', () => {
    expect(siteSettingsSchema.parse(settings).trustBadges).toEqual([])
  })

  it('refuses a footer link to an article, which the footer does not offer', () => {
    const withArticle = structuredClone(settings)
    withArticle.footerGroups[0]!.links[0]!.link.type = 'article'
    expect(siteSettingsSchema.safeParse(withArticle).success).toBe(false)
  })

  it('refuses a disclosure wording without the place for the partners’ names', () => {
    expect(siteSettingsSchema.safeParse({ ...settings, disclosureTemplate: 'Paid.' }).success).toBe(false)
  })
})
