/** @jest-environment node */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { CrisisResources } from '@haven/schemas'

import { forgetCrisisLinesInMemory, lastCrisisLines, rememberCrisisLines } from './last-crisis-lines'

const crisis: CrisisResources = {
  heading: 'If you need help now',
  intro: 'Free and confidential.',
  regions: [
    {
      region: 'US',
      emergencyNumber: '911',
      lines: [{ label: '988 Suicide & Crisis Lifeline', number: '988', channels: ['call', 'text', 'chat'] }],
    },
  ],
}

const freshFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'haven-crisis-')), 'cache', 'lines.json')

afterEach(() => forgetCrisisLinesInMemory())

describe('the last known crisis lines', () => {
  it('are none before the CMS was ever read', () => {
    expect(lastCrisisLines(freshFile())).toBeNull()
  })

  it('are the last ones read, in memory and on disk, surviving a restart of the server', () => {
    const file = freshFile()
    rememberCrisisLines(crisis, file)
    expect(lastCrisisLines(file)).toEqual(crisis)
    forgetCrisisLinesInMemory() // a new server process
    expect(lastCrisisLines(file)).toEqual(crisis)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(crisis)
  })

  it('ignore a damaged file', () => {
    const file = freshFile()
    rememberCrisisLines(crisis, file)
    forgetCrisisLinesInMemory()
    writeFileSync(file, '{"heading": 3}')
    expect(lastCrisisLines(file)).toBeNull()
  })

  it('are kept in memory even where the disk cannot be written', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {})
    // A folder that cannot be made: its parent is a file.
    const parent = freshFile()
    rememberCrisisLines(crisis, parent)
    forgetCrisisLinesInMemory()
    const unwritable = path.join(parent, 'cannot', 'lines.json')
    rememberCrisisLines(crisis, unwritable)
    expect(lastCrisisLines(unwritable)).toEqual(crisis)
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
  })
})
