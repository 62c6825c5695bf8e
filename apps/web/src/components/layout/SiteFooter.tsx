import { linkHref, validBadges } from '@haven/schemas'
import Link from 'next/link'

import { getCrisisResources, getNewsletterTopics, getSiteSettings } from '@/lib/content'
import { chromeRead } from '@/lib/site-chrome'

import { CookieSettingsButton } from '../consent/CookieSettingsButton'
import { NewsletterForm } from '../forms/NewsletterForm'
import '../forms/forms.css'
import { CrisisLines } from './CrisisLines'

/** Crisis lines, the footer link groups and trust badges (only while valid), all from the CMS. */
export async function SiteFooter() {
  const [settings, crisis, topics] = await Promise.all([
    chromeRead(getSiteSettings),
    chromeRead(getCrisisResources),
    chromeRead(getNewsletterTopics),
  ])
  const badges = settings ? validBadges(settings.trustBadges ?? [], new Date()) : []
  return (
    <footer className="site-footer">
      {crisis ? <CrisisLines resources={crisis} /> : null}
      <NewsletterForm
        heading={settings?.newsletter?.heading || 'The Haven newsletter'}
        body={settings?.newsletter?.body}
        ctaLabel={settings?.newsletter?.ctaLabel || 'Sign up'}
        topics={(topics ?? []).map((topic) => ({ id: topic.id, title: topic.title }))}
      />
      {settings?.footerGroups?.length ? (
        <nav aria-label="Footer" className="site-footer__groups">
          {settings.footerGroups.map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h2>{group.title}</h2>
              <ul>
                {group.links.map((item) => {
                  const href = linkHref(item.link)
                  return <li key={item.label}>{href ? <Link href={href}>{item.label}</Link> : item.label}</li>
                })}
              </ul>
            </section>
          ))}
        </nav>
      ) : null}
      {badges.length ? (
        <ul className="site-footer__badges" aria-label="Trust badges">
          {badges.map((badge) => (
            <li key={badge.name}>
              {badge.url ? <a href={badge.url}>{badge.name}</a> : <strong>{badge.name}</strong>}
              {badge.description ? <span>: {badge.description}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="site-footer__privacy">
        <CookieSettingsButton />
      </p>
      <p className="site-footer__tagline">
        {settings?.tagline ?? 'Haven publishes mental-health writing reviewed by licensed clinicians.'}
      </p>
    </footer>
  )
}
