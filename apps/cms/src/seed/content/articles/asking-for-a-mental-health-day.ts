import type { SeedArticle } from '../types'

export const askingForAMentalHealthDay: SeedArticle = {
  slug: 'asking-for-a-mental-health-day',
  title: 'How to Ask for a Mental Health Day',
  summary:
    'Taking a day off for your mental health is a reasonable use of leave. Learn what to say to your manager, how much to share, and how to make the day restful.',
  topics: [
    'starting-therapy-faq/mental-health-in-the-workplace',
    'starting-therapy-faq/mental-health-in-the-workplace/asking-for-a-mental-health-day',
  ],
  authors: ['corinne-abernathy'],
  reviewers: ['noor-haddad'],
  publishedAt: '2025-09-15',
  updatedAt: '2026-02-09',
  lastReviewedAt: '2026-02-02',
  heroAlt: 'Illustration of a sun rising over a calm horizon, in golden yellow on pale cream',
  palette: ['#B08A2E', '#FAF1DA'],
  body: [
    {
      type: 'p',
      text: 'A mental health day is a day away from work to rest and recover when stress, low mood or anxiety have built up. Mental health is health, and in many workplaces sick leave can be used for it in the same way as for a cold. A single day will not fix a situation that is wearing you down, but it can stop a hard week from becoming a crisis.',
    },
    { type: 'h2', text: 'What to Say', tocLabel: 'What to Say' },
    {
      type: 'p',
      text: 'You do not have to explain more than you want to. A short, plain message is enough:',
    },
    {
      type: 'ul',
      items: [
        '“I’m not well today and need to take a sick day. I’ll be back tomorrow and will pick up anything urgent then.”',
        '“I need to take a personal day today to look after my health.”',
        'If you trust your manager and want to share more: “I’ve been struggling with stress and need a day to recover.”',
      ],
    },
    {
      type: 'p',
      text: 'Check your employee handbook for how sick or personal leave works, and whether your workplace offers an employee assistance program (EAP), which often includes a few free, confidential counseling sessions.',
    },
    { type: 'h2', text: 'Making the Day Count', tocLabel: 'Making It Count' },
    {
      type: 'ul',
      items: [
        'Switch off work email and notifications.',
        'Do a few things that usually restore you: sleep, time outdoors, movement, a meal with someone you like.',
        'Keep the plan small; a mental health day is not a day for catching up on chores.',
        'Take a few minutes to notice what has been draining you and whether anything could change.',
      ],
    },
    { type: 'h2', text: 'When One Day Is Not Enough', tocLabel: 'More Than a Day' },
    {
      type: 'p',
      text: 'If you need days off more and more often, or dread work every day, that is a sign to look deeper. A doctor or therapist can help you understand what is going on; in the US, longer leave may be protected under the Family and Medical Leave Act for eligible employees, and the Americans with Disabilities Act may entitle you to reasonable adjustments at work. Our guide on [how to choose a therapist](article:how-to-choose-a-therapist) can help you take the next step.',
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'If work stress has become too much',
      body: [
        'If you feel hopeless or have thoughts of harming yourself, reach out today. You can reach the [Suicide & Crisis Lifeline](https://988lifeline.org) by phone, text or chat, and the crisis lines on this page are there for you too.',
      ],
    },
  ],
}
