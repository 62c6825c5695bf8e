import type { SeedPartner } from './types'

/** Fictional partner companies on the reserved `.example` domain. Offer texts make no price or outcome claims. */
export const partners: SeedPartner[] = [
  {
    slug: 'harborline',
    logoColour: '#1F5F7A',
    name: 'Harborline',
    disclosureName: 'Harborline Therapy',
    offerText:
      'Harborline matches you with a licensed therapist for sessions by video, phone or messaging. You can change therapists at any time if the fit is not right.',
    ctaLabel: 'Visit Harborline',
    url: 'https://harborline.example/start',
    category: 'Online therapy',
    active: true,
  },
  {
    slug: 'twofold',
    logoColour: '#A14A5B',
    name: 'Twofold',
    disclosureName: 'Twofold Couples Course',
    offerText:
      'Twofold is a self-paced online course that couples work through together, with short lessons on communication, conflict and closeness.',
    ctaLabel: 'Start Twofold',
    url: 'https://twofold.example/couples',
    category: 'Couples course',
    active: true,
  },
  {
    slug: 'tandem',
    logoColour: '#5B4B8A',
    name: 'Tandem',
    disclosureName: 'Tandem Relationship Coaching',
    offerText:
      'Tandem pairs video sessions with a relationship coach with short exercises between sessions. You can join alone or with your partner.',
    ctaLabel: 'Try Tandem',
    url: 'https://tandem.example/get-started',
    category: 'Relationship coaching',
    active: true,
  },
  {
    slug: 'hearthside',
    logoColour: '#B0612A',
    name: 'Hearthside',
    disclosureName: 'Hearthside Couples Therapy',
    offerText:
      'Hearthside connects couples with licensed therapists who work with both partners together over video, at times that suit two schedules.',
    ctaLabel: 'Visit Hearthside',
    url: 'https://hearthside.example/couples',
    category: 'Online couples therapy',
    active: true,
  },
  {
    slug: 'stillwater',
    logoColour: '#2E7566',
    name: 'Stillwater',
    disclosureName: 'Stillwater Mindfulness',
    offerText:
      'Stillwater offers guided meditations and breathing exercises, from two minutes to half an hour, for calmer moments during a stressful day.',
    ctaLabel: 'Get Stillwater',
    url: 'https://stillwater.example/app',
    category: 'Mindfulness app',
    active: true,
  },
  {
    slug: 'thoughtline',
    logoColour: '#34468C',
    name: 'Thoughtline',
    disclosureName: 'Thoughtline CBT',
    offerText:
      'Thoughtline offers structured cognitive behavioral therapy online, with a licensed therapist guiding weekly sessions and worksheets.',
    ctaLabel: 'Explore Thoughtline',
    url: 'https://thoughtline.example/cbt',
    category: 'Online CBT',
    active: true,
  },
  {
    slug: 'steadfast',
    logoColour: '#5E6B2E',
    name: 'Steadfast',
    disclosureName: 'Steadfast Recovery',
    offerText:
      'Steadfast offers online recovery support for people who want to change their drinking or drug use, with licensed counselors and peer groups.',
    ctaLabel: 'Learn about Steadfast',
    url: 'https://steadfast.example/recovery',
    category: 'Recovery support',
    active: true,
  },
  {
    slug: 'lantern-circle',
    logoColour: '#9A6A12',
    name: 'Lantern Circle',
    disclosureName: 'Lantern Circle',
    offerText:
      'Lantern Circle hosts moderated online support groups for people living with anxiety and depression.',
    ctaLabel: 'Visit Lantern Circle',
    url: 'https://lanterncircle.example/groups',
    category: 'Online support groups',
    /** The partnership has ended: kept for the record, never shown in new offer groups. */
    active: false,
  },
]
