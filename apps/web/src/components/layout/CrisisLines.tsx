import { crisisRegions, type CrisisResources } from '@haven/schemas'

const channelVerb = { call: 'Call', text: 'Text', chat: 'Chat' } as const

/** Crisis lines from the one crisis-resources global: the same place, the same numbers, on every page. */
export function CrisisLines({ resources }: { resources: CrisisResources }) {
  return (
    <section className="crisis-lines" aria-labelledby="crisis-lines-heading">
      <h2 id="crisis-lines-heading">{resources.heading}</h2>
      {resources.intro ? <p>{resources.intro}</p> : null}
      <div className="crisis-lines__regions">
        {resources.regions.map((region) => (
          <section key={region.region} aria-label={`Crisis lines in ${crisisRegions[region.region].inText}`}>
            <h3>{crisisRegions[region.region].name}</h3>
            <ul>
              {region.lines.map((line) => (
                <li key={line.label}>
                  <strong>{line.label}</strong>:{' '}
                  {line.channels.map((channel, index) => (
                    <span key={channel}>
                      {index > 0 ? ', ' : ''}
                      {channel === 'chat' && line.url ? (
                        <a href={line.url}>chat online</a>
                      ) : (
                        <>
                          {channelVerb[channel].toLowerCase()}{' '}
                          <a
                            href={`${channel === 'text' ? 'sms' : 'tel'}:${line.number.replace(/[^\d+]/g, '')}`}
                          >
                            {line.number}
                          </a>
                        </>
                      )}
                    </span>
                  ))}
                  {line.hours ? ` (${line.hours})` : null}
                  {/* How to reach the line in words, e.g. "Text HOME to 741741": a bare number is not
                      enough for lines that need a keyword or a different number for texts. */}
                  {line.description ? <span className="crisis-lines__how">{line.description}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
