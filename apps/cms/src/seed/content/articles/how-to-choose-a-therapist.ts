import type { SeedArticle } from '../types'

export const howToChooseATherapist: SeedArticle = {
  slug: 'how-to-choose-a-therapist',
  title: 'How to Choose a Therapist Who Fits',
  summary:
    'The right therapist is someone qualified whom you can come to trust. Learn what to look for, what to ask in a first call, and when it is fine to try someone else.',
  topics: ['starting-therapy-faq', 'starting-therapy-faq/how-to-choose-a-therapist'],
  authors: ['priya-nandakumar'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2025-05-19',
  updatedAt: '2026-05-04',
  lastReviewedAt: '2026-04-27',
  heroAlt: 'Illustration of a row of doors with one of them open, in teal on warm white',
  palette: ['#1F6F6B', '#EEF5F2'],
  body: [
    {
      type: 'p',
      text: 'Looking for a therapist can feel like one more hard thing at a hard time. It helps to know that there is no single right choice. What matters most is that the person is properly qualified, has experience with what you are facing, and is someone you feel able to be honest with. That feeling of working together, often called the therapeutic alliance, is one of the most consistent predictors of how well therapy goes.',
    },
    { type: 'h2', text: 'Start With the Basics', tocLabel: 'The Basics' },
    {
      type: 'ul',
      items: [
        '**License:** check that they hold a current license in your state; state licensing boards let you look this up.',
        '**Experience:** ask whether they often work with concerns like yours, such as anxiety, trauma, couples or addiction.',
        '**Approach:** ask how they work, for example [CBT](article:what-is-cbt), DBT or a more exploratory style, and why.',
        '**Practicalities:** cost, insurance, sliding-scale fees, location or online sessions, and times that fit your week.',
      ],
    },
    {
      type: 'p',
      text: 'Not sure which kind of professional you need? Our guide to [psychologists, psychiatrists and other therapists](article:psychologist-or-psychiatrist) explains who does what.',
    },
    { type: 'h2', text: 'Questions for a First Call', tocLabel: 'First Call' },
    {
      type: 'p',
      text: 'Many therapists offer a short free call before the first session. Some questions you could ask:',
    },
    {
      type: 'ul',
      items: [
        'What would our first few sessions look like?',
        'How will we know whether therapy is helping?',
        'How do you work with people from my background or identity?',
        'How do I reach you between sessions, and what should I do in an emergency?',
      ],
    },
    {
      type: 'p',
      text: 'Notice how you feel during the call as well as what is said. Did they listen? Did you feel rushed or judged? Your sense of comfort is useful information.',
    },
    { type: 'h2', text: 'It Is Fine to Change', tocLabel: 'Changing Therapists' },
    {
      type: 'p',
      text: 'Give a new therapist a few sessions; the start can feel awkward with anyone. If after that you still do not feel understood, it is fine to say so. A good therapist will welcome the conversation and can help you find someone who fits better. When you are ready, read about [preparing for your first session](article:preparing-for-your-first-therapy-session).',
    },
  ],
}
