/**
 * Demo images made locally with sharp from SVG (the seed fetches nothing). Shapes only, no text, so
 * they render the same on machines without fonts; what they show is in their alt text.
 */
import sharp from 'sharp'

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

export async function heroImage(key: string, [a, b]: Palette): Promise<Buffer> {
  const rand = sequence(key)
  const circles = Array.from({ length: 7 }, () => {
    const r = 80 + rand() * 260
    return `<circle cx="${(rand() * 1600).toFixed(0)}" cy="${(rand() * 900).toFixed(0)}" r="${r.toFixed(0)}" fill="${rand() > 0.5 ? a : '#ffffff'}" fill-opacity="${(0.15 + rand() * 0.35).toFixed(2)}"/>`
  }).join('')
  return sharp(
    svg(
      1600,
      900,
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${b}"/><stop offset="1" stop-color="${a}"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/>${circles}`,
    ),
  )
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

export async function infographicImage(
  key: string,
  motif: 'circles' | 'bars' | 'steps',
  [a, b]: Palette,
): Promise<Buffer> {
  const rand = sequence(key)
  let shapes = ''
  if (motif === 'circles') {
    shapes = [0, 1, 2]
      .map(
        (i) =>
          `<circle cx="${300 + i * 200}" cy="400" r="${150 + rand() * 40}" fill="${a}" fill-opacity="0.35"/>`,
      )
      .join('')
  } else if (motif === 'bars') {
    shapes = Array.from({ length: 6 }, (_, i) => {
      const h = 150 + rand() * 450
      return `<rect x="${120 + i * 160}" y="${700 - h}" width="110" height="${h}" rx="12" fill="${a}" fill-opacity="${0.4 + i * 0.1}"/>`
    }).join('')
  } else {
    shapes = Array.from(
      { length: 7 },
      (_, i) =>
        `<rect x="${90 + i * 150}" y="${620 - i * 75}" width="130" height="${80 + i * 75}" rx="10" fill="${a}" fill-opacity="${0.3 + i * 0.1}"/>`,
    ).join('')
  }
  return sharp(svg(1200, 800, `<rect width="1200" height="800" fill="${b}"/>${shapes}`))
    .png({ compressionLevel: 9 })
    .toBuffer()
}
