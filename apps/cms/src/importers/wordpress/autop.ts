/**
 * Classic-editor content stores paragraphs as blank lines, not `<p>`: WordPress adds them when it
 * displays a post (`wpautop`). This does the same outline before conversion: blank lines make
 * paragraphs, single line breaks `<br>`, block-level HTML is left as it is, `<pre>` untouched.
 * Hand-written because the npm ports of wpautop are unmaintained; this covers what the converter needs.
 */
const blockTags =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script|noscript|video|audio|object'

const opening = new RegExp(`(<(?:${blockTags})(?=[\\s/>]))`, 'gi')
const closingTag = new RegExp(`(</(?:${blockTags})>)`, 'gi')
const startsWithBlock = new RegExp(`^</?(?:${blockTags})(?=[\\s/>])`, 'i')

export function autop(html: string): string {
  const preserved: string[] = []
  let text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `\n\n<!--haven-pre-${preserved.push(pre) - 1}-->\n\n`)
  text = text.replace(opening, '\n\n$1').replace(closingTag, '$1\n\n')
  const chunks = text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
  return chunks
    .map((chunk) => {
      const pre = /^<!--haven-pre-(\d+)-->$/.exec(chunk)
      if (pre) return preserved[Number(pre[1])]!
      if (startsWithBlock.test(chunk) || /^<!--[\s\S]*-->$/.test(chunk)) return chunk
      return `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`
    })
    .join('\n')
}
