import type { SeedArticle } from '../types'

export const healthyCommunicationInRelationships: SeedArticle = {
  slug: 'healthy-communication-in-relationships',
  title: 'How Healthy Communication Strengthens a Romantic Relationship',
  summary:
    'Healthy communication is less about never disagreeing and more about how partners listen, speak and repair. Here are the habits that help, the patterns that hurt, and how to practice better ones.',
  topics: ['relationships/communication'],
  authors: ['daniel-whitfield'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2023-01-30',
  updatedAt: '2025-01-09',
  lastReviewedAt: '2025-01-06',
  heroAlt: 'Abstract illustration of two speech shapes overlapping in deep blue and pale sky tones',
  palette: ['#2F5D7C', '#DCEAF3'],
  body: [
    {
      type: 'p',
      text: 'Couples who come to therapy often describe their problem in the same words: “We just can’t communicate.” They rarely mean that they never talk. They mean that talking about anything important leaves one or both of them feeling unheard, criticized or alone. The encouraging part is that communication is a set of habits, and habits can change.',
    },
    { type: 'h2', text: 'What Healthy Communication Looks Like', tocLabel: 'What It Looks Like' },
    {
      type: 'p',
      text: 'Healthy communication does not mean constant agreement or endless calm. Couples who communicate well still argue. The difference lies in how they argue and how they find their way back to each other afterward. Healthy communication between partners usually has a few features in common:',
    },
    {
      type: 'ul',
      items: [
        '**Each person can say what they feel and need** without attacking the other.',
        '**Listening is active.** Partners try to understand before they respond.',
        '**Complaints are about behavior, not character.** “You forgot to call” lands very differently from “You never think about me.”',
        '**Disagreements have limits.** Name-calling, mockery and threats are off the table.',
        '**Repair happens.** After a conflict, someone reaches out, and the other accepts the gesture.',
      ],
    },
    {
      type: 'p',
      text: 'Everyday talk matters too. Sharing small news, asking about each other’s day and laughing together build a reserve of goodwill that makes the hard conversations easier when they come.',
    },
    { type: 'h2', text: 'Patterns That Get in the Way', tocLabel: 'Patterns That Hurt' },
    {
      type: 'p',
      text: 'Some habits reliably make conversations worse, even when both people mean well. Watch for these:',
    },
    {
      type: 'ul',
      items: [
        '**Criticism:** turning a specific complaint into a verdict about who the other person is.',
        '**Defensiveness:** answering every concern with a counterattack or an excuse.',
        '**Contempt:** sarcasm, eye-rolling or mockery that signals disrespect.',
        '**Stonewalling:** shutting down and withdrawing, often because one feels overwhelmed.',
        '**Mind reading:** assuming you know what the other person thinks or intends, and reacting to that assumption instead of asking.',
      ],
    },
    {
      type: 'p',
      text: 'Most couples slip into some of these under stress. The goal is not perfection but noticing the pattern early and changing course before it takes over the conversation.',
    },
    { type: 'h2', text: 'Skills to Practice', tocLabel: 'Skills to Practice' },
    {
      type: 'ol',
      items: [
        '**Start gently.** Raise a difficult topic calmly and specifically: “I felt hurt when our plans changed without a heads-up. Can we talk about it?”',
        '**Use “I” statements.** Describe your own experience rather than diagnosing your partner.',
        '**Reflect before you respond.** Summarize what you heard (“So you felt I wasn’t taking your worry seriously”) and check whether you got it right.',
        '**Ask for what you want.** A clear request, such as “Could you text me if you’ll be late?”, is easier to meet than a general complaint.',
        '**Pause when you are flooded.** If your heart is racing and you cannot think clearly, agree to take a break of twenty minutes or so and then come back, rather than walking away for good.',
        '**Close the loop.** End hard conversations by naming what you agreed on, even if the only agreement is to keep talking.',
      ],
    },
    {
      type: 'p',
      text: 'For conversation starters that go beyond daily logistics, try our list of [questions to ask your partner](article:questions-to-ask-your-partner).',
    },
    { type: 'h2', text: 'When to Get Support', tocLabel: 'Getting Support' },
    {
      type: 'p',
      text: 'If the same arguments keep repeating, or conversations regularly end with one partner shutting down, a couples therapist can help you see the pattern from the outside and practice new ways of talking. Many couples wait years before asking for help. There is no need to wait until things reach a breaking point.',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'When communication is not the problem',
      body: [
        'Communication skills cannot fix a relationship in which one partner controls, threatens or frightens the other. If that sounds familiar, your safety comes first: talk to a domestic violence advocate or an individual therapist rather than starting couples work.',
      ],
    },
    { type: 'offers', title: 'Support for Couples', partners: ['twofold', 'hearthside'] },
  ],
}
