import type { Block, RelationshipFieldSingleValidation } from 'payload'

import { collections } from '../slugs'

/** An inactive (or missing) partner cannot be added; the message names the partner. */
const activePartner: RelationshipFieldSingleValidation = async (value, { req }) => {
  if (value === null || value === undefined) return 'offers › partner: choose a partner'
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const found = await req.payload.find({
    collection: collections.partners,
    where: { id: { equals: id } },
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    limit: 1,
  })
  const partner = found.docs[0]
  if (!partner) return `offers › partner: partner ${String(id)} does not exist`
  if (!partner.active)
    return `offers › partner: "${partner.name}" is inactive; inactive partners cannot be added to articles`
  return true
}

/**
 * A group of partner offers. Its disclosure is never typed: the web app derives it from the partners
 * in the group (`formatDisclosure` in @haven/schemas) and shows it before the offers.
 */
export const PartnerOffers: Block = {
  slug: 'partnerOffers',
  interfaceName: 'PartnerOffersBlock',
  labels: { singular: 'Partner offers', plural: 'Partner offers groups' },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 120,
      admin: { description: 'Optional, e.g. "Ready to invest in your relationship?"' },
    },
    {
      name: 'offers',
      type: 'array',
      minRows: 1,
      maxRows: 8,
      required: true,
      labels: { singular: 'Offer', plural: 'Offers' },
      fields: [
        {
          name: 'partner',
          type: 'relationship',
          relationTo: collections.partners,
          required: true,
          filterOptions: { active: { equals: true } },
          validate: activePartner,
        },
      ],
    },
  ],
}
