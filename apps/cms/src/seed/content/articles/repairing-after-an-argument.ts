import type { SeedArticle } from '../types'

export const repairingAfterAnArgument: SeedArticle = {
  slug: 'repairing-after-an-argument',
  title: 'How to Repair After an Argument With Your Partner',
  summary:
    'Every couple argues; what matters most is how you reconnect afterward. Learn the steps of a good repair and the habits that get in its way.',
  topics: ['relationships/communication'],
  authors: ['priya-nandakumar'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2025-03-12',
  updatedAt: '2025-08-27',
  lastReviewedAt: '2025-08-20',
  heroAlt: 'Abstract illustration of two broken arcs joining into a circle in violet and lilac',
  palette: ['#5B4B8A', '#E6E0F4'],
  body: [
    {
      type: 'p',
      text: 'Conflict is a normal part of any close relationship. Two people with different histories, needs and moods will collide from time to time. Couples therapists often notice that how partners recover from an argument says more about the health of their relationship than how often they argue. A repair is any effort to reconnect after a rupture, and it is a skill that can be learned.',
    },
    { type: 'h2', text: 'Why Repair Matters', tocLabel: 'Why Repair Matters' },
    {
      type: 'p',
      text: 'When an argument ends without repair, the hurt does not simply disappear. It tends to resurface in the next disagreement, often larger than before, and over time partners may stop raising concerns at all just to avoid another fight. A good repair does the opposite. It signals that the relationship is stronger than the disagreement, and it makes it safer to be honest the next time.',
    },
    {
      type: 'p',
      text: 'Repair does not mean that one person always gives in, or that every disagreement has to end in agreement. Some differences between partners are lasting, such as different needs for tidiness or for time alone. The aim of repair is to restore goodwill, so that you can keep talking about those differences as a team.',
    },
    { type: 'h2', text: 'Steps for a Good Repair', tocLabel: 'How to Repair' },
    {
      type: 'ol',
      items: [
        '**Calm your body first.** If you are still flooded with anger or hurt, take a break: a walk, slow breathing or some time alone. Let your partner know you are coming back, and roughly when.',
        '**Reach out.** Someone has to go first. A simple “Can we talk about earlier?” is enough.',
        '**Take responsibility for your part.** Focus on what you did, not on what your partner did. “I raised my voice, and that wasn’t fair to you” goes much further than “Sorry you got upset.”',
        '**Listen to their experience.** Ask how the argument felt for them and reflect back what you hear, even if you remember things differently.',
        '**Name what you both need.** Look underneath the topic of the fight. An argument about the dishes is often really about feeling valued or supported.',
        '**Agree on one small change.** Keep it specific and realistic, so that both of you can see it happen.',
      ],
    },
    { type: 'h2', text: 'What Gets in the Way', tocLabel: 'What Gets in the Way' },
    {
      type: 'ul',
      items: [
        'Apologies that come with a “but” attached.',
        'Insisting on agreeing about exactly what happened before anyone can apologize.',
        'Keeping score of past wrongs and bringing them into every new disagreement.',
        'Pretending the argument never happened and hoping it will not come back.',
      ],
    },
    {
      type: 'p',
      text: 'If repairs often fail in your relationship, the same underlying issue may be coming up again and again in different forms. A couples therapist can help you find it. Our guide to [healthy communication](article:healthy-communication-in-relationships) may also help you prevent some arguments from escalating in the first place.',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Repair is not the same as tolerating harm',
      body: [
        'The steps above assume that both partners feel safe with each other. If arguments involve threats, intimidation, physical harm or controlling behavior, the priority is safety, not repair. Reach out to a domestic violence advocate or a therapist you can speak to on your own.',
      ],
    },
  ],
}
