import { CONSENT_COOKIE, DEFAULT_CONSENT, parseConsentCookie } from '@haven/schemas'
import type { BrowserContext } from 'playwright-core'

import { axeViolations, freshPagePerTest, launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const webHost = new URL(webUrl).host
const flagship = `${webUrl}/articles/emotional-intimacy`
const page = freshPagePerTest()

/** Every request the page makes that leaves the site's own host (third-party requests are aborted). */
async function recordThirdParty(): Promise<string[]> {
  const outside: string[] = []
  await page().route(
    (url) => url.host !== webHost,
    (route) => {
      outside.push(route.request().url())
      return route.abort()
    },
  )
  return outside
}

async function storedChoice(context: BrowserContext) {
  const cookie = (await context.cookies(webUrl)).find((c) => c.name === CONSENT_COOKIE)
  return parseConsentCookie(cookie?.value, DEFAULT_CONSENT.version)
}

const banner = () => page().getByRole('region', { name: DEFAULT_CONSENT.heading })
/** What was pushed to the dataLayer (gtag pushes `arguments` objects; made arrays here to compare). */
const dataLayer = () =>
  page().evaluate(() =>
    (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((entry) => Array.from(entry)),
  )

describe('cookie consent', () => {
  it('shows a fresh visitor the banner, with no third-party request and no cookie before a choice', async () => {
    const outside = await recordThirdParty()
    await page().goto(flagship)
    await banner().waitFor()
    await page().waitForLoadState('networkidle')

    expect(outside).toEqual([])
    expect(await page().context().cookies()).toEqual([])
    expect(await page().locator('iframe').count()).toBe(0)
    // Consent Mode v2 defaults were the first thing pushed, all denied.
    expect((await dataLayer())[0]).toEqual([
      'consent',
      'default',
      expect.objectContaining({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
      }),
    ])
    const sizes = await Promise.all(
      ['Accept all', 'Reject all', 'Settings'].map((name) =>
        banner().getByRole('button', { name }).boundingBox(),
      ),
    )
    // Equal prominence: the three buttons have the same height, and refusing is not smaller than agreeing.
    expect(new Set(sizes.map((box) => Math.round(box!.height))).size).toBe(1)
    expect(sizes[1]!.width).toBeGreaterThanOrEqual(sizes[0]!.width - 1)
  })

  it('rejects in one click, remembers it on the next page, and still loads nothing from outside', async () => {
    const outside = await recordThirdParty()
    await page().goto(flagship)
    await banner().getByRole('button', { name: 'Reject all' }).click()

    expect(await storedChoice(page().context())).toMatchObject({
      media: false,
      analytics: false,
      marketing: false,
    })
    await page().goto(`${webUrl}/about-us`)
    await page().getByRole('heading', { level: 1 }).waitFor()
    await page().waitForTimeout(300)
    expect(await banner().count()).toBe(0)
    await page().goto(flagship)
    await page().waitForLoadState('networkidle')
    expect(await page().locator('iframe').count()).toBe(0)
    expect(outside).toEqual([])
  })

  it('accepts in one click, updates Consent Mode, remembers it and loads the video without a click', async () => {
    const outside = await recordThirdParty()
    await page().goto(flagship)
    await banner().getByRole('button', { name: 'Accept all' }).click()

    expect(await storedChoice(page().context())).toMatchObject({
      media: true,
      analytics: true,
      marketing: true,
    })
    expect(await dataLayer()).toContainEqual([
      'consent',
      'update',
      expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'granted' }),
    ])
    await page().reload()
    await page().locator('iframe').first().waitFor()
    expect(await banner().count()).toBe(0)
    expect(await page().locator('iframe').first().getAttribute('src')).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/hvnDemo0001/,
    )
    expect(outside.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true)
  })

  it('loads the video once on an explicit click without storing consent for media', async () => {
    const outside = await recordThirdParty()
    await page().goto(flagship)
    await banner().getByRole('button', { name: 'Reject all' }).click()
    expect(outside).toEqual([])

    await page()
      .getByRole('button', { name: /^Play video/ })
      .click()
    await page().locator('iframe').first().waitFor()
    expect(outside.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true)
    expect((await storedChoice(page().context()))?.media).toBe(false)
  })

  it('withdraws consent from the footer in as few clicks as it was given', async () => {
    await page().goto(flagship)
    await banner().getByRole('button', { name: 'Accept all' }).click()

    await page().getByRole('button', { name: 'Cookie settings' }).click()
    await banner().getByRole('button', { name: 'Reject all' }).click()

    expect(await storedChoice(page().context())).toMatchObject({
      media: false,
      analytics: false,
      marketing: false,
    })
    expect(await page().locator('iframe').count()).toBe(0)
  })

  it('is operable from the keyboard, and the focused control is never covered', async () => {
    await page().goto(flagship)
    await banner().waitFor()
    await page().keyboard.press('Tab') // the skip link
    await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Accept all')
    await page().keyboard.press('Tab')
    await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Settings')
    await page().keyboard.press('Enter')
    await page().keyboard.press('Tab') // Media embeds (the necessary box is disabled, so skipped)
    await page().keyboard.press('Space')
    await page().keyboard.press('Tab')
    await page().keyboard.press('Tab')
    await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Save my choices')
    await page().keyboard.press('Enter')
    expect(await storedChoice(page().context())).toMatchObject({ media: true, analytics: false })

    // Tab through the page: whatever has focus is the topmost element at its own centre.
    for (let i = 0; i < 25; i += 1) {
      await page().keyboard.press('Tab')
      const covered = await page().evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return false
        const box = el.getBoundingClientRect()
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return top !== null && !el.contains(top) && !top.contains(el)
      })
      expect(covered).toBe(false)
    }
  })

  it('is in the first paint on a phone, so nothing on the page moves when it shows', async () => {
    // The banner once appeared after hydration, above the content: a layout shift of about 0.36.
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })
      const phone = await context.newPage()
      await phone.addInitScript(() => {
        const shifts: number[] = []
        Object.assign(window, { shifts })
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            shifts.push(entry.value)
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await phone.goto(flagship)
      await phone.getByRole('region', { name: DEFAULT_CONSENT.heading }).waitFor()
      await phone.waitForTimeout(1500)
      const total = await phone.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
      )
      expect(total).toBeLessThan(0.05)
    } finally {
      await browser.close()
    }
  })

  it('stays hidden without JavaScript, whose absence would leave its buttons doing nothing', async () => {
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const plain = await context.newPage()
      await plain.goto(flagship)
      await plain.getByRole('heading', { level: 1 }).waitFor()
      expect(await plain.getByRole('region', { name: DEFAULT_CONSENT.heading }).count()).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it('has no axe violations with the banner and its settings open', async () => {
    await page().goto(flagship)
    await banner().getByRole('button', { name: 'Settings' }).click()
    expect(await axeViolations(page())).toEqual([])
  })
})
