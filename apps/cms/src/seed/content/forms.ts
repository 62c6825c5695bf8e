/** The reader forms, each shown on the static page with the same slug. Editors change them in the admin. */
export const forms = [
  {
    slug: 'contact-us',
    title: 'Contact Us',
    submitButtonLabel: 'Send message',
    confirmation:
      'Thank you for writing to us. We read every message and reply within a few working days. If you are in crisis, please call or text 988 now rather than waiting for our reply.',
    fields: [
      { blockType: 'text', name: 'name', label: 'Your name', required: true },
      { blockType: 'email', name: 'email', label: 'Your email address', required: true },
      {
        blockType: 'select',
        name: 'topic',
        label: 'What is it about?',
        required: true,
        options: [
          { label: 'An article or a correction', value: 'article' },
          { label: 'Partnerships and advertising', value: 'partnership' },
          { label: 'The therapist directory', value: 'directory' },
          { label: 'Something else', value: 'other' },
        ],
      },
      { blockType: 'textarea', name: 'message', label: 'Your message', required: true },
    ],
  },
  {
    slug: 'write-for-us',
    title: 'Write for Us',
    submitButtonLabel: 'Send pitch',
    confirmation:
      'Thank you for your pitch. An editor reads every one; if it fits our plans we will write back within two weeks.',
    fields: [
      { blockType: 'text', name: 'name', label: 'Your name', required: true },
      { blockType: 'email', name: 'email', label: 'Your email address', required: true },
      { blockType: 'text', name: 'credentials', label: 'Credentials or writing experience', required: false },
      { blockType: 'text', name: 'headline', label: 'Working headline', required: true },
      { blockType: 'textarea', name: 'pitch', label: 'Your pitch', required: true },
      {
        blockType: 'checkbox',
        name: 'guidelines',
        label: 'I have read the editorial policy',
        required: true,
      },
    ],
  },
] as const
