/**
 * Crisis lines as plain HTML, for the one page that is not rendered by React: the 503 that
 * `http-patches/unavailable-status.ts` writes while the CMS is down. Same words and links as
 * `components/layout/CrisisLines.tsx` (tel:/sms: links, chat online), plus each region's emergency number.
 */
import { crisisRegions, type CrisisResources } from '@haven/schemas'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const channelVerb = { call: 'call', text: 'text', chat: 'chat' } as const

/** Only web addresses become links: a stored URL is shown to readers who cannot check it. */
const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https:\/\//i.test(url)

type Line = CrisisResources['regions'][number]['lines'][number]

function lineHtml(line: Line): string {
  const dial = line.number.replace(/[^\d+]/g, '')
  const ways = line.channels.map((channel) =>
    channel === 'chat' && isWebUrl(line.url)
      ? `<a href="${escape(line.url)}">chat online</a>`
      : `${channelVerb[channel]} <a href="${channel === 'text' ? 'sms' : 'tel'}:${escape(dial)}">${escape(line.number)}</a>`,
  )
  return `<li><strong>${escape(line.label)}</strong>: ${ways.join(', ')}${line.hours ? ` (${escape(line.hours)})` : ''}</li>`
}

/** The crisis lines section: heading, intro, and per region its emergency number and lines. */
export function crisisLinesHtml(resources: CrisisResources): string {
  const regions = resources.regions.map((region) => {
    const name = crisisRegions[region.region]?.name ?? region.region
    const emergency = `<li>Emergency: call <a href="tel:${escape(region.emergencyNumber.replace(/[^\d+]/g, ''))}">${escape(region.emergencyNumber)}</a></li>`
    return `<section aria-label="Crisis lines in ${escape(name)}"><h3>${escape(name)}</h3><ul>${emergency}${region.lines.map(lineHtml).join('')}</ul></section>`
  })
  return `<section aria-labelledby="crisis-lines-heading"><h2 id="crisis-lines-heading">${escape(resources.heading)}</h2>${resources.intro ? `<p>${escape(resources.intro)}</p>` : ''}${regions.join('')}</section>`
}
