import { ValidationError } from 'payload'

/** Runs a save that must be refused by a rule; returns the messages of its validation errors. */
export async function refusal(save: Promise<unknown>): Promise<string[]> {
  const outcome = await save.then(
    () => null,
    (error: unknown) => ({ error }),
  )
  if (!outcome) throw new Error('the save was accepted, but it should have been refused')
  if (outcome.error instanceof ValidationError) return outcome.error.data.errors.map((e) => e.message)
  throw outcome.error
}
