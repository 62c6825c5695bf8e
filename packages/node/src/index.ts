/**
 * Haven's Node.js runtime code, shared by both apps' servers and kept out of `@haven/schemas` (whose
 * rules the browser bundles read too): the workspace's `.env`, the preview link's signature, and the
 * patch of `http.Server` that stamps every request with its client's address.
 */
export { CLIENT_ADDRESS_HEADER, clientAddress, installClientAddress } from './client-address'
export { previewSignature } from './preview-signature'
export { findRootDir, loadWorkspaceDotEnv } from './workspace-env'
