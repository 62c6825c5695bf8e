import { Callout } from './Callout'
import { Experience } from './Experience'
import { FurtherReading } from './FurtherReading'
import { InfographicGallery } from './InfographicGallery'
import { PartnerOffers } from './PartnerOffers'
import { SectionHeading } from './SectionHeading'
import { Video } from './Video'

export const articleBlocks = [
  SectionHeading,
  PartnerOffers,
  Callout,
  Experience,
  Video,
  InfographicGallery,
  FurtherReading,
]
export const pageBlocks = [SectionHeading, Callout]
