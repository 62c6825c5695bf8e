import type { SeedArticle } from '../types'

export const generalizedAnxietyDisorder: SeedArticle = {
  slug: 'generalized-anxiety-disorder',
  title: 'Generalized Anxiety Disorder: Signs, Causes and Treatment',
  summary:
    'Generalized anxiety disorder involves persistent worry that is hard to control. Learn the common signs, what contributes to it and which treatments help.',
  topics: ['mental-health/anxiety'],
  authors: ['corinne-abernathy'],
  reviewers: ['noor-haddad'],
  publishedAt: '2023-06-22',
  updatedAt: '2024-08-30',
  lastReviewedAt: '2024-08-19',
  heroAlt: 'Abstract illustration of looping lines in slate blue and mist grey',
  palette: ['#4A5D7A', '#E1E6EF'],
  body: [
    {
      type: 'p',
      text: 'Everyone worries. Worry before a job interview or about a sick relative is a normal response to real uncertainty. In generalized anxiety disorder (GAD), worry becomes constant and hard to switch off. It jumps from one subject to the next, often feels out of proportion to the situation, and comes with physical symptoms that slowly wear a person down.',
    },
    { type: 'h2', text: 'Common Signs of GAD', tocLabel: 'Signs' },
    {
      type: 'p',
      text: 'Clinicians consider GAD when excessive worry about several areas of life occurs on more days than not for at least six months[^1], feels difficult to control, and comes with symptoms such as:',
    },
    {
      type: 'ul',
      items: [
        'Restlessness, or feeling keyed up or on edge',
        'Getting tired easily',
        'Trouble concentrating, or the mind going blank',
        'Irritability',
        'Muscle tension',
        'Trouble falling or staying asleep, or sleep that does not feel restful',
      ],
    },
    {
      type: 'p',
      text: 'Many people with GAD also notice headaches, an upset stomach or a strong need for reassurance. Only a qualified professional can make a diagnosis, but if this list sounds familiar, it is worth raising with a doctor or therapist.',
    },
    { type: 'h2', text: 'What Contributes to GAD', tocLabel: 'Causes' },
    { type: 'p', text: 'There is no single cause. GAD usually arises from a combination of factors:' },
    {
      type: 'ul',
      items: [
        '**Genetics and family history.** Anxiety disorders often run in families.',
        '**Temperament.** People who are naturally cautious or find uncertainty especially hard may be more vulnerable.',
        '**Stress and life events.** Long-term stress, loss and difficult experiences can all play a part.',
        '**Health factors.** Some medical conditions, medications and substances, including caffeine and alcohol, can make anxiety symptoms worse.',
      ],
    },
    {
      type: 'p',
      text: 'GAD often occurs alongside depression or other anxiety disorders, which is one more reason a careful assessment is worthwhile.',
    },
    { type: 'h2', text: 'Treatment Options', tocLabel: 'Treatment' },
    {
      type: 'p',
      text: 'GAD is treatable, and most people improve with the right care. The main options are:',
    },
    {
      type: 'ul',
      items: [
        '**Psychotherapy.** [Cognitive behavioral therapy](article:what-is-cbt) has strong evidence for GAD. It helps people notice worry patterns, test anxious predictions and gradually face what they have been avoiding.',
        '**Medication.** Certain antidepressants, known as SSRIs and SNRIs, are commonly used as a first option. A prescriber will discuss benefits, side effects and how long treatment may last.[^1]',
        '**Everyday habits that support treatment.** Regular physical activity, steady sleep, less caffeine and alcohol, and calming practices such as [grounding techniques](article:grounding-techniques-for-anxiety).',
      ],
    },
    {
      type: 'p',
      text: 'Treatment takes some patience. Therapy usually involves several weeks of regular sessions and practice, and medications often take a few weeks to reach their full effect. Tell your clinician honestly what is and is not helping, because the plan can be adjusted.',
    },
    {
      type: 'p',
      text: 'The [National Institute of Mental Health](https://www.nimh.nih.gov/health/topics/anxiety-disorders) has more information on anxiety disorders and current research.[^2]',
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'When to reach out',
      body: [
        'Talk to a doctor or mental health professional if worry is affecting your sleep, work, relationships or physical health, or if you have started using alcohol or other substances to cope. If anxiety comes with thoughts of harming yourself, get help right away through emergency services or the [Suicide & Crisis Lifeline](https://988lifeline.org).[^3]',
      ],
    },
  ],
  sources: [
    {
      title: 'Generalized Anxiety Disorder: When Worry Gets Out of Control',
      publisher: 'National Institute of Mental Health',
      url: 'https://www.nimh.nih.gov/health/publications/generalized-anxiety-disorder-gad',
    },
    {
      title: 'Anxiety Disorders',
      publisher: 'National Institute of Mental Health',
      url: 'https://www.nimh.nih.gov/health/topics/anxiety-disorders',
    },
    {
      title: '988 Suicide & Crisis Lifeline',
      publisher: 'Vibrant Emotional Health',
      url: 'https://988lifeline.org/',
    },
  ],
}
