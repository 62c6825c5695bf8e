/**
 * Haven's content model, composed. Collections, globals, plugins and the database adapter live in
 * `apps/cms/src`; this file only puts them together.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DirectoryMembers } from './apps/cms/src/collections/DirectoryMembers'
import { Users } from './apps/cms/src/collections/Users'
import { databaseAdapter } from './apps/cms/src/database'
import { health } from './apps/cms/src/endpoints/health'
import { env } from './apps/cms/src/env'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'apps/cms')

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(cmsDir, 'src') },
    meta: { titleSuffix: ' · Haven CMS' },
  },
  collections: [Users, DirectoryMembers],
  globals: [],
  endpoints: [health],
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  sharp,
  cors: [env.WEB_URL],
  csrf: [env.WEB_URL, env.CMS_URL],
  telemetry: false,
  typescript: { outputFile: path.resolve(cmsDir, 'src/payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(cmsDir, 'src/schema.graphql') },
})
