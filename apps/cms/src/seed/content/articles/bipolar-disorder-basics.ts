import type { SeedArticle } from '../types'

export const bipolarDisorderBasics: SeedArticle = {
  slug: 'bipolar-disorder-basics',
  title: 'Bipolar Disorder: Moods, Episodes and Treatment',
  summary:
    'Bipolar disorder is more than ordinary ups and downs. Learn what manic, hypomanic and depressive episodes look like, how the condition is treated, and how people live well with it.',
  topics: ['mental-health', 'mental-health/bipolar-disorder'],
  authors: ['daniel-whitfield'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2024-03-11',
  updatedAt: '2025-09-02',
  lastReviewedAt: '2025-08-25',
  heroAlt:
    'Illustration of a line that rises high and dips low between two calm stretches, in deep violet on pale lilac',
  palette: ['#4B3B7A', '#E6E0F3'],
  body: [
    {
      type: 'p',
      text: 'Everyone’s mood rises and falls. In bipolar disorder, the changes are larger, last longer and get in the way of daily life. The condition is lifelong, but it is treatable, and many people with bipolar disorder work, study, raise families and keep their moods steady for long stretches with the right care.',
    },
    { type: 'h2', text: 'What an Episode Can Look Like', tocLabel: 'Episodes' },
    {
      type: 'p',
      text: 'Bipolar disorder is defined by episodes: periods of days or weeks when mood and energy are clearly different from a person’s usual self.',
    },
    {
      type: 'ul',
      items: [
        '**Mania:** unusually high, expansive or irritable mood with much more energy, little need for sleep, racing thoughts, fast speech and risky decisions. Mania lasts at least a week or needs hospital care, and it can include losing touch with reality.',
        '**Hypomania:** a milder form of the same changes, lasting at least a few days. Others notice it, but it does not cause the same level of harm.',
        '**Depression:** low mood or loss of interest, with changes in sleep, appetite and energy, trouble concentrating and sometimes thoughts of death. Read more about the [signs of depression](article:signs-of-depression).',
      ],
    },
    {
      type: 'p',
      text: 'Between episodes, many people feel like themselves again. Some have episodes with features of both mania and depression at once.',
    },
    { type: 'h2', text: 'Bipolar I, Bipolar II and Related Conditions', tocLabel: 'Types' },
    {
      type: 'p',
      text: 'Clinicians diagnose **bipolar I** after at least one manic episode. **Bipolar II** means at least one hypomanic episode and at least one major depressive episode, without full mania. Bipolar II is not simply a milder condition: its depressive episodes can be long and disabling. **Cyclothymia** describes years of smaller ups and downs that do not meet the criteria for either.',
    },
    {
      type: 'p',
      text: 'Because people often seek help while depressed, bipolar disorder can first be mistaken for depression alone. Telling a clinician about any past periods of unusual energy or little need for sleep helps them see the whole picture.',
    },
    { type: 'h2', text: 'How It Is Treated', tocLabel: 'Treatment' },
    {
      type: 'p',
      text: 'Treatment usually combines medication, most often a mood stabilizer or certain antipsychotic medications, with psychotherapy and education about the condition. Finding the right medication can take time and close work with a prescriber. Therapy helps people spot early warning signs, keep regular sleep and daily routines, and plan what to do when symptoms start.',
    },
    {
      type: 'ul',
      items: [
        'Keep a simple mood and sleep diary to notice patterns early.',
        'Protect sleep: a run of short nights can be both a warning sign and a trigger.',
        'Agree a plan with someone you trust for what to do if an episode begins.',
        'Talk to your prescriber before stopping or changing any medication.',
      ],
    },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'When to get help straight away',
      body: [
        'Seek urgent help if you or someone close to you has thoughts of suicide, stops sleeping for days, takes dangerous risks or seems out of touch with reality. If anyone is in immediate danger, contact emergency services. The [Suicide & Crisis Lifeline](https://988lifeline.org) answers by phone, text or chat at any hour.',
      ],
    },
  ],
}
