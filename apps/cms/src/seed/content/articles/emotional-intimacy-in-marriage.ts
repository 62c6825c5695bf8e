import type { SeedArticle } from '../types'

export const emotionalIntimacyInMarriage: SeedArticle = {
  slug: 'emotional-intimacy-in-marriage',
  title: 'Tips to Grow Emotional Intimacy in a Long Marriage',
  summary:
    'Years of shared routines can leave spouses feeling more like roommates than partners. These practical habits help long-married couples rebuild closeness.',
  topics: ['relationships/intimacy'],
  authors: ['maren-okafor'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2023-01-09',
  updatedAt: '2023-11-14',
  lastReviewedAt: '2023-11-10',
  heroAlt: 'Abstract illustration of two interlocking rings in amber and soft rose',
  palette: ['#A8632A', '#F7E2D0'],
  body: [
    {
      type: 'p',
      text: 'Long marriages have a particular kind of strength: shared history, private jokes, and a partner who has seen you through hard seasons. They also carry a particular risk. Over years of jobs, children, caregiving and bills, conversation can shrink to logistics, and spouses can start to feel like efficient roommates. If that sounds familiar, you are in good company, and closeness can be grown again.',
    },
    { type: 'h2', text: 'Why Closeness Fades Over Time', tocLabel: 'Why It Fades' },
    {
      type: 'p',
      text: 'Emotional distance in a marriage rarely comes from a single event. More often it builds from a handful of ordinary forces:',
    },
    {
      type: 'ul',
      items: [
        'Busy seasons, such as raising young children or caring for aging parents, that leave little time or energy for each other.',
        'Hurts that were never talked through and hardened into quiet resentment.',
        'The assumption that you already know everything about your spouse, so you stop asking.',
        'Stress, illness, grief or depression in one or both partners.',
        'Screens filling the moments that used to be for conversation.',
      ],
    },
    {
      type: 'p',
      text: 'Knowing which of these forces are at work in your marriage helps you decide where to begin.',
    },
    { type: 'h2', text: 'Small Daily Habits', tocLabel: 'Daily Habits' },
    {
      type: 'ul',
      items: [
        '**A real greeting and goodbye.** Put down what you are doing for a few seconds when your spouse leaves or comes home.',
        '**A daily check-in.** Ten minutes to ask about each other’s day, beyond the schedule.',
        '**Appreciation out loud.** Name something specific your spouse did that you valued.',
        '**Affection without an agenda.** Holding hands, a hug, sitting close on the sofa.',
        '**Phone-free meals**, at least some of the time.',
      ],
    },
    {
      type: 'p',
      text: 'None of these takes long. Their power comes from repetition: over months, they signal again and again that the marriage matters to both of you.',
    },
    { type: 'h2', text: 'Deeper Practices', tocLabel: 'Deeper Practices' },
    {
      type: 'p',
      text: 'Daily habits keep the connection warm. Deeper practices help rebuild it when it has cooled.',
    },
    {
      type: 'ol',
      items: [
        '**Set aside a weekly conversation about the two of you**, not the household. Share what is going well, what feels strained and what you need.',
        '**Revisit your story.** Talk about how you met, what drew you together and the hardest times you came through. Remembering shared history often brings back affection.',
        '**Try something new together.** A class, a trip or a shared project puts you both on unfamiliar ground, where you can see each other with fresh eyes.',
        '**Talk about old hurts with care.** Take one at a time, listen to understand, and acknowledge the impact even if you remember events differently.',
      ],
    },
    {
      type: 'p',
      text: 'For more ideas, our guide to [emotional intimacy](article:emotional-intimacy) describes seven ways to build it in any close relationship.',
    },
    { type: 'h2', text: 'Getting Help Together', tocLabel: 'Getting Help' },
    {
      type: 'p',
      text: 'Couples therapy is not only for marriages in crisis. Many long-married couples use it to understand old patterns and to make the next chapter a closer one. If one of you is struggling with depression, anxiety or grief, individual support matters too, because emotional distance is sometimes a sign that one partner is carrying something heavy alone.',
    },
    { type: 'offers', partners: ['hearthside', 'twofold'] },
  ],
}
