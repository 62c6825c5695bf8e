/** Demo data for the globals: crisis lines, settings. The menu comes from the reference tree (navigation.ts). */

export const crisisResources = {
  heading: 'If you are in crisis',
  intro:
    'If you or someone you know is in immediate danger, call your local emergency number now. These free, confidential lines are open to anyone who needs to talk.',
  regions: [
    {
      region: 'US',
      lines: [
        {
          label: 'Emergency services',
          number: '911',
          channels: { call: true },
          description: 'Police, fire and ambulance',
          hours: '24/7',
        },
        {
          label: '988 Suicide & Crisis Lifeline',
          number: '988',
          channels: { call: true, text: true, chat: true },
          url: 'https://988lifeline.org',
          description: 'Call or text 988, or chat online, to reach a trained crisis counselor',
          hours: '24/7',
        },
        {
          label: 'Crisis Text Line',
          number: '741741',
          channels: { text: true },
          url: 'https://www.crisistextline.org',
          description: 'Text HOME to 741741',
          hours: '24/7',
        },
        {
          label: 'SAMHSA National Helpline',
          number: '1-800-662-4357',
          channels: { call: true },
          url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
          description: 'Treatment referral and information for mental health and substance use',
          hours: '24/7',
        },
      ],
    },
    {
      region: 'CA',
      lines: [
        { label: 'Emergency services', number: '911', channels: { call: true }, hours: '24/7' },
        {
          label: '9-8-8 Suicide Crisis Helpline',
          number: '988',
          channels: { call: true, text: true },
          url: 'https://988.ca',
          description: 'Call or text 988',
          hours: '24/7',
        },
        {
          label: 'Kids Help Phone',
          number: '1-800-668-6868',
          channels: { call: true, text: true, chat: true },
          url: 'https://kidshelpphone.ca',
          description: 'For young people; text CONNECT to 686868',
          hours: '24/7',
        },
      ],
    },
    {
      region: 'GB',
      lines: [
        { label: 'Emergency services', number: '999', channels: { call: true }, hours: '24/7' },
        {
          label: 'Samaritans',
          number: '116 123',
          channels: { call: true },
          url: 'https://www.samaritans.org',
          description: 'Free from any phone',
          hours: '24/7',
        },
        {
          label: 'Shout',
          number: '85258',
          channels: { text: true },
          url: 'https://giveusashout.org',
          description: 'Text SHOUT to 85258',
          hours: '24/7',
        },
      ],
    },
    {
      region: 'AU',
      lines: [
        { label: 'Emergency services', number: '000', channels: { call: true }, hours: '24/7' },
        {
          label: 'Lifeline',
          number: '13 11 14',
          channels: { call: true, text: true, chat: true },
          url: 'https://www.lifeline.org.au',
          hours: '24/7',
        },
      ],
    },
  ],
}

export const footerGroups = [
  {
    title: 'About Haven',
    links: [
      { label: 'About Us', page: 'about-us' },
      { label: 'Editorial Policy', page: 'editorial-policy' },
      { label: 'Advertising Policy', page: 'advertising-policy' },
      { label: 'Careers', page: 'careers' },
      { label: 'Write for Us', page: 'write-for-us' },
    ],
  },
  {
    title: 'Help',
    links: [
      { label: 'Crisis Resources', page: 'crisis-resources' },
      { label: 'Find a Therapist', path: '/directory' },
      { label: 'Contact Us', page: 'contact-us' },
    ],
  },
  {
    title: 'Legal',
    links: [
      { label: 'Privacy Policy', page: 'privacy-policy' },
      { label: 'Terms of Service', page: 'terms-of-service' },
      { label: 'No Surprises Act', page: 'no-surprises-act' },
    ],
  },
]

export const trustBadges = [
  {
    // Kept to show the rule: its scheme ended, so the site no longer shows it.
    name: 'HONcode certified',
    description: 'Health On the Net Foundation code of conduct',
    url: 'https://www.hon.ch',
    validFrom: '2021-01-01',
    validUntil: '2022-12-15',
  },
  {
    name: 'Clinically reviewed content',
    description:
      'Every article is reviewed by a licensed clinician before it is published (Haven editorial standard)',
    validFrom: '2024-01-01',
    validUntil: '2027-12-31',
  },
]

export const newsletter = {
  heading: 'The Haven newsletter',
  body: 'One email a week with new articles, reviewed by clinicians. No tracking pixels, and you can leave with one click.',
  ctaLabel: 'Sign up',
}
