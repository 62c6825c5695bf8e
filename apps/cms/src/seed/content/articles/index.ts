import type { SeedArticle } from '../types'
import { adhdInAdults } from './adhd-in-adults'
import { askingForAMentalHealthDay } from './asking-for-a-mental-health-day'
import { bipolarDisorderBasics } from './bipolar-disorder-basics'
import { childhoodTraumaInAdulthood } from './childhood-trauma-in-adulthood'
import { eatingDisordersWarningSigns } from './eating-disorders-warning-signs'
import { howToChooseATherapist } from './how-to-choose-a-therapist'
import { isOnlineTherapyRightForYou } from './is-online-therapy-right-for-you'
import { psychologistOrPsychiatrist } from './psychologist-or-psychiatrist'
import { whatHappensInCouplesCounseling } from './what-happens-in-couples-counseling'
import { whatIsDbt } from './what-is-dbt'
import { whatIsEmdr } from './what-is-emdr'
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
  // Topic hubs: every top-level topic and the busiest subtopics hold an article of their own.
  bipolarDisorderBasics,
  adhdInAdults,
  eatingDisordersWarningSigns,
  childhoodTraumaInAdulthood,
  whatIsDbt,
  whatIsEmdr,
  isOnlineTherapyRightForYou,
  psychologistOrPsychiatrist,
  whatHappensInCouplesCounseling,
  howToChooseATherapist,
  askingForAMentalHealthDay,
]
