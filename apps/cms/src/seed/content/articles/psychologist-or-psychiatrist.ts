import type { SeedArticle } from '../types'

export const psychologistOrPsychiatrist: SeedArticle = {
  slug: 'psychologist-or-psychiatrist',
  title: 'Psychologist or Psychiatrist: Who Does What?',
  summary:
    'Psychiatrists, psychologists, counselors and social workers all help with mental health, in different ways. Learn how their training differs and which to see first.',
  topics: [
    'types-of-therapists',
    'types-of-therapists/psychiatrist',
    'types-of-therapists/psychiatrist/psychology-vs-psychiatry',
  ],
  authors: ['daniel-whitfield'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2023-09-18',
  updatedAt: '2025-07-14',
  lastReviewedAt: '2025-07-07',
  heroAlt: 'Illustration of two paths that branch from one point, in plum on pale peach',
  palette: ['#6B3A5B', '#F7E4DA'],
  body: [
    {
      type: 'p',
      text: 'When you first look for help, the titles can be confusing. The short version: psychiatrists are medical doctors who can prescribe medication, psychologists hold a doctorate in psychology and provide therapy and testing, and counselors, marriage and family therapists and clinical social workers provide therapy with a master’s degree and a state license. Rules differ from state to state, so the details below are a general guide.',
    },
    { type: 'h2', text: 'Psychiatrists', tocLabel: 'Psychiatrists' },
    {
      type: 'p',
      text: 'A psychiatrist (MD or DO) has completed medical school and specialist training in mental health. They diagnose conditions, consider physical causes, prescribe and adjust medication, and some also provide therapy. Appointments are often focused on symptoms and medication, especially after the first visit. Psychiatric nurse practitioners (PMHNPs) also assess and prescribe.',
    },
    { type: 'h2', text: 'Psychologists', tocLabel: 'Psychologists' },
    {
      type: 'p',
      text: 'A clinical psychologist (PhD or PsyD) has doctoral training in how people think, feel and behave. They provide talk therapy such as [CBT](article:what-is-cbt) and carry out psychological testing, for example for ADHD or learning differences. In most states, psychologists do not prescribe medication.',
    },
    { type: 'h2', text: 'Counselors, Therapists and Social Workers', tocLabel: 'Other Therapists' },
    {
      type: 'p',
      text: 'Licensed professional counselors (LPC or LMHC), marriage and family therapists (LMFT) and clinical social workers (LCSW) make up much of the therapy workforce. They are trained to assess and treat mental health conditions through therapy, and many specialize, for example in couples, trauma or addiction.',
    },
    { type: 'h2', text: 'Which to See First', tocLabel: 'Where to Start' },
    {
      type: 'ul',
      items: [
        'For therapy for anxiety, low mood, stress or relationships, a licensed therapist of any of these kinds is a good place to start.',
        'If you think medication might help, or symptoms are severe, see a psychiatrist, a psychiatric nurse practitioner or your primary care doctor.',
        'Many people see both: a therapist weekly and a prescriber every few weeks or months.',
      ],
    },
    {
      type: 'p',
      text: 'Whatever the title, check that the person is licensed in your state and ask about their experience with what you are facing. Our guide on [how to choose a therapist](article:how-to-choose-a-therapist) suggests questions to ask.',
    },
  ],
}
