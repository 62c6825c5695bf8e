import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const currentPage = freshPagePerTest()
let page: Page
beforeEach(() => {
  page = currentPage()
})

describe('a topic page', () => {
  it('shows its breadcrumbs, its sub-topics and its articles', async () => {
    const response = await page.goto(`${webUrl}/topics/mental-health/addiction`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Addiction')
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' })
    await expect(crumbs.getByRole('link', { name: 'Mental Health' }).getAttribute('href')).resolves.toBe(
      '/topics/mental-health',
    )
    await expect(
      page
        .getByRole('region', { name: 'Topics in Addiction' })
        .getByRole('link', { name: 'Addiction vs Dependence' })
        .count(),
    ).resolves.toBe(1)
    expect(
      await page.getByRole('region', { name: 'Articles on Addiction' }).getByRole('link').count(),
    ).toBeGreaterThan(0)
  })

  it('has no axe violations', async () => {
    await page.goto(`${webUrl}/topics/mental-health/addiction`)
    expect(await axeViolations(page)).toEqual([])
  })

  it('answers an unknown topic with 404', async () => {
    expect((await page.goto(`${webUrl}/topics/mental-health/not-a-topic`))?.status()).toBe(404)
  })
})

describe('a person page', () => {
  it('shows a reviewer’s credentials with licence and the articles they reviewed', async () => {
    const response = await page.goto(`${webUrl}/people/tomas-lindqvist`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tomás Lindqvist, MD')
    await expect(page.getByRole('list', { name: 'Credentials' }).textContent()).resolves.toMatch(
      /Doctor of Medicine \(MD\), licensed in CA/,
    )
    await expect(page.getByRole('img', { name: 'Headshot of Tomás Lindqvist, MD' }).count()).resolves.toBe(1)
    const reviewed = page.getByRole('region', { name: 'Articles reviewed by Tomás Lindqvist' })
    await expect(
      reviewed.getByRole('link', { name: /^Emotional Intimacy: What It Is/ }).count(),
    ).resolves.toBe(1)
  })

  it('has no axe violations', async () => {
    await page.goto(`${webUrl}/people/maren-okafor`)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('a static page', () => {
  it('shows the editorial policy from the CMS', async () => {
    const response = await page.goto(`${webUrl}/editorial-policy`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Editorial/i)
  })

  it('shows the crisis-resources page without any retired crisis number', async () => {
    await page.goto(`${webUrl}/crisis-resources`)
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).toContain('988')
    expect(text).not.toMatch(/811|273-8255/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('answers an unknown single-segment path with the site’s 404 page', async () => {
    expect((await page.goto(`${webUrl}/no-such-page`))?.status()).toBe(404)
  })
})
