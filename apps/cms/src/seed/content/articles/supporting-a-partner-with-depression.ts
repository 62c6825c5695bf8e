import type { SeedArticle } from '../types'

export const supportingAPartnerWithDepression: SeedArticle = {
  slug: 'supporting-a-partner-with-depression',
  title: 'How to Support a Partner With Depression (and Look After Yourself)',
  summary:
    'Loving someone with depression can leave you feeling helpless. Here is how to offer support that helps, what to avoid, and how to protect your own wellbeing.',
  topics: ['mental-health/depression', 'relationships'],
  authors: ['maren-okafor'],
  reviewers: ['noor-haddad'],
  publishedAt: '2025-07-21',
  updatedAt: '2026-04-08',
  lastReviewedAt: '2026-04-01',
  heroAlt: 'Abstract illustration of a large and a small circle leaning together in plum and blush',
  palette: ['#7A3E65', '#F3DDE9'],
  body: [
    {
      type: 'p',
      text: 'When a partner is depressed, the person you know can seem far away. They may withdraw, sleep far more or far less than usual, lose interest in things you used to enjoy together, or become irritable. It is natural to feel worried, confused and sometimes hurt. You cannot cure your partner’s depression, but your support can make a real difference to how they get through it.',
    },
    {
      type: 'h2',
      text: 'Understanding What Your Partner Is Going Through',
      tocLabel: 'Understanding Depression',
    },
    {
      type: 'p',
      text: 'Depression is an illness, not a choice or a lack of effort. It drains energy and motivation, makes everyday tasks feel heavy and tints thoughts with hopelessness. A partner who seems distant may be struggling to feel much of anything, rather than pulling away from you in particular. Learning about the [signs of depression](article:signs-of-depression) can help you make sense of the changes you are seeing.',
    },
    { type: 'h2', text: 'Ways to Help', tocLabel: 'Ways to Help' },
    {
      type: 'ul',
      items: [
        '**Listen more than you advise.** Let them talk without rushing to fix things or offering cheerful reassurance.',
        '**Encourage treatment gently.** Offer to help find a therapist, make a phone call or come along to a first appointment.',
        '**Help with practical tasks.** When energy is low, meals, errands and paperwork can feel overwhelming.',
        '**Invite without pressure.** Suggest a short walk or a favorite show together, and accept a no without guilt.',
        '**Notice small improvements** and acknowledge them without making a fuss.',
      ],
    },
    {
      type: 'p',
      text: 'It also helps to ask your partner what support looks like for them. Some people want company and gentle distraction; others want quiet and fewer questions. Asking rather than guessing respects that they are still the expert on their own experience, even when depression makes it hard to put into words.',
    },
    { type: 'h2', text: 'What to Avoid', tocLabel: 'What to Avoid' },
    {
      type: 'ul',
      items: [
        'Telling them to “snap out of it” or to “look on the bright side”.',
        'Treating withdrawal or irritability as a verdict on the relationship.',
        'Taking over every responsibility, which can deepen feelings of uselessness.',
        'Keeping warning signs of suicide to yourself to avoid upsetting them.',
      ],
    },
    { type: 'h2', text: 'Caring for Yourself', tocLabel: 'Caring for Yourself' },
    {
      type: 'p',
      text: 'Supporting someone through depression is demanding, and your own wellbeing matters. Keep up your friendships and activities, share the load with other people you trust, and consider therapy for yourself. Once your partner is receiving care, couples therapy can also give you both a place to talk about how depression is affecting the relationship.',
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'If you are worried about their safety',
      body: [
        'Take any talk of suicide seriously. Warning signs include talking about wanting to die or about being a burden, giving belongings away, saying goodbye to people, or a sudden calm after a long period of despair. It is all right to ask directly whether they are thinking about suicide; asking does not put the idea in someone’s head.',
        'If you believe your partner is in immediate danger, contact emergency services and stay with them. You can also contact the [Suicide & Crisis Lifeline](https://988lifeline.org) for guidance on how to help someone else.',
      ],
    },
  ],
}
