/**
 * What the editors set on the busiest topic hubs: an introduction in Haven's own words (paragraphs
 * with the inline markup of `types.ts`), their picks (article slugs, in order) and related topics
 * (topic paths, in order). Every top-level topic has an entry.
 */
export type SeedTopicHub = {
  path: string
  intro: string[]
  editorsPicks: string[]
  relatedTopics: string[]
}

export const topicHubs: SeedTopicHub[] = [
  {
    path: 'mental-health',
    intro: [
      'Mental health is part of everyone’s health. It shapes how we think, feel, sleep, work and get along with the people around us, and like physical health it changes over a lifetime. Struggling is common, and it is never a personal failing.',
      'The articles here explain common conditions in plain language: what they are, how they can feel from the inside, and what treatment involves. Each one is written by an experienced writer and checked by a licensed clinician. They are a place to start understanding, not a diagnosis; if something here sounds familiar, a doctor or therapist can help you make sense of it.',
    ],
    editorsPicks: ['signs-of-depression', 'generalized-anxiety-disorder', 'bipolar-disorder-basics'],
    relatedTopics: ['therapy-techniques', 'starting-therapy-faq', 'types-of-therapists'],
  },
  {
    path: 'mental-health/anxiety',
    intro: [
      'Anxiety is the body’s alarm system, and everyone feels it. It becomes a problem when the alarm goes off too often, too loudly or for too long, and starts to decide what you can and cannot do.',
      'Here you will find what anxiety disorders are, skills that can steady you in the moment, and the treatments that help most people, such as cognitive behavioral therapy.',
    ],
    editorsPicks: ['grounding-techniques-for-anxiety', 'generalized-anxiety-disorder', 'what-is-cbt'],
    relatedTopics: ['therapy-techniques/cognitive-behavioral-therapy-cbt', 'mental-health/depression'],
  },
  {
    path: 'mental-health/depression',
    intro: [
      'Depression is more than feeling sad. It can drain energy, flatten interest in things that used to matter and make ordinary tasks feel heavy. It is also one of the most treatable mental health conditions.',
      'These articles describe the signs, what helps, and how to support someone you love who is going through it.',
    ],
    editorsPicks: ['signs-of-depression', 'supporting-a-partner-with-depression'],
    relatedTopics: [
      'mental-health/bipolar-disorder',
      'mental-health/anxiety',
      'starting-therapy-faq/how-to-choose-a-therapist',
    ],
  },
  {
    path: 'mental-health/addiction',
    intro: [
      'Addiction is a health condition, not a moral failing. It changes how the brain weighs rewards and risks, which is why stopping can be so hard even for someone who badly wants to.',
      'Read about how addiction differs from dependence, how to help someone you care about, and where to find treatment.',
    ],
    editorsPicks: ['addiction-vs-dependence', 'how-to-help-a-friend-with-addiction'],
    relatedTopics: ['therapy-techniques/motivational-interviewing', 'therapy-techniques/group-therapy'],
  },
  {
    path: 'mental-health/trauma',
    intro: [
      'Trauma is what can stay with us after events that overwhelmed our ability to cope. Its effects may show up right away or years later, in the body, in relationships and in how safe the world feels.',
      'These articles explain common reactions to trauma, including post-traumatic stress disorder, and the therapies with the best evidence for helping people heal.',
    ],
    editorsPicks: ['understanding-ptsd', 'childhood-trauma-in-adulthood', 'what-is-emdr'],
    relatedTopics: [
      'therapy-techniques/eye-movement-desensitization-and-reprocessing-emdr',
      'mental-health/anxiety',
    ],
  },
  {
    path: 'therapy-techniques',
    intro: [
      'There are many kinds of therapy, and the names can be confusing. Most share the same foundation: a trained professional and a relationship in which you can talk honestly. They differ in what they focus on and how sessions are structured.',
      'Our guides explain what happens in each approach, what it is used for and what to ask a therapist who offers it, so you can choose with more confidence.',
    ],
    editorsPicks: ['what-is-cbt', 'what-is-dbt', 'what-is-emdr'],
    relatedTopics: ['types-of-therapists', 'starting-therapy-faq'],
  },
  {
    path: 'therapy-techniques/cognitive-behavioral-therapy-cbt',
    intro: [
      'Cognitive behavioral therapy (CBT) looks at the links between thoughts, feelings and actions, and teaches practical skills for changing the patterns that keep problems going. It is usually short-term, structured and focused on the present.',
      'Start with how CBT works, then read about the versions adapted for particular problems.',
    ],
    editorsPicks: ['what-is-cbt', 'cbt-for-insomnia'],
    relatedTopics: ['therapy-techniques/dialectical-behavior-therapy-dbt', 'mental-health/anxiety'],
  },
  {
    path: 'types-of-therapists',
    intro: [
      'Psychiatrists, psychologists, counselors, family therapists and social workers all help people with their mental health, with different training and different roles. Knowing who does what makes it easier to know where to start.',
      'These guides describe each kind of professional and the kind of help they offer.',
    ],
    editorsPicks: [
      'psychologist-or-psychiatrist',
      'what-happens-in-couples-counseling',
      'is-online-therapy-right-for-you',
    ],
    relatedTopics: ['starting-therapy-faq', 'therapy-techniques'],
  },
  {
    path: 'starting-therapy-faq',
    intro: [
      'Starting therapy can raise a lot of questions: whether it will help, how to find someone, what it costs and what the first session is like. Those questions are normal, and none of them needs to be answered perfectly before you begin.',
      'This section answers them one at a time, with practical steps you can take today.',
    ],
    editorsPicks: [
      'how-to-choose-a-therapist',
      'preparing-for-your-first-therapy-session',
      'asking-for-a-mental-health-day',
    ],
    relatedTopics: ['types-of-therapists', 'therapy-techniques/online-therapy'],
  },
  {
    path: 'relationships',
    intro: [
      'Close relationships are one of the strongest supports we have, and one of the places where we can feel most hurt. Every couple meets conflict, distance and change; what matters is how you find your way back to each other.',
      'Our articles on intimacy, communication and couples counseling offer ideas you can try together.',
    ],
    editorsPicks: [
      'emotional-intimacy',
      'healthy-communication-in-relationships',
      'what-happens-in-couples-counseling',
    ],
    relatedTopics: ['types-of-therapists/marriage-and-couples-counselors', 'therapy-techniques/sex-therapy'],
  },
  {
    path: 'relationships/intimacy',
    intro: [
      'Intimacy is the feeling of being known and accepted by someone close to you. It grows through small moments of attention and honesty, and it can be rebuilt after it fades.',
    ],
    editorsPicks: ['emotional-intimacy', 'emotional-intimacy-in-marriage', 'questions-to-ask-your-partner'],
    relatedTopics: ['relationships/communication', 'types-of-therapists/marriage-and-couples-counselors'],
  },
  {
    path: 'relationships/communication',
    intro: [
      'Most couples do not argue about too many things; they get stuck in the same few conversations. Communication skills help you say what you need, hear what your partner needs and repair when it goes wrong.',
    ],
    editorsPicks: [
      'healthy-communication-in-relationships',
      'repairing-after-an-argument',
      'questions-to-ask-your-partner',
    ],
    relatedTopics: ['relationships/intimacy', 'types-of-therapists/marriage-and-couples-counselors'],
  },
]
