import type { SeedArticle } from '../types'

export const childhoodTraumaInAdulthood: SeedArticle = {
  slug: 'childhood-trauma-in-adulthood',
  title: 'How Childhood Trauma Can Show Up in Adult Life',
  summary:
    'Painful experiences in childhood can echo for years, in relationships, moods and the body. Learn how that can look, why it makes sense, and how healing happens.',
  topics: ['mental-health/trauma', 'mental-health/trauma/childhood-trauma'],
  authors: ['maren-okafor'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2025-04-14',
  updatedAt: '2025-10-06',
  lastReviewedAt: '2025-09-29',
  heroAlt: 'Illustration of a small circle sheltered under a wide arc, in dusty rose on warm ivory',
  palette: ['#9C4F5E', '#F6E6E3'],
  body: [
    {
      type: 'p',
      text: 'Childhood trauma means frightening, harmful or overwhelming experiences in the years when we depend on adults to keep us safe: abuse, neglect, violence at home, the loss of a caregiver, or growing up with a parent whose illness or addiction made life unpredictable. Not everyone who lives through these things is affected in the same way, and many people go on to do well. For others, the effects show up much later.',
    },
    { type: 'h2', text: 'How It Can Show Up Later', tocLabel: 'How It Shows Up' },
    {
      type: 'ul',
      items: [
        'Feeling on guard, jumpy or unable to relax even when things are calm',
        'Finding it hard to trust people, or fearing that people you love will leave',
        'Strong reactions that seem bigger than the moment, followed by shame',
        'Feeling numb, disconnected from your body or far away from what is happening',
        'A harsh inner critic, or a sense of being fundamentally “too much” or “not enough”',
        'Low mood, anxiety, or using alcohol, food or work to cope',
      ],
    },
    {
      type: 'p',
      text: 'These patterns usually began as ways of coping. A child who learned to watch every adult’s mood was protecting themselves. The same habit can become exhausting in adult life, where it is no longer needed in the same way. Some people develop [post-traumatic stress disorder](article:understanding-ptsd), and some develop a form often called complex PTSD, with lasting difficulties in emotions and relationships.',
    },
    { type: 'h2', text: 'How Healing Happens', tocLabel: 'Healing' },
    {
      type: 'p',
      text: 'Healing rarely means forgetting. It usually means that memories lose some of their power and that you gain more choice over how you respond. Trauma-focused therapies, including trauma-focused CBT and EMDR, have good evidence for PTSD, and many therapists begin with skills for calming the body and handling strong feelings before any painful memories are explored. Safe, steady relationships matter too, and so does going at a pace that feels manageable.',
    },
    {
      type: 'ul',
      items: [
        'Look for a therapist with training in trauma, and ask how they work.',
        'It is fine to say what you are not ready to talk about yet.',
        '[Grounding techniques](article:grounding-techniques-for-anxiety) can help when old feelings rush in.',
      ],
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'If you are not safe now',
      body: [
        'If you are being hurt now, or you are having thoughts of ending your life, please reach out today. Contact emergency services if you are in immediate danger, or reach the [Suicide & Crisis Lifeline](https://988lifeline.org) by phone, text or chat. The crisis lines on this page are there for you too.',
      ],
    },
  ],
}
