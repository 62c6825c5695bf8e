import { draftTolerantBlock } from '../fields/draftRules'
import { Callout } from './Callout'
import { Experience } from './Experience'
import { FurtherReading } from './FurtherReading'
import { InfographicGallery } from './InfographicGallery'
import { PartnerOffers } from './PartnerOffers'
import { SectionHeading } from './SectionHeading'
import { Video } from './Video'
import { labelledBy } from './label'

/** Body blocks; their field rules hold on drafts as on publishing (a draft may leave fields empty). */
// Each is labelled in the editor by what it says: a heading by its text, offers by their partners.
const sectionHeading = labelledBy(SectionHeading, { textField: 'heading' })
const callout = labelledBy(Callout, { textField: 'title' })
export const articleBlocks = [
  sectionHeading,
  labelledBy(PartnerOffers, { partnersField: 'offers', textField: 'title' }),
  callout,
  labelledBy(Experience, { textField: 'title' }),
  labelledBy(Video, { textField: 'title' }),
  labelledBy(InfographicGallery, { textField: 'title' }),
  labelledBy(FurtherReading, { textField: 'title' }),
].map(draftTolerantBlock)
export const pageBlocks = [sectionHeading, callout].map(draftTolerantBlock)
