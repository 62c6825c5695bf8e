import { cpuMs } from './cpu'

describe('cpuMs', () => {
  it('counts the CPU time a process spends, and only grows', () => {
    const before = cpuMs(process.pid)
    const until = Date.now() + 300
    let spin = 0
    while (Date.now() < until) spin++
    const after = cpuMs(process.pid)
    expect(spin).toBeGreaterThan(0)
    expect(after).toBeGreaterThan(before)
  })

  it('refuses a process that does not exist rather than reporting no CPU', () => {
    expect(() => cpuMs(2 ** 22 + 1)).toThrow(/ENOENT/)
  })
})
