import { readFileSync } from 'node:fs'

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ; 100 on every current kernel). */
const TICKS_PER_SECOND = 100

function ticks(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the last ')'): utime is 14th, stime 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12])
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/**
 * CPU time (user + system, ms) a process and its direct children have used so far. Unlike requests per
 * second, CPU spent per request hardly depends on what else the machine is doing.
 */
export function cpuMs(pid: number): number {
  // The process itself must exist (a wrong pid is an error); a child may have just exited.
  const own = ticks(pid)
  const kids = children(pid).reduce((sum, p) => {
    try {
      return sum + ticks(p)
    } catch {
      return sum
    }
  }, 0)
  return ((own + kids) * 1000) / TICKS_PER_SECOND
}
