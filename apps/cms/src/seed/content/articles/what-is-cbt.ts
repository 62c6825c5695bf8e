import type { SeedArticle } from '../types'

export const whatIsCbt: SeedArticle = {
  slug: 'what-is-cbt',
  title: 'Cognitive Behavioral Therapy: How It Works and What to Expect',
  summary:
    'Cognitive behavioral therapy (CBT) is a structured, goal-focused therapy that helps people change unhelpful patterns of thinking and behavior. Here is how it works, what it treats and what sessions are like.',
  topics: ['therapy-techniques/cognitive-behavioral-therapy-cbt'],
  authors: ['daniel-whitfield'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2024-05-29',
  updatedAt: '2026-06-15',
  lastReviewedAt: '2026-06-08',
  featured: true,
  heroAlt: 'Abstract illustration of three connected circles forming a loop in indigo and pale blue',
  palette: ['#34468C', '#DDE3F6'],
  body: [
    {
      type: 'p',
      text: 'Cognitive behavioral therapy, usually called CBT, is one of the most thoroughly studied forms of talk therapy. It is practical and structured: you and your therapist work on specific problems, set goals and practice skills between sessions. Many people value that it focuses on what is happening now and on changes they can make themselves.',
    },
    { type: 'h2', text: 'The Idea Behind CBT', tocLabel: 'How It Works' },
    {
      type: 'p',
      text: 'CBT rests on the idea that thoughts, feelings and behaviors influence one another. When we are anxious or low, our thinking can tilt in predictable ways, and the things we do to cope, such as avoiding situations or withdrawing from people, can keep the problem going. Changing one part of the cycle can shift the others.',
    },
    { type: 'p', text: 'Some common thinking patterns that CBT helps people notice:' },
    {
      type: 'ul',
      items: [
        '**Catastrophizing:** expecting the worst possible outcome.',
        '**All-or-nothing thinking:** seeing things as a total success or a total failure.',
        '**Mind reading:** assuming you know what other people think of you.',
        '**Overgeneralizing:** drawing sweeping conclusions from a single event.',
      ],
    },
    { type: 'h2', text: 'What CBT Can Help With', tocLabel: 'What It Treats' },
    { type: 'p', text: 'CBT has a strong base of research for many conditions, including:' },
    {
      type: 'ul',
      items: [
        'Depression',
        'Generalized anxiety disorder, panic disorder and social anxiety',
        'Obsessive-compulsive disorder, especially through exposure and response prevention, a form of CBT',
        'Post-traumatic stress disorder, through trauma-focused forms of CBT',
        'Insomnia, through [CBT for insomnia](article:cbt-for-insomnia)',
        'Some eating disorders, such as bulimia nervosa and binge-eating disorder',
      ],
    },
    { type: 'h2', text: 'What Sessions Are Like', tocLabel: 'What to Expect' },
    {
      type: 'ol',
      items: [
        '**Assessment and goals.** Early sessions focus on understanding what brings you in and agreeing on specific goals.',
        '**Learning the model.** Your therapist helps you map how your thoughts, feelings and actions connect in situations that trouble you.',
        '**Building skills.** You practice techniques such as thought records, testing predictions, gradual exposure and problem-solving.',
        '**Practice between sessions.** Short exercises at home help the skills carry over into daily life.',
        '**Planning ahead.** Toward the end, you and your therapist plan how you will handle setbacks on your own.',
      ],
    },
    {
      type: 'p',
      text: 'CBT is often relatively short, commonly somewhere between about six and twenty sessions depending on the problem, and it can be done in person or online.',
    },
    {
      type: 'p',
      text: 'A typical session lasts about 45 to 60 minutes. It often opens with a short check-in on the past week and a look at any practice exercises, then moves to the problem you agreed to focus on, and ends with choosing something to try before the next session. Many therapists also use brief questionnaires from time to time to check whether symptoms are improving.',
    },
    { type: 'h2', text: 'Is CBT Right for You?', tocLabel: 'Is It Right for You?' },
    {
      type: 'p',
      text: 'CBT suits people who like structure and are willing to practice between sessions. It is not the only effective therapy, and some people find that approaches focused more on emotions, relationships or past experiences fit them better. A good therapist will talk through the options with you. If you are getting ready to start, our guide to [preparing for your first therapy session](article:preparing-for-your-first-therapy-session) may help.',
    },
    { type: 'offers', partners: ['thoughtline'] },
  ],
}
