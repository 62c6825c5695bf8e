import { readFileSync, mkdirSync } from 'node:fs'
import { growth } from './growth'
import { lighthouse } from './lighthouse'
import { publish } from './publish'
import { serving } from './serving'
import { weight } from './weight'
const env = JSON.parse(readFileSync('/tmp/bench-scratch/env.json', 'utf8'))
const b = { weight, serving, publish, lighthouse, growth } as const
mkdirSync('/tmp/bench-scratch/tmp', { recursive: true })
const ctx = {
  quick: process.argv.includes('--quick'),
  stack: { webUrl: 'http://localhost:3210', cmsUrl: 'http://localhost:3211', env, pids: [], dir: '' },
  baselineUrl: 'http://localhost:3212',
  nginxPort: 3213,
  tmpDir: '/tmp/bench-scratch/tmp',
  outDir: '/tmp/bench-scratch/out',
  log: (m: string) => console.log(new Date().toISOString().slice(11, 19), m),
}
const r = await b[process.argv[2] as keyof typeof b](ctx)
console.log(JSON.stringify(r.figures, null, 1).slice(0, 6000))
console.log(r.summary.join('\n'))
console.log(r.budgets)
