import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** The Local API on the run's throw-away database (see global-setup.ts). */
export function payloadForTests(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}
