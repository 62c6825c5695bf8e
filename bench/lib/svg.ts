/** A small log-log line chart as SVG text, written by hand (no chart library needed for a few curves). */

export type Series = { name: string; points: { x: number; y: number }[] }

const colours = ['#0b5d6b', '#c2410c', '#4d7c0f', '#7c3aed', '#be123c', '#1f2937', '#a16207']

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function ticks(min: number, max: number): number[] {
  const out: number[] = []
  // A value a hair above a power of ten (10,015 articles) does not open a whole empty decade.
  for (let e = Math.floor(Math.log10(min) + 0.01); e <= Math.ceil(Math.log10(max) - 0.01); e++)
    out.push(10 ** e)
  return out
}

export function logLogChart({
  title,
  xLabel,
  yLabel,
  series,
}: {
  title: string
  xLabel: string
  yLabel: string
  series: Series[]
}): string {
  const width = 860
  const height = 440
  // The legend's room: its longest names ("uncached article render (k=0.07)") must not be cut off.
  const m = { left: 70, right: 300, top: 40, bottom: 50 }
  const all = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0)
  const xs = ticks(Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x)))
  const ys = ticks(Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y)))
  const lx = (x: number) =>
    m.left +
    ((Math.log10(x) - Math.log10(xs[0]!)) / (Math.log10(xs.at(-1)!) - Math.log10(xs[0]!) || 1)) *
      (width - m.left - m.right)
  const ly = (y: number) =>
    height -
    m.bottom -
    ((Math.log10(y) - Math.log10(ys[0]!)) / (Math.log10(ys.at(-1)!) - Math.log10(ys[0]!) || 1)) *
      (height - m.top - m.bottom)
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${m.left}" y="24" font-size="15" font-weight="bold">${escape(title)}</text>`,
  ]
  for (const x of xs)
    out.push(
      `<line x1="${lx(x)}" x2="${lx(x)}" y1="${m.top}" y2="${height - m.bottom}" stroke="#ddd"/>`,
      `<text x="${lx(x)}" y="${height - m.bottom + 16}" text-anchor="middle">${x.toLocaleString('en')}</text>`,
    )
  for (const y of ys)
    out.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${ly(y)}" y2="${ly(y)}" stroke="#ddd"/>`,
      `<text x="${m.left - 6}" y="${ly(y) + 4}" text-anchor="end">${y.toLocaleString('en')}</text>`,
    )
  out.push(
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 12}" text-anchor="middle">${escape(xLabel)}</text>`,
    `<text transform="translate(16 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`,
  )
  series.forEach((s, i) => {
    const colour = colours[i % colours.length]!
    const pts = s.points.filter((p) => p.x > 0 && p.y > 0)
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map((p) => `${lx(p.x).toFixed(1)},${ly(p.y).toFixed(1)}`).join(' ')}"/>`,
      ...pts.map(
        (p) => `<circle cx="${lx(p.x).toFixed(1)}" cy="${ly(p.y).toFixed(1)}" r="3.5" fill="${colour}"/>`,
      ),
      `<rect x="${width - m.right + 14}" y="${m.top + i * 22}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${width - m.right + 32}" y="${m.top + i * 22 + 10}">${escape(s.name)}</text>`,
    )
  })
  out.push('</svg>')
  return out.join('\n')
}
