/** The paragraphs of a plain-text field (a transcript, an infographic's description): one per line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
}
