/** The command line of `npm run import:wordpress`, parsed without side effects. */
export type ImportArgs = {
  file: string
  uploadsDir?: string
  dryRun: boolean
  json: boolean
  publish?: { reason: string; adminEmail: string; reviewerSlug: string }
}

export const usage =
  'usage: npm run import:wordpress -- FILE.xml [--uploads DIR] [--dry-run] [--publish --reason "…" --as ADMIN_EMAIL --reviewer PERSON_SLUG] [--json]'

/** The parsed arguments, or the one thing wrong with them. */
export function parseImportArgs(argv: readonly string[]): ImportArgs | { error: string } {
  const files: string[] = []
  const values: Record<string, string> = {}
  const flags = new Set<string>()
  const withValue = new Set(['--uploads', '--reason', '--as', '--reviewer'])
  const bare = new Set(['--dry-run', '--json', '--publish'])
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    if (withValue.has(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        return { error: `${name} needs a value` }
      values[name] = value
    } else if (bare.has(name)) flags.add(name)
    else if (name.startsWith('--')) return { error: `unknown option ${name}` }
    else files.push(arg)
  }
  if (files.length !== 1)
    return { error: files.length ? 'give one export file' : 'which export file? give FILE.xml' }
  const publishing = flags.has('--publish')
  for (const needs of ['--reason', '--as', '--reviewer'])
    if (values[needs] !== undefined && !publishing) return { error: `${needs} goes with --publish` }
  let publish: ImportArgs['publish']
  if (publishing) {
    const reason = (values['--reason'] ?? '').trim()
    if (reason.length < 10)
      return {
        error:
          '--publish needs --reason "…": a written reason of at least 10 characters, shown in each article’s public history',
      }
    if (!values['--as'])
      return { error: '--publish needs --as ADMIN_EMAIL: the admin who publishes without clinical approval' }
    if (!values['--reviewer'])
      return {
        error:
          '--publish needs --reviewer PERSON_SLUG: Haven publishes an article only with a clinical reviewer named',
      }
    publish = { reason, adminEmail: values['--as'], reviewerSlug: values['--reviewer'] }
  }
  if (publishing && flags.has('--dry-run'))
    return { error: '--dry-run writes nothing, so it cannot --publish' }
  return {
    file: files[0]!,
    uploadsDir: values['--uploads'],
    dryRun: flags.has('--dry-run'),
    json: flags.has('--json'),
    publish,
  }
}
