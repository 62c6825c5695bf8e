import { parseImportArgs } from './args'

describe('parseImportArgs', () => {
  it.each([
    [['site.xml'], { file: 'site.xml', dryRun: false, json: false }],
    [
      ['site.xml', '--uploads', 'up', '--dry-run', '--json'],
      { file: 'site.xml', uploadsDir: 'up', dryRun: true, json: true },
    ],
    [
      [
        '--publish',
        '--reason=Migrated archive, reviewed on WordPress',
        '--as',
        'admin@haven.test',
        '--reviewer',
        'r',
        'site.xml',
      ],
      {
        file: 'site.xml',
        publish: {
          reason: 'Migrated archive, reviewed on WordPress',
          adminEmail: 'admin@haven.test',
          reviewerSlug: 'r',
        },
      },
    ],
  ])('reads %j', (argv, expected) => {
    expect(parseImportArgs(argv)).toMatchObject(expected)
  })

  it.each([
    [[], 'which export file'],
    [['a.xml', 'b.xml'], 'give one export file'],
    [['a.xml', '--bogus'], 'unknown option --bogus'],
    [['a.xml', '--uploads'], '--uploads needs a value'],
    [['a.xml', '--reason', 'long enough reason'], '--reason goes with --publish'],
    [['a.xml', '--publish'], '--publish needs --reason'],
    [['a.xml', '--publish', '--reason', 'short'], 'at least 10 characters'],
    [['a.xml', '--publish', '--reason', 'a long enough reason'], '--publish needs --as'],
    [['a.xml', '--publish', '--reason', 'a long enough reason', '--as', 'a@b'], '--publish needs --reviewer'],
    [
      [
        'a.xml',
        '--dry-run',
        '--publish',
        '--reason',
        'a long enough reason',
        '--as',
        'a@b',
        '--reviewer',
        'r',
      ],
      'cannot --publish',
    ],
  ])('refuses %j, saying why', (argv, message) => {
    const result = parseImportArgs(argv)
    expect('error' in result && result.error).toContain(message)
  })
})
