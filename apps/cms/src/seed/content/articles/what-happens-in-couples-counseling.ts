import type { SeedArticle } from '../types'

export const whatHappensInCouplesCounseling: SeedArticle = {
  slug: 'what-happens-in-couples-counseling',
  title: 'What Happens in Couples Counseling',
  summary:
    'Couples counseling is not about deciding who is right. Learn what sessions are like, what couples work on, and how to know when it may help.',
  topics: ['types-of-therapists/marriage-and-couples-counselors', 'relationships'],
  authors: ['maren-okafor'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2024-10-14',
  updatedAt: '2025-04-28',
  lastReviewedAt: '2025-04-21',
  heroAlt: 'Illustration of two chairs facing each other, in terracotta on pale sand',
  palette: ['#A4553A', '#F5E6D8'],
  body: [
    {
      type: 'p',
      text: 'Couples counseling is therapy for two people in a relationship, together. Many couples wait until they are in serious trouble before trying it, yet it can help at any stage: with repeated arguments, drifting apart, a betrayal, a big life change, or simply wanting to understand each other better.',
    },
    { type: 'h2', text: 'What the First Sessions Are Like', tocLabel: 'First Sessions' },
    {
      type: 'p',
      text: 'Early sessions are mostly about understanding: what brings you in, how you met, what works well and what each of you hopes will change. Some counselors meet each partner alone once as well. The counselor is not a judge and does not take sides; their job is to help both of you feel heard and to see the pattern you are caught in together.',
    },
    { type: 'h2', text: 'What Couples Work On', tocLabel: 'What You Work On' },
    {
      type: 'ul',
      items: [
        'Spotting the cycle that turns small disagreements into big fights',
        'Talking about hard topics without blame, and listening without defending',
        'Repairing after hurt, including after an affair',
        'Rebuilding closeness and [emotional intimacy](article:emotional-intimacy)',
        'Making decisions together about children, money, family or the future',
      ],
    },
    {
      type: 'p',
      text: 'Well-studied approaches include emotionally focused couples therapy and the Gottman method, and many counselors draw on several. Between sessions you may be asked to try something at home, such as a weekly check-in. Our articles on [healthy communication](article:healthy-communication-in-relationships) and [repairing after an argument](article:repairing-after-an-argument) cover skills couples often practice.',
    },
    { type: 'h2', text: 'Finding a Counselor', tocLabel: 'Finding a Counselor' },
    {
      type: 'p',
      text: 'Marriage and family therapists (LMFT) are trained specifically to work with couples, and other licensed therapists may have further training in it. Ask how they work, how often you will meet, and how they handle it if one partner is less sure about coming.',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'When couples counseling is not the right step',
      body: [
        'If one partner is afraid of the other, or there is physical violence, threats or control, joint sessions can be unsafe. Individual support comes first. The [National Domestic Violence Hotline](https://www.thehotline.org) offers confidential help by phone, text and chat.',
      ],
    },
  ],
}
