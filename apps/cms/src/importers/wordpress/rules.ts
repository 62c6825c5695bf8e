import { crisisNumberProblem } from '@haven/schemas'

/** The retired US lifeline in any common spelling (1-800-273-8255, (800) 273-8255, 800-273-TALK). */
const superseded = /\b1?[-. (]*800[-. )]*273[-. ]*(8255|talk)\b/i

/**
 * Haven's content rules that a post must meet to be imported at all, checked on its text before
 * anything is written (so `--dry-run` reports them too). The same rules guard every save
 * (`hooks/validateReferences.ts`), which the importer also reports should one refuse.
 */
export function contentRuleProblems(text: string): string[] {
  const problems: string[] = []
  if (superseded.test(text))
    problems.push(
      'a retired crisis number: 800-273-8255 was superseded by 988; crisis numbers come from Crisis resources, not the text',
    )
  for (const match of text.matchAll(/\b(?:call|dial|text)\s+(\d{3})\b/gi)) {
    const reason = crisisNumberProblem('US', match[1]!)
    if (reason && match[1] !== '911' && match[1] !== '988') problems.push(`"${match[0]}": ${reason}`)
  }
  return problems
}
