import { isDatabaseFailure } from './database-failure'

describe('isDatabaseFailure', () => {
  const busy = Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
  it.each([
    [
      'a failed query whose cause is a locked database',
      new Error('Failed query: insert into "x"', { cause: busy }),
      true,
    ],
    ['the driver error itself', busy, true],
    [
      'a failed query without a cause',
      new Error('Failed query: delete from "payload_locked_documents"'),
      true,
    ],
    [
      'a rule the item breaks',
      Object.assign(new Error('The following field is invalid: Slug'), { name: 'ValidationError' }),
      false,
    ],
    ['any other error', new Error('it has no title'), false],
    ['not an error at all', 'text', false],
  ])('%s: %s', (_, error, expected) => {
    expect(isDatabaseFailure(error)).toBe(expected)
  })
})
