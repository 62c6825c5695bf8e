import type { SeedArticle } from '../types'
import { addictionVsDependence } from './addiction-vs-dependence'
import { cbtForInsomnia } from './cbt-for-insomnia'
import { emotionalIntimacy } from './emotional-intimacy'
import { emotionalIntimacyInMarriage } from './emotional-intimacy-in-marriage'
import { generalizedAnxietyDisorder } from './generalized-anxiety-disorder'
import { groundingTechniquesForAnxiety } from './grounding-techniques-for-anxiety'
import { healthyCommunicationInRelationships } from './healthy-communication-in-relationships'
import { howToHelpAFriendWithAddiction } from './how-to-help-a-friend-with-addiction'
import { preparingForYourFirstTherapySession } from './preparing-for-your-first-therapy-session'
import { questionsToAskYourPartner } from './questions-to-ask-your-partner'
import { repairingAfterAnArgument } from './repairing-after-an-argument'
import { signsOfDepression } from './signs-of-depression'
import { supportingAPartnerWithDepression } from './supporting-a-partner-with-depression'
import { understandingPtsd } from './understanding-ptsd'
import { whatIsCbt } from './what-is-cbt'

/** Every seeded article; the flagship first. */
export const articles: SeedArticle[] = [
  emotionalIntimacy,
  healthyCommunicationInRelationships,
  questionsToAskYourPartner,
  emotionalIntimacyInMarriage,
  repairingAfterAnArgument,
  groundingTechniquesForAnxiety,
  generalizedAnxietyDisorder,
  signsOfDepression,
  supportingAPartnerWithDepression,
  howToHelpAFriendWithAddiction,
  addictionVsDependence,
  whatIsCbt,
  cbtForInsomnia,
  preparingForYourFirstTherapySession,
  understandingPtsd,
]
