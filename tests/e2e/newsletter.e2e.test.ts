import { CONSENT_COOKIE } from '@haven/schemas'

import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
const page = freshPagePerTest()

async function adminToken(): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
  })
  return ((await response.json()) as { token: string }).token
}

type OutboxMessage = { subject: string; text: string; headers?: Record<string, string> | null }

/** The messages the CMS "sent" to `email`, oldest first, read from the outbox as an admin. */
async function outbox(email: string): Promise<OutboxMessage[]> {
  const query = new URLSearchParams({ 'where[to][equals]': email, sort: 'createdAt' })
  const response = await fetch(`${cmsUrl}/api/outbox?${query}`, {
    headers: { Authorization: `JWT ${await adminToken()}` },
  })
  return ((await response.json()) as { docs: OutboxMessage[] }).docs
}

async function subscriberStatus(email: string): Promise<string | undefined> {
  const query = new URLSearchParams({ 'where[email][equals]': email })
  const response = await fetch(`${cmsUrl}/api/subscribers?${query}`, {
    headers: { Authorization: `JWT ${await adminToken()}` },
  })
  return ((await response.json()) as { docs: { status: string }[] }).docs[0]?.status
}

function link(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`).exec(text)
  if (!match) throw new Error(`no ${path} link in: ${text}`)
  return match[0]
}

/** Readers who already chose about cookies: the banner is not part of these tests. */
async function withConsentChosen() {
  await page()
    .context()
    .addCookies([
      {
        name: CONSENT_COOKIE,
        value: encodeURIComponent(
          JSON.stringify({
            version: '1',
            date: new Date().toISOString(),
            media: false,
            analytics: false,
            marketing: false,
          }),
        ),
        url: webUrl,
      },
    ])
}

describe('newsletter', () => {
  it('subscribes → confirms → unsubscribes end to end through the outbox', async () => {
    await withConsentChosen()
    const email = `e2e-${Date.now()}@example.org`
    await page().goto(`${webUrl}/about-us`)
    const signup = page().getByRole('region', { name: 'The Haven newsletter' })
    await signup.getByLabel('Email address').fill(email)
    await signup.getByRole('checkbox').first().check()
    await signup.getByRole('button', { name: 'Sign up' }).click()
    await expect(signup.getByRole('status').textContent()).resolves.toMatch(/confirmation link is on its way/)
    expect(await subscriberStatus(email)).toBe('pending')

    const [confirmation] = await outbox(email)
    const confirmUrl = link(confirmation!.text, '/newsletter/confirm')
    expect(confirmUrl.startsWith(`${webUrl}/newsletter/confirm?token=`)).toBe(true)
    await page().goto(confirmUrl)
    await page().getByRole('button', { name: 'Confirm my subscription' }).click()
    await expect(page().getByRole('status').textContent()).resolves.toMatch(/You are subscribed/)
    expect(await subscriberStatus(email)).toBe('confirmed')

    // The same link again: one-time.
    await page().goto(confirmUrl)
    await page().getByRole('button', { name: 'Confirm my subscription' }).click()
    // Scoped to main: Next.js's route announcer is an (empty) alert too.
    await expect(page().getByRole('main').getByRole('alert').textContent()).resolves.toMatch(
      /expired or was already used/,
    )

    const welcome = (await outbox(email)).find((message) => message.subject.startsWith('Welcome'))!
    await page().goto(link(welcome.text, '/newsletter/unsubscribe'))
    expect(await axeViolations(page())).toEqual([])
    await page().getByRole('button', { name: 'Unsubscribe' }).click()
    await expect(page().getByRole('status').textContent()).resolves.toMatch(/You are unsubscribed/)
    expect(await subscriberStatus(email)).toBe('unsubscribed')
  })

  it('honours a mail client’s one-click unsubscribe (List-Unsubscribe-Post)', async () => {
    await withConsentChosen()
    const email = `e2e-oneclick-${Date.now()}@example.org`
    await page().goto(`${webUrl}/about-us`)
    const signup = page().getByRole('region', { name: 'The Haven newsletter' })
    await signup.getByLabel('Email address').fill(email)
    await signup.getByRole('button', { name: 'Sign up' }).click()
    await signup.getByRole('status').waitFor()
    await page().goto(link((await outbox(email))[0]!.text, '/newsletter/confirm'))
    await page().getByRole('button', { name: 'Confirm my subscription' }).click()
    await page().getByRole('status').waitFor()

    const welcome = (await outbox(email)).find((message) => message.subject.startsWith('Welcome'))!
    const target = /<([^>]+)>/.exec(welcome.headers!['List-Unsubscribe']!)![1]!
    expect(target.startsWith(`${webUrl}/api/newsletter/unsubscribe?token=`)).toBe(true)
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(response.status).toBe(200)
    expect(await subscriberStatus(email)).toBe('unsubscribed')
  })

  it('names the field when the address is malformed, and stores nothing', async () => {
    await withConsentChosen()
    await page().goto(`${webUrl}/about-us`)
    const signup = page().getByRole('region', { name: 'The Haven newsletter' })
    await signup.getByLabel('Email address').fill('not-an-address')
    await signup.getByRole('button', { name: 'Sign up' }).click()
    await expect(signup.getByRole('alert').textContent()).resolves.toMatch(/^email: must be an email address/)
    await expect(signup.getByLabel('Email address').getAttribute('aria-invalid')).resolves.toBe('true')
  })
})

describe('Contact Us and Write for Us', () => {
  it('sends a Contact Us message and confirms it clearly', async () => {
    await withConsentChosen()
    await page().goto(`${webUrl}/contact-us`)
    const form = page().getByRole('form', { name: 'Contact Us' })
    await form.getByLabel('Your name').fill('Ada Reader')
    await form.getByLabel('Your email address').fill('ada-e2e@example.org')
    await form.getByLabel('What is it about?').selectOption('article')
    await form.getByLabel('Your message').fill('The sleep article has a typo in the second section.')
    await form.getByRole('button', { name: 'Send message' }).click()
    const confirmation = page().getByRole('status')
    await expect(confirmation.textContent()).resolves.toMatch(/your message has reached the Haven team/)
    await expect(confirmation.textContent()).resolves.toMatch(/We read every message/)
  })

  it('shows the server’s error beside the field it names', async () => {
    await withConsentChosen()
    await page().goto(`${webUrl}/write-for-us`)
    const form = page().getByRole('form', { name: 'Write for Us' })
    await form.getByLabel('Your name').fill('Sam Writer')
    await form.getByLabel('Your email address').fill('sam-e2e@example.org')
    await form.getByLabel('Working headline').fill('What grief does to sleep')
    await form.getByLabel('Your pitch').fill('A piece on grief and sleep.')
    await form.getByRole('button', { name: 'Send pitch' }).click()
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/guidelines: must be ticked/)
    const box = form.getByLabel('I have read the editorial policy')
    await expect(box.getAttribute('aria-invalid')).resolves.toBe('true')
    await box.check()
    await form.getByRole('button', { name: 'Send pitch' }).click()
    await expect(page().getByRole('status').textContent()).resolves.toMatch(/Thank you/)
  })

  it('has no axe violations on the Contact Us page', async () => {
    await withConsentChosen()
    await page().goto(`${webUrl}/contact-us`)
    await page().getByRole('form', { name: 'Contact Us' }).waitFor()
    expect(await axeViolations(page())).toEqual([])
  })
})
