import type { SeedArticle } from '../types'

export const eatingDisordersWarningSigns: SeedArticle = {
  slug: 'eating-disorders-warning-signs',
  title: 'Eating Disorders: Warning Signs and First Steps',
  summary:
    'Eating disorders are serious but treatable, and they affect people of every size, age and gender. Learn the warning signs and how to start a conversation about getting help.',
  topics: ['mental-health/eating-disorders'],
  authors: ['priya-nandakumar'],
  reviewers: ['noor-haddad'],
  publishedAt: '2023-11-06',
  updatedAt: '2025-02-17',
  lastReviewedAt: '2025-02-10',
  heroAlt: 'Illustration of a small plant with two leaves growing from a bowl, in sea green on pale aqua',
  palette: ['#2F7F78', '#DDF1EE'],
  body: [
    {
      type: 'p',
      text: 'Eating disorders are mental health conditions in which thoughts and behaviors around food, eating, weight or body shape take over a person’s life. They are not a choice or a phase. They can affect anyone, at any body size, and recovery is possible, especially with early support.',
    },
    { type: 'h2', text: 'The Main Types', tocLabel: 'Types' },
    {
      type: 'ul',
      items: [
        '**Anorexia nervosa:** severe restriction of food, an intense fear of gaining weight and a distorted view of one’s body.',
        '**Bulimia nervosa:** repeated episodes of binge eating followed by behaviors meant to make up for it, such as vomiting, misusing laxatives or over-exercising.',
        '**Binge eating disorder:** repeated episodes of eating large amounts with a sense of losing control, followed by distress, without regular compensating behaviors.',
        '**ARFID (avoidant/restrictive food intake disorder):** eating very little or a very narrow range of foods because of sensory discomfort, fear of choking or lack of interest, not because of body image.',
      ],
    },
    { type: 'h2', text: 'Warning Signs to Notice', tocLabel: 'Warning Signs' },
    {
      type: 'ul',
      items: [
        'Constant talk or worry about food, calories, weight or shape',
        'Skipping meals, eating alone or hiding food',
        'Rigid rules about what, when or how much to eat',
        'Going to the bathroom straight after meals',
        'Exercising even when ill or injured, or becoming distressed when unable to exercise',
        'Dizziness, fainting, feeling cold all the time, or missed periods',
        'Withdrawing from friends, especially around meals',
      ],
    },
    {
      type: 'p',
      text: 'Weight is not a reliable guide. Someone can be seriously unwell at any weight, and changes in mood and behavior are often the first things others notice.',
    },
    { type: 'h2', text: 'Starting the Conversation', tocLabel: 'First Steps' },
    {
      type: 'p',
      text: 'If you are worried about yourself, telling one trusted person and booking a visit with a doctor are good first steps; a doctor can check your physical health and refer you to specialist care. If you are worried about someone else, choose a calm, private moment, describe what you have noticed without commenting on their appearance, and say that you care. Expect that they may deny it or feel ashamed, and keep the door open.',
    },
    {
      type: 'p',
      text: 'Treatment is usually given by a team that may include a therapist, a doctor and a dietitian. Family-based treatment is often used for young people, and therapy approaches such as [CBT](article:what-is-cbt) help many adults.',
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'When it is urgent',
      body: [
        'Eating disorders can cause dangerous physical problems. Seek medical care the same day for fainting, chest pain, a racing or irregular heartbeat, confusion, or signs of severe dehydration. If anyone is in immediate danger, contact emergency services.',
      ],
    },
  ],
}
