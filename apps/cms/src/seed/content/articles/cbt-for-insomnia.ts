import type { SeedArticle } from '../types'

export const cbtForInsomnia: SeedArticle = {
  slug: 'cbt-for-insomnia',
  title: 'CBT for Insomnia: How It Works and Why It Is Recommended',
  summary:
    'Cognitive behavioral therapy for insomnia (CBT-I) is a structured, medication-free treatment for long-term sleep problems. Learn its main parts and what to expect.',
  topics: [
    'therapy-techniques/cognitive-behavioral-therapy-cbt',
    'therapy-techniques/cognitive-behavioral-therapy-cbt/cbt-for-insomnia',
  ],
  authors: ['corinne-abernathy'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2026-03-17',
  updatedAt: '2026-09-22',
  lastReviewedAt: '2026-09-18',
  heroAlt:
    'Abstract illustration of a crescent shape above soft stacked waves in midnight blue and pale gold',
  palette: ['#23305E', '#F2E6C4'],
  body: [
    {
      type: 'p',
      text: 'Long-term insomnia is exhausting, and it tends to feed itself. After weeks of poor sleep, people start to worry about sleep, spend longer in bed trying to catch up, and dread the night. Cognitive behavioral therapy for insomnia (CBT-I) targets exactly those patterns. Major medical bodies, including the American College of Physicians, recommend it as the first treatment to try for chronic insomnia in adults.',
    },
    { type: 'h2', text: 'Who CBT-I Is For', tocLabel: 'Who It Is For' },
    {
      type: 'p',
      text: 'CBT-I is designed for chronic insomnia: trouble falling asleep, staying asleep or waking too early at least three nights a week for three months or more, with effects on how you feel and function during the day. It can help when insomnia occurs alongside depression, anxiety or chronic pain. A clinician should first check for other sleep disorders, such as sleep apnea or restless legs syndrome, which need different treatment.',
    },
    {
      type: 'p',
      text: 'CBT-I can also help people who have taken sleep medication for a long time and would like to rely on it less. Plan any change to a prescribed sleep medication with the prescriber, because stopping some of them suddenly can cause rebound insomnia or withdrawal symptoms.',
    },
    { type: 'h2', text: 'The Main Parts of CBT-I', tocLabel: 'How It Works' },
    {
      type: 'ul',
      items: [
        '**Stimulus control.** Using the bed only for sleep and sex, going to bed only when sleepy, and getting up if you cannot fall asleep, so that the bed becomes linked with sleep again rather than with lying awake.',
        '**Sleep restriction.** Temporarily limiting time in bed to roughly the amount you actually sleep, then extending it step by step as sleep becomes more solid.',
        '**Cognitive work.** Noticing and questioning worries about sleep, such as “If I don’t get eight hours, tomorrow will be ruined.”',
        '**Sleep habits.** Reviewing what affects sleep, including caffeine, alcohol, screens, light and a steady wake-up time.',
        '**Relaxation.** Practices such as slow breathing or progressive muscle relaxation to ease tension at bedtime.',
      ],
    },
    { type: 'h2', text: 'What to Expect', tocLabel: 'What to Expect' },
    {
      type: 'p',
      text: 'CBT-I is usually delivered over about four to eight sessions with a trained clinician, in person or online, and structured digital programs also exist. You will usually keep a sleep diary so that you and your clinician can track patterns and adjust the plan. The first couple of weeks can be tiring, especially during sleep restriction, but many people notice real improvement within a few weeks, and the gains tend to last after treatment ends.',
    },
    {
      type: 'p',
      text: 'CBT-I is one branch of a broader approach; to learn more about it, read [how cognitive behavioral therapy works](article:what-is-cbt).',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Check with a clinician first',
      body: [
        'Sleep restriction can make you sleepier during the day for a while. Do not drive or operate machinery when you feel drowsy. If you have bipolar disorder, a seizure disorder or another condition that lost sleep can worsen, talk to a clinician before trying it, because it may need to be adjusted or avoided.',
      ],
    },
  ],
}
