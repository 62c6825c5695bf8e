import type { SeedArticle } from '../types'

export const groundingTechniquesForAnxiety: SeedArticle = {
  slug: 'grounding-techniques-for-anxiety',
  title: 'Grounding Techniques for Anxiety: Simple Ways to Come Back to the Present',
  summary:
    'Grounding techniques use your senses, breath and body to steady you when anxiety surges. Here is how they work and several to try.',
  topics: ['mental-health/anxiety'],
  authors: ['priya-nandakumar'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2024-09-05',
  updatedAt: '2026-02-10',
  lastReviewedAt: '2026-02-02',
  featured: true,
  heroAlt: 'Abstract illustration of layered horizontal bands in moss green and pale sage',
  palette: ['#3D7A5C', '#DCEFE3'],
  body: [
    {
      type: 'p',
      text: 'When anxiety spikes, the mind races ahead to worst-case scenarios or loops on a single worry, while the body braces as if for danger: a pounding heart, a tight chest, quick and shallow breathing. Grounding techniques are simple ways to bring your attention back to the present moment, to where you actually are, which is usually safe. They do not cure an anxiety disorder, but they can make intense moments more manageable.',
    },
    { type: 'h2', text: 'How Grounding Works', tocLabel: 'How It Works' },
    {
      type: 'p',
      text: 'Anxiety switches on the body’s threat response, often called fight-or-flight. Grounding works in two ways. It shifts attention away from anxious thoughts and toward neutral, concrete information from your senses, and some techniques, such as slow breathing, help the body itself settle. Grounding skills are taught in several types of therapy, including cognitive behavioral therapy and dialectical behavior therapy.',
    },
    { type: 'h2', text: 'Grounding Through Your Senses', tocLabel: 'Using Your Senses' },
    {
      type: 'ul',
      items: [
        '**5-4-3-2-1.** Name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.',
        '**Temperature.** Hold something cool, such as a cold drink, or run cool water over your hands, and pay attention to the sensation.',
        '**Texture.** Keep a small object in your pocket, such as a smooth stone or a soft piece of fabric, and focus on how it feels.',
        '**Describe the room.** Silently describe your surroundings in detail, as if to someone who cannot see them: colors, shapes, sounds.',
      ],
    },
    { type: 'h2', text: 'Grounding Through Your Body and Breath', tocLabel: 'Body and Breath' },
    {
      type: 'ul',
      items: [
        '**Slow breathing.** Breathe in through your nose for a count of four, then out slowly for a count of six. A longer out-breath helps many people calm down.',
        '**Feet on the floor.** Press your feet into the ground and notice the pressure, the temperature and the texture beneath you.',
        '**Progressive muscle relaxation.** Tense one group of muscles for a few seconds, then release it, working your way from your feet up to your face.',
        '**Mental exercises.** Count backward from 100 by sevens, name an animal for each letter of the alphabet, or recite the words of a familiar song.',
      ],
    },
    {
      type: 'p',
      text: 'Different techniques suit different people. Practice a few when you are calm, so that they feel familiar when you need them. Guided recordings or a therapist can help you build the habit, and if you want to understand the thinking side of anxiety, read about [generalized anxiety disorder](article:generalized-anxiety-disorder).',
    },
    { type: 'h2', text: 'When Grounding Is Not Enough', tocLabel: 'When to Seek Help' },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'Signs it is time to talk to a professional',
      body: [
        'Grounding is a coping tool, not a treatment. Consider talking to a doctor or therapist if anxiety is frequent, lasts for weeks, makes you avoid places or people, disturbs your sleep, or gets in the way of work, school or relationships. Anxiety disorders are common and treatable, most often with therapy such as [cognitive behavioral therapy](article:what-is-cbt), with medication, or with both.',
        'Chest pain, trouble breathing or fainting should be checked by a medical professional, especially the first time, because some physical conditions can feel like panic. If you are in crisis or thinking about harming yourself, contact emergency services or the [Suicide & Crisis Lifeline](https://988lifeline.org) right away.',
      ],
    },
    { type: 'offers', partners: ['stillwater', 'harborline'] },
  ],
}
