import { writeFileSync } from 'node:fs'
import { startStack } from '../scripts/lib/stack'
const s = await startStack({
  name: 'bench-scratch',
  webPort: 3210,
  cmsPort: 3211,
  build: process.argv.includes('--build'),
  quiet: false,
})
writeFileSync('/tmp/bench-scratch/env.json', JSON.stringify(s.env))
console.log('READY', s.pids)
setInterval(() => {}, 1 << 30)
