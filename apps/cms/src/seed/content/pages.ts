import type { SeedPage } from './types'

/** The static pages linked from the footer and the About menu. Only h2, h3, p, ul, ol and callout blocks. */
export const pages: SeedPage[] = [
  {
    slug: 'about-us',
    title: 'About Us',
    summary:
      'Haven publishes clear, clinically reviewed writing about mental health, relationships and therapy.',
    body: [
      {
        type: 'p',
        text: 'Haven is a publication about mental health, relationships and therapy, written for people who want honest information without the jargon. We cover everyday struggles such as anxiety, low mood and conflict at home, as well as conditions that deserve careful, accurate explanation, such as depression, addiction and post-traumatic stress disorder.',
      },
      { type: 'h2', text: 'What We Believe' },
      {
        type: 'ul',
        items: [
          '**Accuracy comes first.** Every article is reviewed by a licensed clinician before it is published, and again at regular intervals after that.',
          '**Readers deserve to know who wrote what.** Each article names its writer and its clinical reviewer, with their credentials, and shows when it was published, updated and last reviewed.',
          '**Money must never be hidden.** Haven earns money when readers sign up with partner companies. Every partner offer is labelled, and every group of offers carries a disclosure naming the partners in it.',
          '**Privacy is the default.** We ask before we use any cookie that is not needed to run the site.',
        ],
      },
      { type: 'h2', text: 'Who We Are' },
      {
        type: 'p',
        text: 'Our writers include licensed therapists and social workers as well as experienced health journalists. Our clinical reviewers are psychiatrists, psychologists and other licensed mental health professionals. You can read about each of them on their profile pages, along with the articles they have written or reviewed.',
      },
      { type: 'h2', text: 'What Haven Is Not' },
      {
        type: 'p',
        text: 'Haven does not provide therapy, diagnosis or emergency care, and nothing on the site replaces advice from a professional who knows your situation. If you are in crisis, please visit our crisis resources page or contact emergency services right away.',
      },
    ],
  },
  {
    slug: 'editorial-policy',
    title: 'Editorial Policy',
    summary: 'How Haven articles are written, clinically reviewed, kept up to date and corrected.',
    body: [
      {
        type: 'p',
        text: 'Mental health information can change how people care for themselves and for each other, so we hold it to a high standard. This page explains how an article gets from an idea to your screen, and how we keep it accurate afterward.',
      },
      { type: 'h2', text: 'Writing' },
      {
        type: 'p',
        text: 'Articles are written by licensed clinicians or by experienced health writers working from reliable sources: peer-reviewed research, clinical guidelines and public health agencies. We write in plain language, explain uncertainty where it exists, and avoid promises that any single technique or product will fix a problem.',
      },
      { type: 'h2', text: 'Clinical Review' },
      {
        type: 'p',
        text: 'Every article is reviewed by a licensed clinician before it is published. A reviewer must hold a clinical credential, such as MD, PsyD, LCSW or LMFT, and can never review an article they wrote. Reviewers check that the information is accurate and current, that advice is safe to follow, and that the article points readers toward professional help where it should.',
      },
      { type: 'h2', text: 'Review Intervals' },
      {
        type: 'p',
        text: 'Publishing is not the end of the process. Each article is reviewed again at a set interval:',
      },
      {
        type: 'ul',
        items: [
          'Most articles are re-reviewed at least once every twelve months.',
          'Articles about medication, crisis care or other quickly changing topics are re-reviewed at least every six months.',
          'Any article is reviewed sooner if guidelines change or a reader reports a problem.',
        ],
      },
      {
        type: 'p',
        text: 'Each article shows the date it was published, the date its content was last updated and the date of its last clinical review, so you can judge how current it is.',
      },
      { type: 'h2', text: 'Independence and Corrections' },
      {
        type: 'p',
        text: 'Partner companies never see, approve or influence our articles before or after publication. If you find an error, please tell us through our contact page. We correct factual errors promptly and note significant corrections on the article.',
      },
    ],
  },
  {
    slug: 'advertising-policy',
    title: 'Advertising Policy',
    summary: 'How Haven earns money from partner offers, and how those offers are labelled and disclosed.',
    body: [
      {
        type: 'p',
        text: 'Haven is free to read. We pay for writing and clinical review partly through partnerships with companies that offer mental health and relationship services. When a reader signs up through one of their offers, the partner may pay Haven. This page explains how we keep that arrangement transparent.',
      },
      { type: 'h2', text: 'Offers Are Always Labelled' },
      {
        type: 'p',
        text: 'Partner offers appear in clearly marked boxes, separate from the article text. Each box names the partner and the kind of service it provides, and each call to action leads to the partner’s own website.',
      },
      { type: 'h2', text: 'Disclosures Are Generated, Not Typed' },
      {
        type: 'p',
        text: 'Every group of offers carries a disclosure that names the partners shown in that group. We do not write these disclosures by hand. They are generated from the partners actually placed on the page, so a disclosure always names exactly the companies you can see, no more and no fewer. When a partnership ends, that partner’s offers stop appearing, and so does its name in the disclosures.',
      },
      { type: 'h2', text: 'How We Choose Partners' },
      {
        type: 'ul',
        items: [
          'Therapy services must work with licensed clinicians.',
          'Partners must describe their services honestly; we do not publish offers that promise cures or quote statistics we cannot check.',
          'Partners must explain clearly how to cancel and how they handle personal information.',
        ],
      },
      { type: 'h2', text: 'What Partners Cannot Do' },
      {
        type: 'p',
        text: 'Partners have no say over what we write, which topics we cover or what our clinical reviewers conclude. We do not place partner offers on our crisis resources page.',
      },
    ],
  },
  {
    slug: 'privacy-policy',
    title: 'Privacy Policy',
    summary: 'What Haven collects, why, and the choices you have. Consent comes first.',
    body: [
      {
        type: 'p',
        text: 'Reading about mental health is personal. Our approach to privacy starts from that fact: we collect as little as we can, and we ask before collecting anything that is not needed to run the site.',
      },
      { type: 'h2', text: 'Cookies and Consent' },
      {
        type: 'p',
        text: 'Haven uses two categories of cookies:',
      },
      {
        type: 'ul',
        items: [
          '**Necessary cookies** keep the site working, for example by remembering your cookie choices. They are always on, and they do not identify you.',
          '**Optional cookies**, such as analytics, are off until you agree to them. You can say no and still read everything on Haven.',
        ],
      },
      {
        type: 'p',
        text: 'You can change your choice at any time in the cookie settings, and your choice applies from that moment on.',
      },
      { type: 'h2', text: 'Information You Give Us' },
      {
        type: 'ul',
        items: [
          '**Newsletter:** if you subscribe, we keep your email address to send the newsletter. Every issue has an unsubscribe link.',
          '**Therapist directory:** therapists who list themselves provide their professional details so that readers can find them. They can edit or remove their listing at any time.',
          '**Messages:** if you write to us, we use your message only to reply.',
        ],
      },
      { type: 'h2', text: 'What We Do Not Do' },
      {
        type: 'p',
        text: 'We do not sell personal information. We do not use what you read on Haven to target you with advertising based on health conditions. When you follow a partner offer, you leave Haven, and the partner’s own privacy policy applies.',
      },
      { type: 'h2', text: 'Your Rights' },
      {
        type: 'p',
        text: 'You can ask us what personal information we hold about you, ask us to correct it, or ask us to delete it. Contact us through our contact page and we will respond within a reasonable time.',
      },
    ],
  },
  {
    slug: 'terms-of-service',
    title: 'Terms of Service',
    summary: 'The terms that apply when you use Haven, its articles and its therapist directory.',
    body: [
      {
        type: 'p',
        text: 'By using Haven you agree to these terms. They are written to be read, so please take a few minutes with them.',
      },
      { type: 'h2', text: 'Information, Not Treatment' },
      {
        type: 'p',
        text: 'Haven’s articles are for general information. They are reviewed by licensed clinicians, but they cannot take your individual circumstances into account and they are not a substitute for diagnosis or treatment from a professional who knows you. Haven is not an emergency service.',
      },
      {
        type: 'callout',
        tone: 'warning',
        title: 'In an emergency',
        body: [
          'Do not rely on Haven in an emergency. Contact emergency services, or see our crisis resources page for crisis lines.',
        ],
      },
      { type: 'h2', text: 'The Therapist Directory' },
      {
        type: 'p',
        text: 'Therapists write their own directory listings and are responsible for keeping them accurate. A listing is not a recommendation. Before you begin working with anyone, confirm their license with the licensing board in your state and make sure they are a good fit for you.',
      },
      { type: 'h2', text: 'Partner Services' },
      {
        type: 'p',
        text: 'Partner offers lead to services run by other companies under their own terms. Haven is not a party to any agreement you make with a partner.',
      },
      { type: 'h2', text: 'Using Our Content' },
      {
        type: 'p',
        text: 'You are welcome to link to our articles and to share short quotations with credit. Please do not republish whole articles without our written permission. We may update these terms from time to time, and the current version is always on this page.',
      },
    ],
  },
  {
    slug: 'no-surprises-act',
    title: 'No Surprises Act',
    summary:
      'Your rights under the US No Surprises Act, including the right to a good-faith estimate, in plain words.',
    body: [
      {
        type: 'p',
        text: 'The No Surprises Act is a US federal law that took effect on January 1, 2022. It protects people from some unexpected medical bills, including bills for mental health care. Haven does not provide health care, but many readers find a therapist through our directory or our articles, so we want you to know your rights.',
      },
      { type: 'h2', text: 'If You Pay Without Insurance: the Good-Faith Estimate' },
      {
        type: 'p',
        text: 'If you do not have insurance, or you choose not to use it, your therapist or other provider must give you a **good-faith estimate** of what your care is expected to cost.',
      },
      {
        type: 'ul',
        items: [
          'You can ask for an estimate before you schedule care, and you should receive one in writing once your care is scheduled a few days in advance.',
          'The estimate should list the services you are expected to receive and their expected charges.',
          'For ongoing care such as weekly therapy, the estimate can cover a series of sessions, and it should be updated if the plan changes.',
        ],
      },
      { type: 'h2', text: 'If the Bill Is Much Higher Than the Estimate' },
      {
        type: 'p',
        text: 'If your bill is at least $400 more than the estimate from that provider, you may be able to dispute it through a federal patient-provider dispute resolution process. You generally need to start the dispute within 120 calendar days of the date on the bill, so keep a copy of your estimate.',
      },
      { type: 'h2', text: 'If You Have Insurance' },
      {
        type: 'p',
        text: 'The law also protects insured people from surprise out-of-network bills for emergency care, and for certain care from out-of-network providers at in-network hospitals and facilities. In those situations, you generally owe only your usual in-network cost-sharing.',
      },
      {
        type: 'p',
        text: 'To learn more or to ask a question about a bill, visit the federal government’s [No Surprises information page](https://www.cms.gov/nosurprises).',
      },
    ],
  },
  {
    slug: 'contact-us',
    title: 'Contact Us',
    summary:
      'How to reach the Haven team about articles, corrections, partnerships and the therapist directory.',
    body: [
      {
        type: 'p',
        text: 'We read every message, and we try to reply within a few working days. Please choose the address that best fits your question, so that it reaches the right person quickly.',
      },
      {
        type: 'callout',
        tone: 'warning',
        title: 'We cannot offer crisis support by email',
        body: [
          'Our team is not able to provide therapy or respond to emergencies. If you are in crisis, please see our crisis resources page or contact emergency services.',
        ],
      },
      { type: 'h2', text: 'Where to Write' },
      {
        type: 'ul',
        items: [
          '**Corrections and editorial questions:** [editors@haven.example](mailto:editors@haven.example). Please include the article’s title and what you believe is wrong.',
          '**Partnerships:** [partners@haven.example](mailto:partners@haven.example). Note that partners never influence what we publish.',
          '**Therapist directory:** [directory@haven.example](mailto:directory@haven.example), for help with a listing or with signing in.',
          '**Privacy requests:** [privacy@haven.example](mailto:privacy@haven.example), to ask what we hold about you, or to correct or delete it.',
          '**Everything else:** [hello@haven.example](mailto:hello@haven.example).',
        ],
      },
      { type: 'h2', text: 'Writing to a Writer or Reviewer' },
      {
        type: 'p',
        text: 'Our writers and clinical reviewers cannot give individual advice about your situation, but we are happy to pass on feedback about their articles. Send it to the editorial address above and mention who it is for.',
      },
    ],
  },
  {
    slug: 'write-for-us',
    title: 'Write for Us',
    summary: 'Haven welcomes pitches from clinicians and experienced health writers.',
    body: [
      {
        type: 'p',
        text: 'We are always looking for writers who can explain mental health clearly and kindly. Some of our best pieces come from clinicians who know what their clients wish they had been told, and from journalists who know how to turn research into something a tired reader can use.',
      },
      { type: 'h2', text: 'Who We Are Looking For' },
      {
        type: 'ul',
        items: [
          'Licensed mental health professionals, such as psychologists, psychiatrists, counselors, social workers and marriage and family therapists.',
          'Health writers with experience reporting on medicine, psychology or public health.',
          'Writers with lived experience who are willing to work closely with our editors and clinical reviewers.',
        ],
      },
      { type: 'h2', text: 'What to Expect' },
      {
        type: 'ol',
        items: [
          'Send a short pitch to [editors@haven.example](mailto:editors@haven.example): the idea, why it matters to readers and why you are the person to write it.',
          'If it fits, an editor will agree the scope, length and deadline with you.',
          'Your draft is edited and then reviewed by a licensed clinician, who may ask for changes or sources.',
          'Your article is published with your name, your credentials and a short bio. Contributors are paid for published work.',
        ],
      },
      { type: 'h2', text: 'What We Do Not Accept' },
      {
        type: 'p',
        text: 'We do not accept sponsored articles, paid links or pieces written to promote a product or service. Every article on Haven goes through the same editorial and clinical review, whoever wrote it.',
      },
    ],
  },
  {
    slug: 'careers',
    title: 'Careers',
    summary: 'Work with Haven to make trustworthy mental health information easier to find.',
    body: [
      {
        type: 'p',
        text: 'Haven is a small, remote team of editors, clinicians and engineers. We care about careful work, plain language and treating readers with respect, and we try to build a workplace that supports the mental health of the people who work in it.',
      },
      { type: 'h2', text: 'How We Work' },
      {
        type: 'ul',
        items: [
          'Fully remote, with a few shared hours each week for collaboration.',
          'Clinical review is built into everything we publish, and editors and clinicians work side by side.',
          'We write things down, so that decisions are clear to everyone, including people who join later.',
        ],
      },
      { type: 'h2', text: 'Roles We Hire For' },
      {
        type: 'ul',
        items: [
          '**Clinical reviewers:** licensed clinicians who review articles part time.',
          '**Editors:** health and science editors who can shape drafts into clear, accurate articles.',
          '**Engineers:** people who build and maintain our publishing platform and reader site.',
        ],
      },
      {
        type: 'p',
        text: 'When a role is open, we describe it here. If nothing fits right now, you are welcome to send a short note about yourself to [careers@haven.example](mailto:careers@haven.example), and we will keep it on file.',
      },
      { type: 'h2', text: 'Our Commitment' },
      {
        type: 'p',
        text: 'Haven is an equal opportunity employer. We welcome applicants of every background, identity and experience, including lived experience of mental health conditions.',
      },
    ],
  },
  {
    slug: 'crisis-resources',
    title: 'Crisis Resources',
    summary: 'Where to get help right now if you or someone you know is in crisis.',
    body: [
      {
        type: 'callout',
        tone: 'seek-help',
        title: 'If you need help right now',
        body: [
          'If you or someone else is in immediate danger, call 911.',
          'If you are thinking about suicide, are worried about someone else, or are in emotional distress, call or text 988 to reach the 988 Suicide & Crisis Lifeline, or chat at [988lifeline.org](https://988lifeline.org). It is free, confidential and open at any hour.',
        ],
      },
      { type: 'h2', text: 'What Happens When You Reach Out' },
      {
        type: 'p',
        text: 'A trained crisis counselor will listen, help you work out what is happening and talk through what could help right now. You do not have to be suicidal to reach out; people contact the Lifeline about overwhelming stress, panic, grief, substance use and worries about a loved one.',
      },
      { type: 'h2', text: 'Helping Someone Else' },
      {
        type: 'ul',
        items: [
          'Ask directly whether they are thinking about suicide. Asking does not put the idea in their head.',
          'Stay with them, or stay in contact, and remove anything they could use to hurt themselves if you can do so safely.',
          'Help them contact the Lifeline, and call 911 if they are in immediate danger.',
        ],
      },
      { type: 'h2', text: 'Veterans and Service Members' },
      {
        type: 'p',
        text: 'Veterans, service members and their families can reach the Veterans Crisis Line by calling 988 and choosing the option for veterans.',
      },
      { type: 'h2', text: 'Outside the United States' },
      {
        type: 'p',
        text: 'The lines on this page serve the United States. If you live elsewhere, contact your local emergency services, or ask your doctor or a local health service for the crisis line in your country.',
      },
    ],
  },
]
