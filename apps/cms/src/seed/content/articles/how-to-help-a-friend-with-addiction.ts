import type { SeedArticle } from '../types'

export const howToHelpAFriendWithAddiction: SeedArticle = {
  slug: 'how-to-help-a-friend-with-addiction',
  title: 'How to Help a Friend Who Is Struggling With Addiction',
  summary:
    'Watching a friend struggle with alcohol or drugs is painful. Learn how to start the conversation, support recovery without enabling, and look after yourself.',
  topics: ['mental-health/addiction', 'mental-health/addiction/how-to-help-a-friend'],
  authors: ['priya-nandakumar'],
  reviewers: ['noor-haddad'],
  publishedAt: '2024-02-14',
  updatedAt: '2025-05-19',
  lastReviewedAt: '2025-05-12',
  heroAlt: 'Abstract illustration of two hands of colour reaching toward each other in ochre and cream',
  palette: ['#8A5A1F', '#F6E6CC'],
  body: [
    {
      type: 'p',
      text: 'If someone you care about is struggling with alcohol or drugs, you may feel scared, angry or unsure whether to say anything at all. Addiction is a treatable health condition, not a moral failing, and support from friends can play a real part in someone’s decision to get help.',
    },
    { type: 'h2', text: 'Recognizing the Signs', tocLabel: 'Signs to Notice' },
    {
      type: 'ul',
      items: [
        'Using more, or more often, than they meant to',
        'Trying to cut down without success',
        'Neglecting work, school or relationships',
        'Secrecy, lying or unexplained money problems',
        'Giving up activities they used to love',
        'Continuing to use despite clear harm to their health or life',
      ],
    },
    {
      type: 'p',
      text: 'No single sign proves that someone has an addiction, and only a professional can diagnose a substance use disorder. What matters more is the pattern: if several of these have appeared and seem to be getting worse, it is reasonable to say something.',
    },
    { type: 'h2', text: 'Starting the Conversation', tocLabel: 'Starting the Conversation' },
    {
      type: 'ol',
      items: [
        '**Choose a calm, private moment** when your friend is sober and you are not angry.',
        '**Speak from concern, not judgment.** Describe specific things you have noticed and how you feel: “I’ve noticed you’ve missed work a few times lately, and I’m worried about you.”',
        '**Listen.** Ask how they see things, and expect some denial or defensiveness. That is common and does not mean the conversation failed.',
        '**Offer concrete help.** Offer to look at treatment options together, for example on [FindTreatment.gov](https://findtreatment.gov)[^1], or to go with them to an appointment. SAMHSA’s National Helpline gives free, confidential treatment referrals and information, day and night.[^2]',
        '**Be patient.** Change usually takes many conversations, not one.',
      ],
    },
    { type: 'h2', text: 'Supporting Without Enabling', tocLabel: 'Support vs. Enabling' },
    {
      type: 'p',
      text: 'Enabling means shielding someone from the consequences of their substance use: making excuses for them, covering their debts, cleaning up after them. It usually comes from love, but it can make it easier to keep using. Support means caring for the person while letting them face the natural results of their choices. Set clear boundaries, such as not lending money or not allowing use in your home, and hold them consistently.',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Know the signs of an overdose',
      body: [
        'Signs of an opioid overdose include very slow or stopped breathing, blue or grey lips or fingertips, very small pupils and being impossible to wake. If you see these signs, contact emergency services immediately. If you have naloxone, use it; in the US, naloxone nasal spray is sold without a prescription.',
        'Stopping alcohol, benzodiazepines or some other substances suddenly after heavy use can cause dangerous withdrawal. Encourage your friend to stop under medical supervision.',
      ],
    },
    { type: 'h2', text: 'Taking Care of Yourself', tocLabel: 'Caring for Yourself' },
    {
      type: 'p',
      text: 'You cannot make another person recover, and you are not responsible for their choices. Support groups for the friends and families of people with addiction, or a therapist of your own, can give you perspective and a place to put your own feelings. Looking after yourself also makes you a steadier presence for your friend. To understand how addiction differs from physical dependence, read [addiction vs. dependence](article:addiction-vs-dependence).',
    },
    { type: 'offers', partners: ['steadfast'] },
  ],
  sources: [
    {
      title: 'FindTreatment.gov',
      publisher: 'Substance Abuse and Mental Health Services Administration',
      url: 'https://findtreatment.gov/',
    },
    {
      title: 'SAMHSA’s National Helpline',
      publisher: 'Substance Abuse and Mental Health Services Administration',
      url: 'https://www.samhsa.gov/find-help/national-helpline',
    },
  ],
}
