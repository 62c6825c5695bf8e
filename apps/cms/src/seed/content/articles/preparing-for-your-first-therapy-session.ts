import type { SeedArticle } from '../types'

export const preparingForYourFirstTherapySession: SeedArticle = {
  slug: 'preparing-for-your-first-therapy-session',
  title: 'How to Prepare for Your First Therapy Session',
  summary:
    'Starting therapy can feel nerve-racking. Here is what usually happens in a first session, what to have ready, and questions you may want to ask.',
  topics: ['starting-therapy-faq/preparing-for-your-first-session'],
  authors: ['priya-nandakumar'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2023-08-08',
  updatedAt: '2026-10-05',
  lastReviewedAt: '2026-09-29',
  heroAlt: 'Abstract illustration of an open doorway shape in warm yellow against a soft grey field',
  palette: ['#C99A2E', '#ECEBE6'],
  body: [
    {
      type: 'p',
      text: 'Booking a first therapy appointment is a real step, and it is normal to feel nervous about it. Knowing what usually happens can make that first hour feel less mysterious. The first session is mostly a chance for you and your therapist to get to know each other and decide whether you want to work together.',
    },
    { type: 'h2', text: 'Before the Session', tocLabel: 'Before the Session' },
    {
      type: 'ul',
      items: [
        '**Handle the paperwork early.** Many practices send intake forms, consent forms and privacy notices in advance.',
        '**Check the costs.** Ask about fees, insurance and the cancellation policy. In the US, if you are paying without insurance, you have the right to a good-faith estimate of expected costs before your appointment.',
        '**Think about your goals.** Jot down what is bringing you to therapy, when it started and what you would like to change.',
        '**Prepare your space for online sessions.** Find a private spot, test your connection and use headphones if other people are nearby.',
        '**List your medications** and any past mental health treatment, so you do not have to remember them on the spot.',
      ],
    },
    { type: 'h2', text: 'What Happens in the First Session', tocLabel: 'What Happens' },
    {
      type: 'p',
      text: 'Most first sessions are an assessment. Your therapist will explain confidentiality and its limits; therapists must act on certain information, such as a serious risk of harm to you or someone else, or suspected abuse of a child. They will then ask about what brings you in, your history, your relationships, your health and your strengths.',
    },
    {
      type: 'p',
      text: 'You do not have to share everything at once. It is fine to say that you are not ready to talk about something yet, and a good therapist will respect that.',
    },
    { type: 'h2', text: 'Questions You Might Ask', tocLabel: 'Questions to Ask' },
    {
      type: 'ul',
      items: [
        'What approach do you use, and why do you think it fits my situation?',
        'How often will we meet, and for roughly how long?',
        'What will progress look like, and how will we know it is working?',
        'What should I do if I need to reach you between sessions?',
        'Have you worked with people with concerns like mine?',
      ],
    },
    {
      type: 'p',
      text: 'If your therapist suggests a particular method, such as [cognitive behavioral therapy](article:what-is-cbt), it is reasonable to ask what it involves and what the evidence for it is.',
    },
    { type: 'h2', text: 'After the Session', tocLabel: 'After the Session' },
    {
      type: 'p',
      text: 'It is common to feel tired, relieved or stirred up after a first session, so give yourself a little time afterward if you can. Over the next session or two, notice whether you feel respected and understood. The working relationship with your therapist is one of the most consistent predictors of how much therapy helps, so if the fit feels wrong, it is completely acceptable to look for someone else.',
    },
    {
      type: 'callout',
      tone: 'note',
      title: 'Therapy is not emergency care',
      body: [
        'If you are in crisis while you wait for your first appointment, do not wait for it. Contact emergency services or the [Suicide & Crisis Lifeline](https://988lifeline.org) for help right away.',
      ],
    },
    { type: 'offers', partners: ['harborline'] },
  ],
}
