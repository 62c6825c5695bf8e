import type { SeedArticle } from '../types'

export const adhdInAdults: SeedArticle = {
  slug: 'adhd-in-adults',
  title: 'ADHD in Adults: What It Can Look Like',
  summary:
    'ADHD does not end with childhood, and in adults it often looks different. Learn the common signs, how an assessment works and what kinds of support help.',
  topics: ['mental-health/adhd'],
  authors: ['corinne-abernathy'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2024-11-18',
  updatedAt: '2026-01-20',
  lastReviewedAt: '2026-01-12',
  heroAlt:
    'Illustration of small arrows pointing different ways around one steady circle, in bright orange on cream',
  palette: ['#C4622D', '#FAEBD9'],
  body: [
    {
      type: 'p',
      text: 'Attention-deficit/hyperactivity disorder (ADHD) is a neurodevelopmental condition: it begins in childhood, even when nobody notices it then. Many adults are only assessed after years of wondering why organizing, finishing tasks or sitting through meetings feels so much harder for them than it seems to for others.',
    },
    { type: 'h2', text: 'Common Signs in Adults', tocLabel: 'Signs' },
    {
      type: 'p',
      text: 'In adults, visible hyperactivity often turns into inner restlessness. Signs that come up often include:',
    },
    {
      type: 'ul',
      items: [
        'Losing track of appointments, bills and belongings',
        'Starting many tasks and finishing few, or putting off tasks until the last minute',
        'Drifting off in conversations or while reading, even when interested',
        'Acting or speaking on impulse, interrupting, or making quick decisions that are later regretted',
        'Feeling restless, needing to keep moving, or struggling to relax',
        'Being able to focus intensely on some things while other tasks feel impossible to begin',
      ],
    },
    {
      type: 'p',
      text: 'Everyone has some of these experiences. ADHD is considered when they have been present since childhood, show up in more than one area of life and cause real problems at work, at home or in relationships.',
    },
    { type: 'h2', text: 'Getting an Assessment', tocLabel: 'Assessment' },
    {
      type: 'p',
      text: 'An assessment is usually done by a psychiatrist, a psychologist or another qualified clinician. It involves a detailed conversation about your history and current life, questionnaires, and sometimes input from a partner or family member who knew you as a child. Clinicians also look for other explanations and for conditions that often occur alongside ADHD, such as anxiety, depression and sleep problems.',
    },
    { type: 'h2', text: 'What Helps', tocLabel: 'What Helps' },
    {
      type: 'ul',
      items: [
        '**Medication:** stimulant and non-stimulant medications can reduce symptoms for many adults. A prescriber will talk through benefits, side effects and how to adjust the dose.',
        '**Therapy and coaching:** approaches based on [cognitive behavioral therapy](article:what-is-cbt) teach practical skills for planning, time and motivation.',
        '**Everyday structure:** calendars with reminders, breaking tasks into small steps, and a set place for keys and papers take load off memory.',
      ],
    },
    {
      type: 'callout',
      tone: 'note',
      title: 'A diagnosis is an explanation, not a label',
      body: [
        'Many adults describe relief when they finally understand why some things have been hard. ADHD says nothing about intelligence or effort, and with support most people find ways of working that suit how their attention works.',
      ],
    },
  ],
}
