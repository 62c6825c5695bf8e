import type { SeedPerson } from './types'

/** Fictional writers, clinical reviewers and a video presenter. None of them is a real person. */
export const people: SeedPerson[] = [
  {
    slug: 'maren-okafor',
    name: 'Maren Okafor',
    roles: ['writer'],
    credentials: [{ abbreviation: 'LMFT', licenseState: 'CA', licenseNumber: 'LMFT 124563' }],
    bio: [
      'Maren Okafor is a licensed marriage and family therapist in Oakland, California, where she has worked with couples and families for more than fifteen years.',
      'Her practice focuses on emotional intimacy, repair after conflict, and the way early attachment shapes adult relationships.',
      'She writes for Haven about relationships and communication, and she tries to give readers the same practical tools she gives couples in her office.',
    ],
    palette: ['#B4533C', '#F3D9C9'],
  },
  {
    slug: 'daniel-whitfield',
    name: 'Daniel Whitfield',
    roles: ['writer'],
    credentials: [{ abbreviation: 'MA' }],
    bio: [
      'Daniel Whitfield is a health writer with a master’s degree in journalism who has covered mental health and public health for over a decade.',
      'He is not a clinician: every article he writes for Haven is reviewed by a licensed professional before it is published.',
      'Daniel is most interested in explaining how therapy works in plain language, so that readers can make informed choices about their own care.',
    ],
    palette: ['#2F5D7C', '#CFE3EE'],
  },
  {
    slug: 'priya-nandakumar',
    name: 'Priya Nandakumar',
    roles: ['writer'],
    credentials: [{ abbreviation: 'LCSW', licenseState: 'NY', licenseNumber: '091834' }],
    bio: [
      'Priya Nandakumar is a licensed clinical social worker in Brooklyn, New York, who works with adults living with anxiety, trauma and substance use.',
      'Before opening a private practice she spent eight years in community mental health clinics.',
      'Priya writes for Haven about anxiety, recovery and the first steps into therapy.',
    ],
    palette: ['#5B4B8A', '#E2DCF2'],
  },
  {
    slug: 'corinne-abernathy',
    name: 'Corinne Abernathy',
    roles: ['writer'],
    credentials: [{ abbreviation: 'MPH' }],
    bio: [
      'Corinne Abernathy is a public health writer with a master’s degree in public health and a background in community health education.',
      'She has written about sleep, substance use and anxiety for health nonprofits and patient education programs.',
      'Her articles for Haven are reviewed by licensed clinicians before publication.',
    ],
    palette: ['#3D7A5C', '#D6EDDF'],
  },
  {
    slug: 'tomas-lindqvist',
    name: 'Tomás Lindqvist',
    roles: ['reviewer'],
    credentials: [{ abbreviation: 'MD', licenseState: 'CA', licenseNumber: 'A 162048' }],
    bio: [
      'Dr. Tomás Lindqvist is a board-certified psychiatrist practicing in San Diego, California.',
      'He treats adults with mood and anxiety disorders and has a special interest in the safe use of medication alongside psychotherapy.',
      'As a clinical reviewer for Haven, he checks articles for medical accuracy and for advice that is safe to follow.',
    ],
    palette: ['#1F4E5F', '#C9E4E7'],
  },
  {
    slug: 'adaeze-morrow',
    name: 'Adaeze Morrow',
    roles: ['reviewer'],
    credentials: [{ abbreviation: 'PsyD', licenseState: 'CA', licenseNumber: 'PSY 29417' }],
    bio: [
      'Dr. Adaeze Morrow is a licensed clinical psychologist in Sacramento, California, specializing in cognitive behavioral therapy and trauma-focused treatment.',
      'She supervises psychology trainees and has taught courses on evidence-based therapy for anxiety and post-traumatic stress.',
      'Dr. Morrow reviews Haven articles on therapy techniques, trauma and relationships.',
    ],
    palette: ['#7A3E65', '#F1D8E6'],
  },
  {
    slug: 'noor-haddad',
    name: 'Noor Haddad',
    roles: ['reviewer'],
    credentials: [{ abbreviation: 'PMHNP', licenseState: 'OR', licenseNumber: 'NP 202318' }],
    bio: [
      'Noor Haddad is a psychiatric-mental health nurse practitioner in Portland, Oregon, who provides medication management and therapy in an outpatient clinic.',
      'She has worked in addiction medicine and integrated primary care, and she cares about making treatment easier to reach.',
      'For Haven she reviews articles on anxiety, addiction and recovery.',
    ],
    palette: ['#8A5A1F', '#F5E3C8'],
  },
  {
    slug: 'jonah-whitcombe',
    name: 'Jonah Whitcombe',
    roles: ['presenter'],
    credentials: [{ abbreviation: 'LMHC', licenseState: 'NY', licenseNumber: '010472' }],
    bio: [
      'Jonah Whitcombe is a licensed mental health counselor in Rochester, New York, who works with individuals and couples.',
      'He hosts Haven’s short explainer videos, where he turns ideas from therapy into small steps that people can try at home.',
    ],
    palette: ['#2E6F73', '#D3ECEB'],
  },
]
