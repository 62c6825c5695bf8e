/* From Payload's blank template (3.90), with Haven's request limits around Payload's handlers (see lib/guarded-route.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withBodyLimits } from '../../../../lib/guarded-route'

export const GET = REST_GET(config)
export const POST = withBodyLimits(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = withBodyLimits(REST_PATCH(config))
export const PUT = withBodyLimits(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
