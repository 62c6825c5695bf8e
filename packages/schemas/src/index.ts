export * from './env'
export * from './health'
export * from './revalidate'
export * from './credentials'
