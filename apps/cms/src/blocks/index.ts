import { draftTolerantBlock } from '../fields/draftRules'
import { Callout } from './Callout'
import { Experience } from './Experience'
import { FurtherReading } from './FurtherReading'
import { InfographicGallery } from './InfographicGallery'
import { PartnerOffers } from './PartnerOffers'
import { SectionHeading } from './SectionHeading'
import { Video } from './Video'

/** Body blocks; their field rules hold on drafts as on publishing (a draft may leave fields empty). */
export const articleBlocks = [
  SectionHeading,
  PartnerOffers,
  Callout,
  Experience,
  Video,
  InfographicGallery,
  FurtherReading,
].map(draftTolerantBlock)
export const pageBlocks = [SectionHeading, Callout].map(draftTolerantBlock)
