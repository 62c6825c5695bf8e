import type { SeedArticle } from '../types'

export const understandingPtsd: SeedArticle = {
  slug: 'understanding-ptsd',
  title: 'PTSD: Symptoms, Causes and Treatments That Help',
  summary:
    'Post-traumatic stress disorder can develop after frightening or life-threatening experiences. Learn its four groups of symptoms, who is at risk and which treatments have the strongest evidence.',
  topics: ['mental-health/trauma', 'mental-health/trauma/post-traumatic-stress-disorder'],
  authors: ['daniel-whitfield'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2026-06-25',
  updatedAt: '2026-08-12',
  lastReviewedAt: '2026-08-10',
  heroAlt: 'Abstract illustration of jagged shapes softening into smooth curves in deep teal and pale mint',
  palette: ['#1F4E5F', '#D8EEEA'],
  body: [
    {
      type: 'p',
      text: 'Many people go through a traumatic event at some point in their lives: a serious accident, an assault, a disaster, combat, or the sudden loss of someone close. Feeling shaken, anxious or on edge afterward is normal, and for many people these reactions ease over the following weeks. For some, they last or get worse. When that happens and daily life is affected, it may be post-traumatic stress disorder (PTSD).',
    },
    { type: 'h2', text: 'Symptoms of PTSD', tocLabel: 'Symptoms' },
    {
      type: 'p',
      text: 'PTSD symptoms fall into four groups. A diagnosis requires symptoms from each group that last more than a month and cause real distress or difficulty in daily life.[^1]',
    },
    {
      type: 'ul',
      items: [
        '**Intrusive memories:** unwanted, upsetting memories, nightmares, flashbacks, or strong emotional or physical reactions to reminders.',
        '**Avoidance:** staying away from people, places, conversations or thoughts that bring the event back.',
        '**Negative changes in thinking and mood:** lasting fear, guilt, shame or anger; blaming oneself; feeling cut off from others; losing interest; finding it hard to feel positive emotions.',
        '**Changes in arousal and reactivity:** being easily startled, feeling constantly on guard, irritability or angry outbursts, trouble sleeping or concentrating, and reckless behavior.',
      ],
    },
    {
      type: 'p',
      text: 'Symptoms usually begin within three months of the event, but sometimes they appear much later.[^1]',
    },
    { type: 'h2', text: 'Who Is at Risk', tocLabel: 'Risk Factors' },
    {
      type: 'p',
      text: 'Anyone can develop PTSD, including children. The risk is higher after trauma that was severe, went on for a long time or involved deliberate harm by another person, and for people who had little support afterward, went through earlier trauma, or live with other mental health conditions. Developing PTSD is not a sign of weakness. It reflects how the brain and body respond to overwhelming threat.',
    },
    { type: 'h2', text: 'Treatments That Help', tocLabel: 'Treatment' },
    {
      type: 'p',
      text: 'PTSD is treatable, and many people recover or improve a great deal. Treatments with strong evidence include:',
    },
    {
      type: 'ul',
      items: [
        '**Cognitive processing therapy (CPT)**, which helps people examine and change painful beliefs that took hold after the trauma.',
        '**Prolonged exposure (PE)**, which helps people gradually and safely approach memories and situations they have been avoiding.',
        '**Eye movement desensitization and reprocessing (EMDR)**, in which a person briefly recalls the trauma while following side-to-side eye movements or other back-and-forth cues.',
        '**Medication**, such as certain antidepressants, which can ease symptoms on their own or alongside therapy.',
      ],
    },
    {
      type: 'p',
      text: 'The U.S. Department of Veterans Affairs runs the [National Center for PTSD](https://www.ptsd.va.gov), which offers clear information for veterans and civilians alike, including self-help tools and guides to treatment.[^2] Trauma-focused forms of [cognitive behavioral therapy](article:what-is-cbt) are among the best-studied options.',
    },
    { type: 'h2', text: 'Getting Support', tocLabel: 'Getting Support' },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'When to seek help',
      body: [
        'If symptoms last more than a month, are getting worse, or are affecting your work, relationships or sleep, talk to a doctor or a therapist trained in trauma-focused treatment. You do not need to describe every detail of what happened in order to begin.',
        'If you are having thoughts of harming yourself, or you are in danger, contact emergency services or the [Suicide & Crisis Lifeline](https://988lifeline.org) right away.[^3] Veterans can reach the Veterans Crisis Line through the same lifeline.',
      ],
    },
  ],
  sources: [
    {
      title: 'Post-Traumatic Stress Disorder',
      publisher: 'National Institute of Mental Health',
      url: 'https://www.nimh.nih.gov/health/topics/post-traumatic-stress-disorder-ptsd',
    },
    {
      title: 'National Center for PTSD',
      publisher: 'U.S. Department of Veterans Affairs',
      url: 'https://www.ptsd.va.gov/',
    },
    {
      title: '988 Suicide & Crisis Lifeline',
      publisher: 'Vibrant Emotional Health',
      url: 'https://988lifeline.org/',
    },
  ],
}
