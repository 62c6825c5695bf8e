/** Stops the run's PostgreSQL cluster and removes its folder (see global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.havenPostgres?.stop()
  globalThis.havenPostgres = undefined
}
