/**
 * WordPress shortcodes (`[gallery ids="1,2"]`, `[caption]…[/caption]`): the few Haven can express are
 * rewritten into HTML the converter understands; every other one is removed (an enclosing one keeps
 * its content) and noted. Hand-written: no maintained npm parser handles WordPress's grammar, and
 * this needs only its outline (name, attributes, optional closing tag).
 */

/** Shortcodes of WordPress itself, recognised even without attributes or a closing tag. */
const coreShortcodes = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist'])

const tag = /\[(\/)?([a-zA-Z][\w-]*)((?:\s[^\]]*?)?)(\/)?\]/g

export type ShortcodeResult = { html: string; notes: string[] }

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of raw.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g))
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  return out
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** Rewrites or removes the shortcodes in `html`; what was done with each is in `notes`. */
export function handleShortcodes(html: string): ShortcodeResult {
  if (!html.includes('[')) return { html, notes: [] }
  const closing = new Set([...html.matchAll(/\[\/([a-zA-Z][\w-]*)\]/g)].map((m) => m[1]!.toLowerCase()))
  const isShortcode = (name: string, attrs: string) =>
    coreShortcodes.has(name) || closing.has(name) || attrs.trim().length > 0
  const notes = new Map<string, string>()
  const note = (name: string, what: string) => notes.set(name, `[${name}] shortcode ${what}`)

  // Enclosing shortcodes first (innermost content is kept), then self-closing ones.
  let out = html.replace(
    /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi,
    (_all, _name: string, _attrs: string, inner: string) => {
      const img = /<img[^>]*>/i.exec(inner)?.[0] ?? ''
      const anchor = new RegExp(`<a[^>]*>\\s*${img.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*</a>`, 'i')
      const caption = inner.replace(anchor, '').replace(img, '').trim()
      return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
    },
  )
  out = out.replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/gi, (_all, _attrs: string, url: string) => {
    return `\n\n<p>${url.trim()}</p>\n\n`
  })
  out = out.replace(tag, (all, slash: string | undefined, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase()
    if (!isShortcode(name, attrs)) return all
    if (slash) return ''
    if (name === 'gallery') {
      const ids = attributes(attrs).ids ?? ''
      note(name, 'became an infographic gallery of its images (add a title and descriptions)')
      return `<figure data-wp-gallery="${escapeAttr(ids)}"></figure>`
    }
    note(
      name,
      closing.has(name)
        ? 'removed (its content was kept)'
        : 'removed: Haven has nothing like it, add it by hand',
    )
    return ''
  })
  return { html: out, notes: [...notes.values()] }
}
