import type { SeedArticle } from '../types'

export const signsOfDepression: SeedArticle = {
  slug: 'signs-of-depression',
  title: 'Signs of Depression and When to Reach Out',
  summary:
    'Depression is more than sadness. Learn its emotional, physical and behavioral signs, how it can look different from person to person, and when to get help.',
  topics: ['mental-health/depression'],
  authors: ['daniel-whitfield'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2023-10-02',
  updatedAt: '2025-10-14',
  lastReviewedAt: '2025-10-07',
  heroAlt: 'Abstract illustration of a soft gradient from dusk blue to pale lavender',
  palette: ['#3E4C7A', '#E3E5F4'],
  body: [
    {
      type: 'p',
      text: 'Depression is one of the most common mental health conditions and one of the most misunderstood. It is not the same as a bad week or ordinary sadness, and it is not a sign of weakness. It is a health condition that affects mood, thinking, sleep, energy and the body, and it responds to treatment.',
    },
    { type: 'h2', text: 'Emotional and Mental Signs', tocLabel: 'Emotional Signs' },
    {
      type: 'ul',
      items: [
        'Feeling sad, empty or hopeless for most of the day',
        'Losing interest or pleasure in activities you used to enjoy',
        'Feelings of worthlessness or excessive guilt',
        'Difficulty concentrating, remembering or making decisions',
        'Irritability or a shorter temper than usual',
        'Thoughts of death or suicide',
      ],
    },
    { type: 'h2', text: 'Physical and Behavioral Signs', tocLabel: 'Physical Signs' },
    {
      type: 'ul',
      items: [
        'Sleeping much more or much less than usual',
        'Tiredness and low energy, even after rest',
        'Changes in appetite or weight',
        'Moving or speaking more slowly, or feeling restless and unable to sit still',
        'Aches, pains or digestive problems without a clear physical cause',
        'Pulling away from friends, family and responsibilities',
      ],
    },
    {
      type: 'p',
      text: 'Clinicians generally consider major depression when five or more of these signs, including low mood or loss of interest, are present most of the day, nearly every day, for at least two weeks.[^1] Depression does not look the same in everyone. Some people seem more irritable or numb than sad, and for others it shows up mainly as physical complaints.',
    },
    { type: 'h2', text: 'What Can Contribute', tocLabel: 'Causes' },
    {
      type: 'p',
      text: 'Depression usually results from a mix of genetic, biological, psychological and environmental factors. A family history of depression, major life changes, trauma, ongoing stress, chronic illness, some medications and substance use can all raise the risk. Sometimes depression appears without any obvious trigger, which does not make it any less real or any less deserving of care.',
    },
    {
      type: 'p',
      text: 'Depression can also occur alongside other conditions. Anxiety disorders, substance use and long-term physical illnesses such as diabetes or heart disease often travel with it, and each can make the other harder to manage. Some people experience depression as part of bipolar disorder, in which low periods alternate with periods of unusually high mood or energy; this matters because the treatment is different.',
    },
    { type: 'h2', text: 'When to Reach Out', tocLabel: 'When to Reach Out' },
    {
      type: 'p',
      text: 'If you recognize several of these signs and they have lasted two weeks or more, talk to a primary care doctor or a mental health professional. Effective treatments include psychotherapy, such as [cognitive behavioral therapy](article:what-is-cbt), medication, or a combination of the two. The [National Institute of Mental Health](https://www.nimh.nih.gov/health/topics/depression) has more information on the forms depression can take and how each is treated.',
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'If you are thinking about suicide',
      body: [
        'Thoughts of death or suicide are a symptom of depression and a reason to get help now, not later. If you are in immediate danger, contact emergency services. You can reach the [Suicide & Crisis Lifeline](https://988lifeline.org) at any hour by phone, text or chat[^2], and the crisis lines shown on this page are there for you too.',
      ],
    },
  ],
  sources: [
    {
      title: 'Depression',
      publisher: 'National Institute of Mental Health',
      url: 'https://www.nimh.nih.gov/health/topics/depression',
    },
    {
      title: '988 Suicide & Crisis Lifeline',
      publisher: 'Vibrant Emotional Health',
      url: 'https://988lifeline.org/',
    },
  ],
}
