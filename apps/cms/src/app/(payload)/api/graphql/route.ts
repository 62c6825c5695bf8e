/* From Payload's blank template (3.90), with Haven's request limits around Payload's handler (see lib/guarded-route.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyLimits, withoutGraphQLSuggestions } from '../../../../lib/guarded-route'

export const POST = withoutGraphQLSuggestions(withBodyLimits(GRAPHQL_POST(config)))

export const OPTIONS = REST_OPTIONS(config)
