/**
 * Text for the seed's drawn images, as SVG paths. sharp renders SVG `<text>` with whatever fonts the
 * machine has (none on a bare CI box, so labels would vanish or change shape from one machine to
 * the next); outlines from a font shipped on npm (Inter, via @fontsource) draw the same words
 * everywhere, which is what lets an infographic's description promise exactly what the image shows.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import opentype from 'opentype.js'

const require = createRequire(import.meta.url)
const fonts = new Map<number, opentype.Font>()

/** Inter at one of the weights @fontsource ships as WOFF (which opentype.js reads; WOFF2 it cannot). */
function font(weight: 400 | 600 | 700): opentype.Font {
  let loaded = fonts.get(weight)
  if (!loaded) {
    const file = readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`))
    loaded = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))
    fonts.set(weight, loaded)
  }
  return loaded
}

export type TextStyle = { size: number; weight?: 400 | 600 | 700; fill: string }

export function textWidth(text: string, { size, weight = 400 }: Pick<TextStyle, 'size' | 'weight'>): number {
  return font(weight).getAdvanceWidth(text, size)
}

/** Words wrapped into lines no wider than `maxWidth`. */
export function wrapText(
  text: string,
  style: Pick<TextStyle, 'size' | 'weight'>,
  maxWidth: number,
): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && textWidth(candidate, style) > maxWidth) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Lines of text as one SVG path, each line's baseline `lineHeight` below the last, starting at
 * `y`; `anchor` aligns each line on `x` (start, middle or end).
 */
export function textPaths(
  lines: string[],
  x: number,
  y: number,
  style: TextStyle,
  {
    anchor = 'start',
    lineHeight = style.size * 1.3,
  }: { anchor?: 'start' | 'middle' | 'end'; lineHeight?: number } = {},
): string {
  const face = font(style.weight ?? 400)
  return lines
    .map((line, index) => {
      const width = face.getAdvanceWidth(line, style.size)
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x
      const d = face.getPath(line, left, y + index * lineHeight, style.size).toPathData(1)
      return `<path d="${d}" fill="${style.fill}"/>`
    })
    .join('')
}
