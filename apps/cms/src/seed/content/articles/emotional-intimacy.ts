import type { SeedArticle } from '../types'

/** The flagship: every part of the reference article page, in the same order, in Haven’s own words. */
export const emotionalIntimacy: SeedArticle = {
  slug: 'emotional-intimacy',
  title: 'Emotional Intimacy: What It Is and How to Build More of It',
  summary:
    'Emotional intimacy is the sense of being truly known by someone and safe with them. Learn how to recognize it, what it looks like when it is missing, and seven ways to build more of it.',
  topics: ['relationships/intimacy'],
  authors: ['maren-okafor'],
  reviewers: ['tomas-lindqvist'],
  publishedAt: '2023-02-06',
  updatedAt: '2023-03-15',
  lastReviewedAt: '2023-03-10',
  featured: true,
  heroAlt: 'Abstract illustration of two overlapping circles in warm terracotta and blush tones',
  palette: ['#B4533C', '#F6E1D3'],
  body: [
    {
      type: 'p',
      text: 'Emotional intimacy is the sense that someone truly knows you (your worries, your hopes, the parts of your history you rarely talk about) and that you are safe with them anyway. It can grow between partners, close friends and family members when both people are willing to be honest and to listen well. It rarely appears by accident. It is built one conversation at a time, and when it fades, it can usually be built again.',
    },
    { type: 'offers', partners: ['harborline'] },

    { type: 'h2', text: 'What Is Emotional Intimacy?', tocLabel: 'What Is Emotional Intimacy?' },
    {
      type: 'p',
      text: 'At its simplest, emotional intimacy is mutual understanding combined with a feeling of safety. You know what matters to the other person: what keeps them up at night, what they are quietly proud of, how a hard week at work really landed. They know the same things about you. Years of shared history do not guarantee this: two people can live side by side for decades and still feel like strangers on the inside.',
    },
    {
      type: 'p',
      text: 'Emotional intimacy also runs in both directions. Curiosity about someone else is only half of it; the other half is letting yourself be known: putting private thoughts and feelings into words and trusting the other person to handle them with care. For many people the second half is the harder one, especially if openness was ignored, mocked or punished when they were younger.',
    },
    {
      type: 'p',
      text: 'Friends and family members can share this closeness too. This article speaks mostly to couples, but nearly all of it applies to any close relationship.',
    },
    { type: 'h3', text: 'Emotional Intimacy vs. Sexual Intimacy' },
    {
      type: 'p',
      text: 'Sexual intimacy is about physical closeness and touch; emotional intimacy is about being known. The two can exist separately. People can have sex without feeling close, and two friends can share a deep bond with no physical relationship at all. In a romantic partnership, though, each one tends to shape the other.',
    },
    {
      type: 'p',
      text: 'When partners feel emotionally safe with each other, sex often becomes more relaxed and more connected. There is less worry about how one’s body looks or whether one is “performing”, and more room for playfulness and honesty. The reverse is true as well: when the emotional connection wears thin, physical intimacy can start to feel routine, pressured or lonely.',
    },
    {
      type: 'p',
      text: 'Physical affection can feed emotional closeness too. A long hug or sitting close on the sofa signals warmth, and it can make a difficult conversation easier to start.',
    },

    { type: 'h2', text: 'Signs of Emotional Intimacy', tocLabel: 'What It Feels Like' },
    {
      type: 'p',
      text: 'Emotional intimacy looks different in every relationship, from a nightly debrief at the kitchen table to a long phone call with an old friend. What these relationships share is the feeling that you can show up as you are. Signs that it is present include:',
    },
    {
      type: 'ul',
      items: [
        'You can bring up something private or embarrassing without bracing for ridicule.',
        'You feel that someone is on your side, even when you are struggling.',
        'You expect to be listened to without judgment, most of the time.',
        'When the other person hurts or annoys you, you can usually tell them, and saying so does not put the relationship at risk.',
        'Good news and bad news both have somewhere to go: they are the first person you want to tell.',
        'Conversations can move from small talk to something serious, and back again, without awkwardness.',
        'You can sense how the other person is feeling, and you care about it.',
        'You are genuinely curious about their inner life, and they are curious about yours.',
        'When you are together, you give each other your full attention instead of half-listening over a phone.',
        'Silence between you feels comfortable rather than tense.',
      ],
    },
    { type: 'h3', text: 'Signs of a Lack of Emotional Intimacy' },
    {
      type: 'p',
      text: 'A relationship without much emotional intimacy can look perfectly fine from the outside. The household runs, plans get made, and there may be little open conflict. The gap shows up in quieter ways, and it often feels like loneliness even when the other person is in the same room. Signs that closeness may be missing include:',
    },
    {
      type: 'ul',
      items: [
        'You keep your most vulnerable feelings to yourself because sharing them feels risky.',
        'Most conversations stay on logistics: schedules, chores, money, the children.',
        'You often feel misunderstood, or unsure where you stand with the other person.',
        'You expect criticism or judgment when you open up.',
        'Disappointment has become a familiar feeling in the relationship.',
        'One person does most of the talking while the other mostly listens, or tunes out.',
        'You run out of things to say to each other, and curiosity about each other has faded.',
        'You feel lonely even when you are together.',
      ],
    },
    {
      type: 'p',
      text: 'Recognizing several of these does not mean a relationship is doomed. Distance usually builds slowly, through stress or hurts never talked through, and it can usually be narrowed again with attention and practice.',
    },
    {
      type: 'offers',
      title: 'Ready to Invest in Your Relationship?',
      partners: ['twofold', 'tandem', 'hearthside'],
    },

    { type: 'h2', text: '7 Ways to Build Emotional Intimacy', tocLabel: 'How to Build More of It' },
    {
      type: 'p',
      text: 'Whether you want to deepen a new relationship or reconnect in one that has drifted, the work involves the same ingredients: a decision to try, honest conversation, some tolerance for discomfort, and trust that is protected over time. None of the steps below needs special skills, only repetition.',
    },
    { type: 'h3', text: '1. Start With Intention' },
    {
      type: 'p',
      text: 'Closeness starts with a decision. Many people say they want a deeper connection but quietly wait for the other person to go first. Intention means taking responsibility for your part: you reach out, you ask the question, you share the feeling, even when it feels risky.',
    },
    {
      type: 'p',
      text: 'If you can, name the goal together, such as feeling like a team again. When things get tense, returning to that shared intention can keep both people from retreating into silence.',
    },
    { type: 'h3', text: '2. Make Room for Honest Conversation' },
    {
      type: 'p',
      text: 'Talk about logistics keeps a household running but rarely brings people closer. What helps is regular time set aside to talk about how each of you is actually doing: what is going well between you, what feels strained, and what each person needs more or less of.',
    },
    {
      type: 'p',
      text: 'Some couples find a weekly check-in useful, with phones put away and a simple structure: each person shares one appreciation, one thing on their mind and one request. If you are not sure how to begin, a list of [questions to ask your partner](article:questions-to-ask-your-partner) can open conversations you might not have thought to have.',
    },
    { type: 'h3', text: '3. Let Yourself Be Seen' },
    {
      type: 'p',
      text: 'Vulnerability is the willingness to show someone the parts of you that could be hurt: fears, insecurities, needs and mistakes you regret. It is uncomfortable by nature, because the risk is real. But a relationship in which neither person ever takes that risk tends to stay polite and shallow.',
    },
    {
      type: 'p',
      text: 'You do not have to share everything at once. Start with something small but true, such as admitting that you felt left out at a family gathering, or that a coworker’s comment has been bothering you all week. Each time a risk is met with care, the next one becomes a little easier.',
    },
    { type: 'h3', text: '4. Build and Protect Trust' },
    {
      type: 'p',
      text: 'People open up when they feel safe, and safety comes from trust: confidence that what you share will not be mocked, repeated to others or used as ammunition in a later argument. Trust grows through small moments of reliability: keeping your word, keeping private things private, and responding kindly when someone is exposed.',
    },
    {
      type: 'p',
      text: 'Trust also has a history. If your childhood or an earlier relationship taught you that openness gets punished, you may hold back even with someone who has earned your confidence, and a therapist can help you tell old lessons apart from present reality.[^1] Trust should be earned in both directions, so it is wise to open up gradually and to notice how someone treats other people’s private stories before you hand them yours.',
    },
    { type: 'h3', text: '5. Practice Empathy' },
    {
      type: 'p',
      text: 'Because emotional intimacy is mutual, it is worth asking a harder question: is it safe to open up to you? Empathy, the ability to imagine what another person is feeling and to show them that you understand, is what makes you someone others can confide in.',
    },
    {
      type: 'p',
      text: 'Empathy is a skill, and it improves with practice. When your partner or friend shares something difficult, resist the urge to fix it right away, to argue with the details or to turn the conversation toward yourself. Try reflecting back what you heard (“It sounds like you felt brushed off in that meeting”) and then ask what would help. Often the answer is simply to be heard.',
    },
    { type: 'h3', text: '6. Keep the Exchange Balanced' },
    {
      type: 'p',
      text: 'Intimate relationships are reciprocal: both people get to share, and both people get to listen. If one person consistently uses the relationship as the place to unload every worry while the other’s feelings rarely get airtime, closeness slowly turns into caretaking, and resentment tends to follow.',
    },
    {
      type: 'p',
      text: 'If you notice an imbalance, name it gently and without blame, and make a habit of inviting the quieter person in.',
    },
    { type: 'h3', text: '7. Stay Curious and Open' },
    {
      type: 'p',
      text: 'Openness cannot be switched on by willpower, but it can be practiced. Start by getting curious about what makes it hard for you. Perhaps feelings were rarely spoken about in your family, or perhaps an earlier relationship taught you to keep your guard up. Naming where the reluctance comes from makes it easier to set aside.',
    },
    {
      type: 'p',
      text: 'Stay curious about the other person, too: assuming you already know everything about a long-term partner is one of the quietest ways closeness fades. If persistent low mood or anxiety is what makes connection feel out of reach, that deserves attention in its own right; the [National Institute of Mental Health](https://www.nimh.nih.gov/health/topics) has clear overviews of common conditions and how they are treated.',
    },

    { type: 'h2', text: 'When to Seek Professional Support', tocLabel: 'When to Seek Support' },
    {
      type: 'callout',
      tone: 'seek-help',
      title: 'When a professional can help',
      body: [
        'If you and your partner keep getting stuck (the same argument on repeat, conversations that shut down, a distance neither of you can close), couples therapy can help. A therapist offers a neutral space to practice opening up and to work through the hurts that block trust.[^1]',
        'If the difficulty lies mostly within you, such as a lifelong struggle to trust anyone, individual therapy may be the better place to start; a good therapeutic relationship can itself be a place to practice being known.',
        'Couples therapy is not recommended when one partner is afraid of the other or is being controlled, threatened or hurt. In that situation, reach out to a domestic violence advocate or an individual therapist first.[^2]',
        'If you are in immediate danger, contact emergency services. If you are thinking about suicide or are in emotional crisis, call or text 988, or chat at [988lifeline.org](https://988lifeline.org), to reach the Suicide & Crisis Lifeline in the US.[^3]',
      ],
    },

    { type: 'h2', text: 'In My Experience', tocLabel: 'In My Experience' },
    {
      type: 'experience',
      title: 'In My Experience',
      body: [
        'In my work with couples, the ones who tell me “we never fight” often worry me more than the ones who argue. Many of them stopped fighting because they stopped bringing anything important to each other. When each person finally says out loud what they have been holding back, the first sessions can be uncomfortable. Then, very often, something softens.',
        'I have also learned that emotional intimacy depends less on grand gestures than on small, repeated moments: turning toward your partner when they sigh at the end of the day, asking a second question instead of moving on, saying “I got that wrong” after an argument. The couples who practice those small moments usually find that the big conversations get easier.',
        'If you are reading this because you feel far away from someone you love, please know that this kind of distance is common and usually not permanent. I have watched many couples find their way back to each other.',
      ],
    },

    { type: 'h2', text: 'Additional Resources', tocLabel: 'Resources' },
    {
      type: 'p',
      text: 'Reading is a good first step, and many people want more structured support next. Haven works with a few partner companies whose services may help. Haven is paid when readers sign up through these offers, every offer is labelled, and partnerships never decide what our writers and clinical reviewers say.',
    },
    { type: 'offers', partners: ['stillwater'] },

    {
      type: 'furtherReading',
      title: 'For Further Reading',
      articles: [
        'healthy-communication-in-relationships',
        'questions-to-ask-your-partner',
        'emotional-intimacy-in-marriage',
      ],
    },

    {
      type: 'video',
      provider: 'youtube',
      videoId: 'hvnDemo0001',
      title: 'Building Emotional Intimacy in Everyday Moments',
      presenter: 'jonah-whitcombe',
      transcript: [
        'Hi, I’m Jonah, and I’m a mental health counselor. Today I want to talk about emotional intimacy: the feeling that someone really knows you and that you’re safe with them. In my experience it works like a skill that two people build together.',
        'The first thing I suggest is a ten-minute check-in. A few times a week, sit down without your phones and ask each other one question that goes beyond logistics, like “what was the hardest part of your day?” Then listen, without trying to fix anything.',
        'The second thing is to notice small bids for connection. A bid can be a sigh, a comment about something your partner saw, or a hand on your shoulder. Turning toward those moments, even briefly, tells the other person that they matter. Missing most of them is what slowly builds distance.',
        'Third, practice sharing one small vulnerable thing. Maybe it’s a worry about work, or a moment you felt hurt and didn’t mention. When it’s met with care, trust grows and the next share gets a little easier. If it’s met with criticism, that’s worth talking about too, maybe with a counselor.',
        'Finally, be patient with yourselves. Closeness grows through small moments over time, not in one big conversation. And if you keep getting stuck, there’s no shame in asking for help: couples counseling and individual therapy are both good places to practice. Thanks for watching, and take care of each other.',
      ],
    },

    { type: 'h2', text: 'Emotional Intimacy Infographics', tocLabel: 'Infographics' },
    {
      type: 'gallery',
      title: 'Emotional Intimacy Infographics',
      images: [
        {
          title: 'What Is Emotional Intimacy?',
          alt: 'Infographic: two overlapping circles labelled “Knowing someone” and “Being known”, with “Emotional intimacy” where they meet',
          description:
            'This infographic defines emotional intimacy as feeling deeply known by another person and safe with them. Two overlapping circles are labelled “Knowing someone” and “Being known”, and the area where they overlap is labelled “Emotional intimacy”. Three short notes beneath explain that it grows through honesty, listening and trust; that it exists in romantic relationships, friendships and families; and that it differs from, but is linked to, sexual intimacy.',
          motif: 'circles',
          drawing: {
            labels: ['Knowing someone', 'Being known', 'Emotional intimacy'],
            notes: [
              'Grows through honesty, listening and trust',
              'Exists in romantic relationships, friendships and families',
              'Differs from, but is linked to, sexual intimacy',
            ],
          },
        },
        {
          title: 'Signs of Emotional Intimacy',
          alt: 'Infographic: six horizontal bars, each naming one sign of emotional intimacy',
          description:
            'This infographic lists six signs that emotional intimacy is present, each written on its own horizontal bar. The bars read: “You can share private feelings safely”, “You feel supported, not alone”, “You are listened to without judgment”, “You can raise problems without fear”, “You move easily between light and deep conversation” and “You give each other your full attention”. A note at the bottom says that if several feel missing, the relationship needs attention, which does not mean it is failing.',
          motif: 'bars',
          drawing: {
            labels: [
              'You can share private feelings safely',
              'You feel supported, not alone',
              'You are listened to without judgment',
              'You can raise problems without fear',
              'You move easily between light and deep conversation',
              'You give each other your full attention',
            ],
            notes: [
              'If several feel missing, the relationship needs attention. That does not mean it is failing.',
            ],
          },
        },
        {
          title: 'Ways to Build Emotional Intimacy',
          alt: 'Infographic: a staircase of seven steps, each labelled with one way to build emotional intimacy',
          description:
            'This infographic shows seven steps rising from left to right, one for each way to build emotional intimacy. From the bottom, the steps read: “Start with intention”, “Make room for honest conversation”, “Let yourself be seen”, “Build and protect trust”, “Practice empathy”, “Keep the exchange balanced” and “Stay curious and open”. Two captions above the steps say that closeness is built in small, repeated steps, and that couples therapy can help when you keep getting stuck.',
          motif: 'steps',
          drawing: {
            labels: [
              'Start with intention',
              'Make room for honest conversation',
              'Let yourself be seen',
              'Build and protect trust',
              'Practice empathy',
              'Keep the exchange balanced',
              'Stay curious and open',
            ],
            notes: [
              'Closeness is built in small, repeated steps.',
              'Couples therapy can help when you keep getting stuck.',
            ],
          },
        },
      ],
    },
  ],
  sources: [
    {
      title: 'Psychotherapies',
      publisher: 'National Institute of Mental Health',
      url: 'https://www.nimh.nih.gov/health/topics/psychotherapies',
    },
    {
      title: 'National Domestic Violence Hotline',
      publisher: 'The National Domestic Violence Hotline',
      url: 'https://www.thehotline.org/',
    },
    {
      title: '988 Suicide & Crisis Lifeline',
      publisher: 'Vibrant Emotional Health',
      url: 'https://988lifeline.org/',
    },
  ],
}
