/**
 * Haven's content model, composed. Collections, globals, blocks, hooks and the database adapter live
 * in `apps/cms/src`; this file only puts them together.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { anyone } from './apps/cms/src/access/anyone'
import { editorsOnly } from './apps/cms/src/access/editorsOnly'
import { staffOnly } from './apps/cms/src/access/staffOnly'
import { Articles } from './apps/cms/src/collections/Articles'
import { ImportRecords } from './apps/cms/src/collections/ImportRecords'
import { DirectoryMembers } from './apps/cms/src/collections/DirectoryMembers'
import { Media } from './apps/cms/src/collections/Media'
import { Outbox } from './apps/cms/src/collections/Outbox'
import { Pages } from './apps/cms/src/collections/Pages'
import { Partners } from './apps/cms/src/collections/Partners'
import { People } from './apps/cms/src/collections/People'
import { RateLimitHits } from './apps/cms/src/collections/RateLimitHits'
import { Subscribers } from './apps/cms/src/collections/Subscribers'
import { Therapists } from './apps/cms/src/collections/Therapists'
import { Topics } from './apps/cms/src/collections/Topics'
import { Users } from './apps/cms/src/collections/Users'
import { databaseAdapter } from './apps/cms/src/database'
import { emailAdapter } from './apps/cms/src/email'
import { directorySearch } from './apps/cms/src/endpoints/directorySearch'
import { health } from './apps/cms/src/endpoints/health'
import { searchSuggestion } from './apps/cms/src/endpoints/searchSuggestion'
import { env, inNextServer } from './apps/cms/src/env'
import { CrisisResources } from './apps/cms/src/globals/CrisisResources'
import { Navigation } from './apps/cms/src/globals/Navigation'
import { SiteSettings } from './apps/cms/src/globals/SiteSettings'
import { redirectFields } from './apps/cms/src/fields/redirectFields'
import { revalidateWeb } from './apps/cms/src/hooks/revalidateWeb'
import { apiLimits } from './apps/cms/src/plugins/apiLimits'
import { siteSearch } from './apps/cms/src/plugins/search'
import { formBuilder } from './apps/cms/src/plugins/formBuilder'
import { jobs, queueReviewReminder } from './apps/cms/src/jobs'
import { installAfterCommit } from './apps/cms/src/lib/afterCommit'
import { withInternalCollectionAccess } from './apps/cms/src/lib/internalCollectionAccess'
import { collections } from './apps/cms/src/slugs'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'apps/cms')

// Payload's own collections get their access after sanitizing (see lib/internalCollectionAccess.ts).
export default withInternalCollectionAccess(
  buildConfig({
    serverURL: env.CMS_URL,
    // Revalidation notices wait for the commit (see lib/afterCommit.ts). The CMS server starts the
    // daily chain of review-due emails (see jobs.ts); tools that load the config do not.
    onInit: async (payload) => {
      installAfterCommit(payload)
      if (inNextServer)
        await queueReviewReminder(payload, new Date(Date.now() - 86_400_000)).catch((error: unknown) =>
          payload.logger.warn(
            `review reminders not queued: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
    },
    secret: env.PAYLOAD_SECRET,
    admin: {
      user: Users.slug,
      avatar: 'default',
      importMap: { baseDir: path.resolve(cmsDir, 'src') },
      meta: { titleSuffix: ' · Haven CMS' },
      components: {
        // Opened at another address than CMS_URL the admin can read but not save: it says so plainly.
        providers: ['/components/AdminHost#AdminHost'],
        beforeDashboard: [
          '/components/ReviewDashboard#ReviewDashboard',
          '/components/ReadersDashboard#ReadersDashboard',
        ],
      },
    },
    collections: [
      Articles,
      People,
      Topics,
      Partners,
      Pages,
      Media,
      Users,
      DirectoryMembers,
      Therapists,
      Subscribers,
      Outbox,
      RateLimitHits,
      ImportRecords,
    ],
    globals: [Navigation, CrisisResources, SiteSettings],
    endpoints: [health, searchSuggestion, directorySearch],
    jobs,
    editor: lexicalEditor(),
    db: databaseAdapter(env),
    email: emailAdapter(env),
    sharp,
    cors: [env.WEB_URL],
    csrf: [env.WEB_URL, env.CMS_URL],
    telemetry: false,
    typescript: { outputFile: path.resolve(cmsDir, 'src/payload-types.ts') },
    graphQL: { schemaOutputFile: path.resolve(cmsDir, 'src/schema.graphql') },
    plugins: [
      formBuilder,
      nestedDocsPlugin({
        collections: [collections.topics],
        generateLabel: (_, doc) => String(doc.title),
        generateURL: (docs) => `/topics/${docs.map((doc) => String(doc.slug)).join('/')}`,
      }),
      redirectsPlugin({
        collections: [collections.articles, collections.pages],
        redirectTypes: ['301', '302', '307', '308'],
        overrides: {
          admin: { group: 'Site' },
          // Targets follow the link rules: https or a site path (fields/redirectFields.ts).
          fields: redirectFields,
          access: {
            read: anyone,
            create: editorsOnly,
            update: editorsOnly,
            delete: editorsOnly,
            readVersions: staffOnly,
          },
          hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
        },
      }),
      seoPlugin({
        collections: [collections.articles, collections.pages],
        uploadsCollection: collections.media,
        tabbedUI: false,
        generateTitle: ({ doc }) => `${String((doc as { title?: string }).title ?? '')} · Haven`,
        generateDescription: ({ doc }) => String((doc as { summary?: string }).summary ?? ''),
        generateURL: ({ doc, collectionConfig }) =>
          `${env.WEB_URL}/${collectionConfig?.slug === collections.articles ? 'articles/' : ''}${String((doc as { slug?: string }).slug ?? '')}`,
      }),
      siteSearch,
      // Bounds every API request (depth, limit, GraphQL budget, documents to write): see the plugin.
      apiLimits,
    ],
  }),
)
