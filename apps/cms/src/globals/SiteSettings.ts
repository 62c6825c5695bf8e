import {
  consentCategoryLabels,
  DEFAULT_CONSENT,
  DEFAULT_DISCLOSURE_TEMPLATE,
  DISCLOSURE_PLACEHOLDER,
} from '@haven/schemas'
import type { GlobalConfig } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { staffOnly } from '../access/staffOnly'
import { linkGroup } from '../fields/link'
import { httpsUrl } from '../fields/validators'
import { revalidateGlobal } from '../hooks/revalidateWeb'
import { scheduleBadgeRefresh } from '../hooks/scheduleBadgeRefresh'
import { globals } from '../slugs'

/**
 * Footer, disclosure wording, trust badges (each with an owner-set validity), newsletter copy and the
 * cookie-consent wording.
 */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const SiteSettings: GlobalConfig = validateDrafts({
  slug: globals.siteSettings,
  label: 'Site settings',
  admin: { group: 'Site' },
  access: { read: anyone, readVersions: staffOnly, update: editorsOnly },
  versions: { drafts: true, max: 50 },
  hooks: { afterChange: [revalidateGlobal, scheduleBadgeRefresh] },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'Haven', maxLength: 60 },
    { name: 'tagline', type: 'text', maxLength: 160 },
    {
      name: 'footerGroups',
      type: 'array',
      maxRows: 6,
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 60 },
        {
          name: 'links',
          type: 'array',
          required: true,
          minRows: 1,
          maxRows: 20,
          fields: [
            { name: 'label', type: 'text', required: true, maxLength: 80 },
            linkGroup({ allow: ['page', 'path', 'url', 'topic'] }),
          ],
        },
      ],
    },
    {
      name: 'disclosureTemplate',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_DISCLOSURE_TEMPLATE,
      admin: {
        description: `The wording of every partner disclosure; ${DISCLOSURE_PLACEHOLDER} becomes the list of partners shown.`,
      },
      validate: (value: unknown) =>
        typeof value === 'string' && value.includes(DISCLOSURE_PLACEHOLDER)
          ? true
          : `disclosureTemplate: must contain ${DISCLOSURE_PLACEHOLDER}, where the partners' names go`,
    },
    {
      name: 'trustBadges',
      type: 'array',
      maxRows: 8,
      admin: { description: 'Shown only between their valid-from and valid-until dates.' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 80 },
        { name: 'description', type: 'text', maxLength: 200 },
        { name: 'url', type: 'text', validate: httpsUrl('url', { optional: true }) },
        {
          type: 'row',
          fields: [
            {
              name: 'validFrom',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
            },
            {
              name: 'validUntil',
              type: 'date',
              required: true,
              admin: {
                date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
                description: 'Set by the badge’s owner; the badge disappears after it.',
              },
              validate: (value: unknown, { siblingData }: { siblingData: { validFrom?: string | null } }) => {
                if (!value) return 'validUntil: every badge needs the date its certification ends'
                if (siblingData.validFrom && new Date(String(value)) <= new Date(siblingData.validFrom)) {
                  return 'validUntil: must be after validFrom'
                }
                return true
              },
            },
          ],
        },
      ],
    },
    {
      name: 'newsletter',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', maxLength: 80, defaultValue: 'The Haven newsletter' },
        { name: 'body', type: 'textarea', maxLength: 400 },
        { name: 'ctaLabel', type: 'text', maxLength: 30, defaultValue: 'Sign up' },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: 'Cookie consent',
      admin: {
        description:
          'The wording of the cookie banner. Change the version whenever the wording changes: every reader is asked again.',
      },
      fields: [
        {
          name: 'version',
          type: 'text',
          required: true,
          maxLength: 40,
          defaultValue: DEFAULT_CONSENT.version,
          admin: { description: 'Stored with each reader’s choice, e.g. 1, 2 or 2026-11.' },
        },
        {
          name: 'heading',
          type: 'text',
          required: true,
          maxLength: 80,
          defaultValue: DEFAULT_CONSENT.heading,
        },
        {
          name: 'body',
          type: 'textarea',
          required: true,
          maxLength: 600,
          defaultValue: DEFAULT_CONSENT.body,
        },
        ...(['necessary', 'media', 'analytics', 'marketing'] as const).map((category) => ({
          name: category,
          type: 'textarea' as const,
          required: true,
          maxLength: 300,
          label: `${consentCategoryLabels[category]}: description`,
          defaultValue: DEFAULT_CONSENT[category],
        })),
      ],
    },
  ],
})
