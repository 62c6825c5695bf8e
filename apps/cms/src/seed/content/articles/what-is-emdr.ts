import type { SeedArticle } from '../types'

export const whatIsEmdr: SeedArticle = {
  slug: 'what-is-emdr',
  title: 'What Is EMDR Therapy, and Who Is It For?',
  summary:
    'EMDR is a structured therapy for traumatic memories that uses eye movements or other back-and-forth stimulation. Learn how sessions work and what to expect.',
  topics: [
    'therapy-techniques/eye-movement-desensitization-and-reprocessing-emdr',
    'therapy-techniques/eye-movement-desensitization-and-reprocessing-emdr/emdr-for-ptsd',
  ],
  authors: ['corinne-abernathy'],
  reviewers: ['adaeze-morrow'],
  publishedAt: '2025-01-27',
  updatedAt: '2025-06-30',
  lastReviewedAt: '2025-06-23',
  heroAlt: 'Illustration of a dot moving side to side along a curved track, in forest green on pale mint',
  palette: ['#2F6B4F', '#DFF0E6'],
  body: [
    {
      type: 'p',
      text: 'Eye movement desensitization and reprocessing (EMDR) is a form of therapy for distressing memories, developed by psychologist Francine Shapiro in the late 1980s. It is best known as a treatment for [post-traumatic stress disorder](article:understanding-ptsd), and major clinical guidelines list it among the recommended therapies for PTSD.',
    },
    { type: 'h2', text: 'How a Session Works', tocLabel: 'Sessions' },
    {
      type: 'p',
      text: 'In the processing phase, you bring a troubling memory to mind, including the image, the belief about yourself that goes with it and where you feel it in your body, while following the therapist’s hand with your eyes, listening to alternating tones or feeling alternating taps. After each short set, you notice what comes up and briefly say it. Over sessions, many people find the memory becomes less vivid and less upsetting, and a more helpful belief about themselves feels truer.',
    },
    {
      type: 'p',
      text: 'Researchers still debate how much the eye movements themselves add, compared with recalling the memory in a safe, structured way. What is clear is that EMDR follows a careful protocol and is not hypnosis: you stay awake and in control throughout.',
    },
    { type: 'h2', text: 'The Eight Phases', tocLabel: 'Phases' },
    {
      type: 'ol',
      items: [
        'History and treatment planning',
        'Preparation, including skills for calming yourself',
        'Assessment of the memory to work on',
        'Desensitization with sets of eye movements or taps',
        'Installation of a more helpful belief',
        'Body scan for any remaining tension',
        'Closure at the end of each session',
        'Re-evaluation at the start of the next',
      ],
    },
    { type: 'h2', text: 'Is It Right for You?', tocLabel: 'Is It for You?' },
    {
      type: 'p',
      text: 'EMDR is mostly used for trauma, and it is also being studied for anxiety and other conditions. It may not be the first step for someone in crisis or without stable support; a good therapist will make sure you have ways to cope with strong feelings before processing begins. Look for a licensed clinician with specific EMDR training, and feel free to ask about it.',
    },
    {
      type: 'callout',
      tone: 'note',
      title: 'Feeling worse before better',
      body: [
        'Memories, dreams or feelings can stir between sessions. This is common and usually passes. Tell your therapist, who can slow the pace or spend more time on preparation.',
      ],
    },
  ],
}
