import type { ImportSummary } from './import'

/** The summary a person reads after an import: counts per kind, then every skipped or partial item. */
export function formatSummary(summary: ImportSummary): string {
  const lines: string[] = []
  const verb = summary.dryRun ? 'would import (dry run: nothing was written)' : 'imported'
  lines.push(`${summary.source} (WXR ${summary.wxrVersion}) ${verb} in ${summary.seconds} s`)
  for (const [kind, c] of Object.entries(summary.counts)) {
    const total = c.created + c.updated + c.unchanged + c.skipped
    if (!total) continue
    lines.push(
      `  ${kind.padEnd(10)} ${String(c.created).padStart(6)} new  ${String(c.updated).padStart(6)} updated  ${String(c.unchanged).padStart(6)} unchanged  ${String(c.skipped).padStart(6)} skipped`,
    )
  }
  if (summary.published)
    lines.push(`  published ${summary.published} (with the reason in each article’s public history)`)
  const skipped = summary.items.filter((i) => i.status === 'skipped')
  const partial = summary.items.filter((i) => i.status === 'partial')
  for (const [heading, items] of [
    ['Skipped', skipped],
    ['Imported with notes', partial],
  ] as const) {
    if (!items.length) continue
    lines.push('', `${heading} (${items.length}):`)
    for (const item of items) {
      lines.push(`  ${item.kind} ${item.wpId} "${item.title}"`)
      for (const reason of item.reasons) lines.push(`    - ${reason}`)
    }
  }
  return lines.join('\n')
}

/** One line of progress for a terminal: `content ████░░░░ 1234/5000`. */
export function progressLine(phase: string, done: number, total: number, width = 30): string {
  const ratio = total ? Math.min(1, done / total) : 1
  const filled = Math.round(ratio * width)
  return `${phase.padEnd(8)} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total}`
}
