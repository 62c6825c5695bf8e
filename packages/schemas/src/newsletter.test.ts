import {
  createSubscriptionBodySchema,
  fieldErrors,
  formAnswersSchema,
  formResponseSchema,
  isFormResponse,
  type FormField,
} from './newsletter'

const contactFields: FormField[] = [
  { blockType: 'text', name: 'name', label: 'Your name', required: true },
  { blockType: 'email', name: 'email', label: 'Email', required: true },
  {
    blockType: 'select',
    name: 'topic',
    required: false,
    options: [
      { label: 'Article', value: 'article' },
      { label: 'Other', value: 'other' },
    ],
  },
  { blockType: 'textarea', name: 'message', required: true },
  { blockType: 'checkbox', name: 'consent', required: true },
]

const messages = (result: ReturnType<ReturnType<typeof formAnswersSchema>['safeParse']>) =>
  result.success ? [] : fieldErrors(result.error).map((error) => error.message)

describe('formAnswersSchema', () => {
  const valid = { name: 'Ada', email: 'ADA@example.org', message: 'Hello', consent: true }

  it('accepts the answers a form asks for, lower-casing the address', () => {
    expect(formAnswersSchema(contactFields).parse(valid)).toEqual({ ...valid, email: 'ada@example.org' })
  })

  it('names the field and the rule for each bad answer', () => {
    expect(
      messages(
        formAnswersSchema(contactFields).safeParse({
          name: ' ',
          email: 'nope',
          topic: 'bitcoin',
          message: 'x'.repeat(5001),
          consent: false,
        }),
      ),
    ).toEqual([
      'name: is required',
      'email: must be an email address, like name@example.com',
      'topic: must be one of article, other',
      'message: must be at most 5000 characters',
      'consent: must be ticked',
    ])
  })

  it('refuses fields the form does not have', () => {
    expect(messages(formAnswersSchema(contactFields).safeParse({ ...valid, phone: '1' }))).toEqual([
      'body: unexpected field(s): phone',
    ])
  })
})

describe('createSubscriptionBodySchema', () => {
  it('defaults topics to none and refuses more than 20', () => {
    expect(createSubscriptionBodySchema.parse({ email: 'a@example.org' }).topics).toEqual([])
    expect(
      createSubscriptionBodySchema.safeParse({ email: 'a@example.org', topics: Array(21).fill(1) }).success,
    ).toBe(false)
  })
})

describe('the browser check of a form answer', () => {
  // Reader pages check answers by hand (no zod in their JavaScript); it must agree with the schema.
  const samples: unknown[] = [
    { ok: true, message: 'Thanks' },
    { ok: false, message: 'Check the form', errors: [{ field: 'email', message: 'email: is required' }] },
    { ok: false, message: 'x', errors: [] },
    { ok: false, message: 'x', errors: [{ field: 'email' }] },
    { ok: false, message: 'x', errors: [null] },
    { ok: false, message: 'x', errors: 'email' },
    { ok: 'true', message: 'x' },
    { ok: true },
    { message: 'x' },
    [],
    null,
  ]
  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))(
    'agrees with formResponseSchema on %s',
    (_name, sample) => {
      expect(isFormResponse(sample)).toBe(formResponseSchema.safeParse(sample).success)
    },
  )
})
