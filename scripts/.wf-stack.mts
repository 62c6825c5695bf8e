import { writeFileSync } from 'node:fs'
import { startStack } from '/work/wt-workflow/scripts/lib/stack.ts'
const stack = await startStack({ name: 'wf-manual', webPort: 3310, cmsPort: 3311, quiet: false })
writeFileSync('/work/wt-workflow/tests/.artifacts/e2e-stack.json', JSON.stringify({ webUrl: stack.webUrl, cmsUrl: stack.cmsUrl, dir: stack.dir, revalidateSecret: stack.env.REVALIDATE_SECRET }))
console.log('STACK READY', stack.pids)
