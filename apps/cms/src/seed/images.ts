/**
 * Demo images made locally with sharp from SVG (the seed fetches nothing). Each article's hero is
 * drawn for it (heroes.ts), headshots are shapes only; infographics carry their words as outlines from a font on npm (drawn-text.ts), so they
 * render the same on machines without fonts. What each shows is in its alt text and description.
 */
import sharp from 'sharp'

import { textPaths, wrapText } from './drawn-text'
import { heroScenes } from './heroes'

type Palette = [string, string]

function svg(width: number, height: number, body: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
  )
}

/** A small deterministic pseudo-random sequence, so the same seed always draws the same picture. */
function sequence(seed: string): () => number {
  let h = 2166136261
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    return ((h ^= h >>> 16) >>> 0) / 4294967296
  }
}

/**
 * An article's hero: its own drawing (heroes.ts) when the seed has one for `key` (the article's slug),
 * else abstract circles in its colours (the benchmarks' generated articles, whose alt text says so).
 */
export async function heroImage(key: string, [a, b]: Palette): Promise<Buffer> {
  const scene = heroScenes[key]
  return sharp(svg(1600, 900, scene ? scene.draw(a, b) : abstractCircles(key, a, b)))
    .png({ compressionLevel: 9 })
    .toBuffer()
}

function abstractCircles(key: string, a: string, b: string): string {
  const rand = sequence(key)
  const circles = Array.from({ length: 7 }, () => {
    const r = 80 + rand() * 260
    return `<circle cx="${(rand() * 1600).toFixed(0)}" cy="${(rand() * 900).toFixed(0)}" r="${r.toFixed(0)}" fill="${rand() > 0.5 ? a : '#ffffff'}" fill-opacity="${(0.15 + rand() * 0.35).toFixed(2)}"/>`
  }).join('')
  return `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${b}"/><stop offset="1" stop-color="${a}"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/>${circles}`
}

/**
 * A fictional partner's logo: its initial, drawn as outlines, white on its colour in a rounded square
 * (320 px; readers see it at 56 px beside the partner's name).
 */
export async function logoImage(name: string, colour: string): Promise<Buffer> {
  const initial = name.trim().charAt(0).toUpperCase()
  const letter = textPaths(
    [initial],
    160,
    232,
    { size: 200, weight: 700, fill: '#ffffff' },
    { anchor: 'middle' },
  )
  return sharp(svg(320, 320, `<rect width="320" height="320" rx="72" fill="${colour}"/>${letter}`))
    .png({ compressionLevel: 9 })
    .toBuffer()
}

export async function headshotImage(key: string, [a, b]: Palette): Promise<Buffer> {
  const rand = sequence(key)
  const shift = (rand() * 40 - 20).toFixed(0)
  return sharp(
    svg(
      480,
      480,
      `<rect width="480" height="480" fill="${b}"/><circle cx="${240 + Number(shift)}" cy="190" r="92" fill="${a}" fill-opacity="0.85"/><path d="M60 480 C 80 330, 400 330, 420 480 Z" fill="${a}" fill-opacity="0.85"/>`,
    ),
  )
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/** What an infographic says, drawn into it as outlines (see drawn-text.ts). */
export type InfographicDrawing = {
  /** circles: left circle, right circle, their overlap; bars: one per bar; steps: one per step, from the bottom. */
  labels: string[]
  /** circles and bars: notes beneath; steps: captions above the staircase. */
  notes: string[]
}

const INK = '#1c2230'
const WIDTH = 1200
const HEIGHT = 800

/**
 * An infographic with its title, labels and notes written into it, so that its long description
 * (written beside it in the seed) tells a screen-reader user exactly what a sighted reader sees.
 */
export async function infographicImage(
  title: string,
  motif: 'circles' | 'bars' | 'steps',
  [a, b]: Palette,
  { labels, notes }: InfographicDrawing,
): Promise<Buffer> {
  const heading = textPaths(wrapText(title, { size: 46, weight: 700 }, WIDTH - 160), 80, 92, {
    size: 46,
    weight: 700,
    fill: INK,
  })
  let shapes = ''
  if (motif === 'circles') {
    const [left = '', right = '', overlap = ''] = labels
    const label = (text: string, x: number, width: number) => {
      const style = { size: 30, weight: 600 as const, fill: INK }
      const lines = wrapText(text, style, width)
      return textPaths(lines, x, 390 - ((lines.length - 1) * 39) / 2, style, { anchor: 'middle' })
    }
    shapes =
      `<circle cx="470" cy="380" r="215" fill="${a}" fill-opacity="0.28"/>` +
      `<circle cx="730" cy="380" r="215" fill="${a}" fill-opacity="0.28"/>` +
      label(left, 375, 190) +
      label(right, 825, 190) +
      label(overlap, 600, 150)
    shapes += notes.map((note, index) => bullet(note, 80, 660 + index * 44, a)).join('')
  } else if (motif === 'bars') {
    shapes = labels
      .map((text, index) => {
        const y = 140 + index * 86
        return (
          `<rect x="80" y="${y}" width="${WIDTH - 160}" height="70" rx="14" fill="${a}" fill-opacity="${(0.16 + index * 0.05).toFixed(2)}"/>` +
          textPaths([text], 112, y + 46, { size: 30, weight: 600, fill: INK })
        )
      })
      .join('')
    const style = { size: 24, fill: INK }
    shapes += textPaths(wrapText(notes.join(' '), style, WIDTH - 160), 80, 680 + 8, style)
  } else {
    const count = Math.max(labels.length, 1)
    const stepWidth = (WIDTH - 120) / count
    const rise = 360 / count
    const style = { size: 19, weight: 600 as const, fill: INK }
    shapes = labels
      .map((text, index) => {
        const x = 60 + index * stepWidth
        const top = HEIGHT - 60 - (index + 1) * rise - 60
        const lines = wrapText(text, style, stepWidth - 24)
        return (
          `<rect x="${x.toFixed(0)}" y="${top.toFixed(0)}" width="${(stepWidth - 8).toFixed(0)}" height="${(HEIGHT - 40 - top).toFixed(0)}" rx="10" fill="${a}" fill-opacity="${(0.18 + index * 0.06).toFixed(2)}"/>` +
          textPaths(lines, x + 12, top + 30, style, { lineHeight: 24 })
        )
      })
      .join('')
    const captionStyle = { size: 26, fill: INK }
    shapes += notes
      .map((note, index) =>
        textPaths(wrapText(note, captionStyle, WIDTH - 160), 80, 160 + index * 40, captionStyle),
      )
      .join('')
  }
  return sharp(
    svg(WIDTH, HEIGHT, `<rect width="${WIDTH}" height="${HEIGHT}" fill="${b}"/>${heading}${shapes}`),
  )
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/** One note with a round bullet in the accent colour. */
function bullet(text: string, x: number, y: number, colour: string): string {
  return (
    `<circle cx="${x + 8}" cy="${y - 9}" r="7" fill="${colour}"/>` +
    textPaths([text], x + 28, y, { size: 26, fill: INK })
  )
}
