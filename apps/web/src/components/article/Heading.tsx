import type { ComponentProps } from 'react'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/**
 * A heading whose level depends on where it is placed. Blocks sit in sections whose headings are h2,
 * so their own headings are h3; a block placed before the first section (an offers group under the
 * introduction) takes h2, so that no level is skipped after the page's h1. Levels past 6 stay 6.
 */
export function Heading({ level, ...props }: { level: number } & ComponentProps<'h2'>) {
  const Tag = `h${Math.min(6, Math.max(2, Math.round(level))) as HeadingLevel}` as const
  return <Tag {...props} />
}
