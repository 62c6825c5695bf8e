import type { SeedArticle } from '../types'

export const isOnlineTherapyRightForYou: SeedArticle = {
  slug: 'is-online-therapy-right-for-you',
  title: 'Is Online Therapy Right for You?',
  summary:
    'Therapy by video, phone or message can fit around work, distance and caring duties. Learn what it is good for, when in-person care is better, and how to choose a service.',
  topics: ['therapy-techniques/online-therapy', 'types-of-therapists/online-therapists'],
  authors: ['priya-nandakumar'],
  reviewers: ['noor-haddad'],
  publishedAt: '2024-04-22',
  updatedAt: '2026-03-02',
  lastReviewedAt: '2026-02-23',
  heroAlt: 'Illustration of a laptop showing two speech shapes, in steel blue on light grey',
  palette: ['#3C5A73', '#E4EAF0'],
  body: [
    {
      type: 'p',
      text: 'Online therapy is therapy with a licensed professional over video, phone or secure messaging instead of in an office. For many people it makes help possible: no travel, no waiting room, and appointments that fit around work, children or a health condition. For common problems such as anxiety and depression, research suggests that therapy by video can work about as well as meeting in person.',
    },
    { type: 'h2', text: 'What It Suits', tocLabel: 'What It Suits' },
    {
      type: 'ul',
      items: [
        'Living far from therapists, or far from one with the right specialty',
        'Busy schedules, shift work or caring for others',
        'Health or mobility problems that make travel hard',
        'Feeling more at ease talking from home',
      ],
    },
    { type: 'h2', text: 'When In-Person Care May Be Better', tocLabel: 'In-Person Care' },
    {
      type: 'p',
      text: 'Online therapy is not the right fit for everyone. In-person care, or a service set up for urgent needs, is usually better if you are in a crisis or at risk of harming yourself, if you have severe symptoms that need close monitoring, or if you have no private, safe place to talk. Some therapies, such as some work with young children, are also harder to do through a screen.',
    },
    { type: 'h2', text: 'Choosing a Service', tocLabel: 'Choosing' },
    {
      type: 'ul',
      items: [
        'Check that the therapist is licensed in the state where you are during sessions.',
        'Ask how sessions work: live video, phone, messages, or a mix, and how quickly messages are answered.',
        'Read how your information is stored and shared, and whether the platform is built for health care.',
        'Ask about cost, insurance and what happens if you want to change therapists.',
        'Ask what to do in an emergency, since your therapist may be far away.',
      ],
    },
    {
      type: 'p',
      text: 'Whichever way you meet, the relationship with your therapist matters most. Our guide to [choosing a therapist](article:how-to-choose-a-therapist) has questions to ask in a first call, and [preparing for your first session](article:preparing-for-your-first-therapy-session) covers what happens next.',
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'Online therapy is not a crisis service',
      body: [
        'If you are thinking about suicide or are in danger, do not wait for a message reply. Contact emergency services, or reach the [Suicide & Crisis Lifeline](https://988lifeline.org) by phone, text or chat.',
      ],
    },
  ],
}
