import type { SeedArticle } from '../types'

export const whatIsDbt: SeedArticle = {
  slug: 'what-is-dbt',
  title: 'What Is Dialectical Behavior Therapy (DBT)?',
  summary:
    'DBT teaches skills for handling intense emotions, surviving crises and getting along with others. Learn how it is structured, what the four skill areas are and who it is for.',
  topics: ['therapy-techniques', 'therapy-techniques/dialectical-behavior-therapy-dbt'],
  authors: ['daniel-whitfield'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2024-07-08',
  updatedAt: '2025-12-01',
  lastReviewedAt: '2025-11-24',
  heroAlt: 'Illustration of two weights balanced on a beam, in indigo on pale sky blue',
  palette: ['#2E4A86', '#DCE6F6'],
  body: [
    {
      type: 'p',
      text: 'Dialectical behavior therapy (DBT) is a structured form of talk therapy developed by psychologist Marsha Linehan. It grew out of [cognitive behavioral therapy](article:what-is-cbt) and was first designed for people with intense, fast-changing emotions and repeated thoughts of self-harm or suicide. Today it is also used for other conditions where emotions feel hard to manage.',
    },
    { type: 'h2', text: 'What “Dialectical” Means', tocLabel: 'The Idea' },
    {
      type: 'p',
      text: 'A dialectic holds two ideas that seem opposed. In DBT the central pair is acceptance and change: accepting yourself and your situation as they are right now, and at the same time working to change what keeps hurting you. Therapists validate how hard things are while coaching new ways of responding.',
    },
    { type: 'h2', text: 'The Four Skill Areas', tocLabel: 'Skills' },
    {
      type: 'ul',
      items: [
        '**Mindfulness:** noticing thoughts, feelings and urges without being swept away by them.',
        '**Distress tolerance:** getting through a crisis without making it worse, for example by changing body temperature, paced breathing or distraction.',
        '**Emotion regulation:** understanding emotions, reducing vulnerability to them (sleep, food, activity) and changing those you want to change.',
        '**Interpersonal effectiveness:** asking for what you need, saying no and keeping self-respect in relationships.',
      ],
    },
    { type: 'h2', text: 'How a Program Is Organized', tocLabel: 'Structure' },
    {
      type: 'p',
      text: 'Standard DBT has several parts that work together: weekly individual therapy, a weekly skills group that works like a class, coaching between sessions for using skills in hard moments, and a consultation team that supports the therapists. Programs often run for six months to a year. Many clinicians also offer “DBT-informed” therapy or skills groups on their own, which can be helpful but is not the full program.',
    },
    {
      type: 'p',
      text: 'DBT has the strongest evidence for borderline personality disorder and for reducing self-harm. It is also used for eating disorders, substance use and, in adapted forms, for teenagers and their families.',
    },
    {
      type: 'callout',
      tone: 'note',
      title: 'Questions to ask a DBT provider',
      body: [
        'Ask whether they offer the full program or parts of it, how long it runs, whether coaching between sessions is included, and what training the therapists have had in DBT.',
      ],
    },
  ],
}
