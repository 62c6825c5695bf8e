import { parseWrk } from './wrk'

const report = `Running 8s test @ http://localhost:3210/articles/emotional-intimacy
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    14.20ms    5.01ms  95.30ms   80.00%
    Req/Sec     1.13k   120.00     1.40k    70.00%
  Latency Distribution
     50%   13.50ms
     75%   16.00ms
     90%   19.80ms
     99%    1.02s
  18080 requests in 8.00s, 2.80GB read
  Non-2xx or 3xx responses: 3
Requests/sec:   2260.00
Transfer/sec:    358.00MB
`

describe('parseWrk', () => {
  it('reads requests per second and the latency percentiles in milliseconds', () => {
    const result = parseWrk(report, 'http://x', 8, 32)
    expect(result.requests).toBe(18080)
    expect(result.requestsPerSecond).toBe(2260)
    expect(result.latencyMs).toEqual({ p50: 13.5, p90: 19.8, p99: 1020 })
  })

  it('counts failed responses, so a run that served errors is not taken as a measurement', () => {
    expect(parseWrk(report, 'http://x', 8, 32).errors).toBe(3)
    const withSocketErrors = report.replace(
      'Non-2xx or 3xx responses: 3',
      'Socket errors: connect 0, read 2, write 0, timeout 5',
    )
    expect(parseWrk(withSocketErrors, 'http://x', 8, 32).errors).toBe(7)
  })

  it('refuses a report it cannot read', () => {
    expect(() => parseWrk('unable to connect to localhost:3210', 'http://x', 8, 32)).toThrow(
      /unexpected report/,
    )
  })
})
