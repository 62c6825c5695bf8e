import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureGeneratedSecrets } from '../../scripts/lib/dotenv'

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'haven-env-')), '.env')

describe('first-run secrets in .env', () => {
  it('generates both secrets into a new, owner-only .env', () => {
    const file = tempFile()
    expect(ensureGeneratedSecrets(file, {})).toEqual(['PAYLOAD_SECRET', 'REVALIDATE_SECRET'])
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(/^PAYLOAD_SECRET=[0-9a-f]{64}$/m)
    expect(text).toMatch(/^REVALIDATE_SECRET=[0-9a-f]{64}$/m)
    expect(statSync(file).mode & 0o077).toBe(0)
  })

  it('never changes a secret that is already there, and adds nothing on a second run', () => {
    const file = tempFile()
    ensureGeneratedSecrets(file, {})
    const first = readFileSync(file, 'utf8')
    expect(ensureGeneratedSecrets(file, {})).toEqual([])
    expect(readFileSync(file, 'utf8')).toBe(first)
  })

  it('keeps the developer’s own lines and adds only what is missing', () => {
    const file = tempFile()
    writeFileSync(
      file,
      'DATABASE_URI=file:./data/other.db\nPAYLOAD_SECRET=mine-mine-mine-mine-mine-mine-mine-mine',
    )
    expect(ensureGeneratedSecrets(file, {})).toEqual(['REVALIDATE_SECRET'])
    const text = readFileSync(file, 'utf8')
    expect(text).toContain(
      'DATABASE_URI=file:./data/other.db\nPAYLOAD_SECRET=mine-mine-mine-mine-mine-mine-mine-mine\n',
    )
    expect(text).toMatch(/^REVALIDATE_SECRET=[0-9a-f]{64}$/m)
  })

  it('writes nothing for a secret the shell already provides', () => {
    const file = tempFile()
    expect(
      ensureGeneratedSecrets(file, { PAYLOAD_SECRET: 'x'.repeat(40), REVALIDATE_SECRET: 'y'.repeat(40) }),
    ).toEqual([])
  })
})
