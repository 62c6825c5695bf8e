import { existsSync } from 'node:fs'
import path from 'node:path'

import { parseCmsEnv, type CmsEnv } from '../../apps/cms/src/env-schema'
import { inheritedEnv, scriptEnv } from './env'
import { rootDir } from './proc'

/**
 * The CMS's environment for an operations script (backup, restore): the process environment and,
 * outside production, the `.env` that `npm start` wrote. Never writes anything.
 */
export function scriptCmsEnv(): CmsEnv {
  const dotEnv = path.join(rootDir, '.env')
  if (scriptEnv().NODE_ENV !== 'production' && existsSync(dotEnv)) process.loadEnvFile(dotEnv)
  return parseCmsEnv(inheritedEnv())
}
