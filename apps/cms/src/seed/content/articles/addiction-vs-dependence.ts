import type { SeedArticle } from '../types'

export const addictionVsDependence: SeedArticle = {
  slug: 'addiction-vs-dependence',
  title: 'Addiction vs. Dependence: What Is the Difference?',
  summary:
    'Physical dependence and addiction are often confused, but they are not the same thing. Learn how they differ, where they overlap and why the difference matters for treatment.',
  topics: ['mental-health/addiction', 'mental-health/addiction/addiction-vs-dependence'],
  authors: ['corinne-abernathy'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2025-11-03',
  updatedAt: '2026-05-26',
  lastReviewedAt: '2026-05-18',
  heroAlt: 'Abstract illustration of two partly overlapping squares in teal and sand',
  palette: ['#2E6F73', '#EFE6D2'],
  body: [
    {
      type: 'p',
      text: 'The words “addiction” and “dependence” are often used as if they meant the same thing. Clinically, they describe different things. Knowing the difference reduces stigma for people who take prescribed medications, and it helps people recognize when substance use has become a problem that needs treatment.',
    },
    { type: 'h2', text: 'What Is Physical Dependence?', tocLabel: 'Dependence' },
    {
      type: 'p',
      text: 'Physical dependence is the body’s adaptation to a substance taken regularly. Two signs define it:',
    },
    {
      type: 'ul',
      items: [
        '**Tolerance:** needing more of the substance to get the same effect.',
        '**Withdrawal:** physical or mental symptoms when the substance is reduced or stopped.',
      ],
    },
    {
      type: 'p',
      text: 'Dependence can develop with many medications taken exactly as prescribed, including some pain and anxiety medications, and everyday substances such as caffeine can produce it too. Dependence on its own is not addiction.',
    },
    { type: 'h2', text: 'What Is Addiction?', tocLabel: 'Addiction' },
    {
      type: 'p',
      text: 'Addiction is a chronic, treatable condition marked by compulsive use that continues despite harm. Clinicians diagnose it as a substance use disorder, which can be mild, moderate or severe. Its hallmarks are about behavior and control:',
    },
    {
      type: 'ul',
      items: [
        'Cravings and difficulty controlling use',
        'Spending a lot of time getting, using or recovering from the substance',
        'Falling behind on responsibilities at work, school or home',
        'Continuing to use despite problems with relationships or health',
        'Giving up activities that used to matter',
      ],
    },
    {
      type: 'p',
      text: 'Addiction can also involve behaviors rather than substances; gambling disorder is the best-known example.',
    },
    {
      type: 'p',
      text: 'Addiction is not a sign of weak character. Genetics, early exposure, trauma, other mental health conditions and a person’s surroundings all influence the risk, and changes in the brain’s reward and self-control systems help explain why stopping can be so hard, even for someone who badly wants to.',
    },
    { type: 'h2', text: 'How They Overlap', tocLabel: 'How They Overlap' },
    {
      type: 'p',
      text: 'A person can be physically dependent without being addicted. Someone taking a prescribed opioid for pain after surgery may develop tolerance and have withdrawal symptoms if they stop suddenly, while using the medication exactly as directed. A person can also have a substance use disorder with little physical withdrawal, which is common with some substances. Many people with severe substance use disorders experience both.',
    },
    { type: 'h2', text: 'Why the Difference Matters', tocLabel: 'Why It Matters' },
    {
      type: 'p',
      text: 'Confusing the two can cause harm in both directions. People who need a medication may stop it out of fear of addiction, while people whose use is becoming compulsive may reassure themselves that they are fine because they have no withdrawal symptoms. Treatment differs as well: dependence is usually managed with a gradual taper planned with a prescriber, while addiction treatment often combines medication, counseling and ongoing recovery support. To find treatment in the US, you can search [FindTreatment.gov](https://findtreatment.gov), and if you are worried about someone close to you, read [how to help a friend with addiction](article:how-to-help-a-friend-with-addiction).',
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Do not stop suddenly on your own',
      body: [
        'Stopping some substances abruptly after regular use, including alcohol, benzodiazepines and opioids, can cause severe withdrawal. Withdrawal from alcohol and from benzodiazepines can be life-threatening. Talk to a doctor before cutting down or stopping, and ask about a supervised plan.',
      ],
    },
  ],
}
