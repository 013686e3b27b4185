import { describe, expect, it } from 'vitest'
import { dataRequest, NOW, publicRequest } from '../test/helpers'
import { createSimulator, type Simulator } from './createSimulator'
import { FAULT_HEADER, FAULT_NAMES, parseFaultHeader } from './faults'

describe('parseFaultHeader', () => {
  it('parses every fault name and the parameters', () => {
    for (const name of FAULT_NAMES) expect(parseFaultHeader(name)).toEqual({ name })
    expect(parseFaultHeader(' latency ; ms=200 ')).toEqual({ name: 'latency', ms: 200 })
    expect(parseFaultHeader('rate-limit;seconds=3;times=2;id=abc')).toEqual({
      name: 'rate-limit',
      seconds: 3,
      times: 2,
      id: 'abc',
    })
  })

  it('rejects unknown names, parameters and malformed numbers', () => {
    expect(parseFaultHeader('explode')).toEqual({ error: 'unknown fault "explode"' })
    expect(parseFaultHeader('latency;foo=1')).toEqual({ error: 'unknown parameter "foo"' })
    expect(parseFaultHeader('latency;ms=-5')).toEqual({
      error: 'ms must be a non-negative integer',
    })
    expect(parseFaultHeader('latency;ms')).toEqual({ error: 'ms must be a non-negative integer' })
    expect(parseFaultHeader('hang;id=')).toEqual({ error: 'empty id' })
  })
})

describe('fault injection', () => {
  const base = { now: NOW, customers: 20 }
  const withHeader = createSimulator({ ...base, allowFaultHeader: true })
  const get = (
    simulator: Simulator,
    fault?: string,
    path = 'gross_revenue',
    signal?: AbortSignal,
  ): Promise<Response> =>
    simulator.fetch(
      publicRequest(
        simulator,
        path,
        {},
        {
          headers: fault === undefined ? {} : { [FAULT_HEADER]: fault },
          ...(signal === undefined ? {} : { signal }),
        },
      ),
    )

  it('is off by default, and the header is ignored unless allowFaultHeader is set', async () => {
    const plain = createSimulator(base)
    const response = await get(plain, '500')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(await (await get(withHeader)).text())
  })

  it('latency delays the answer by ms', async () => {
    const started = performance.now()
    const response = await get(withHeader, 'latency;ms=120')
    expect(response.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
  })

  it('rate-limit answers 429 with Retry-After and x-ratelimit headers', async () => {
    const response = await get(withHeader, 'rate-limit;seconds=7')
    expect(response.status).toBe(429)
    expect(await response.json()).toEqual({
      status: 429,
      error: 'Too Many Requests',
      code: 'too_many_requests',
    })
    expect(response.headers.get('retry-after')).toBe('7')
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(response.headers.get('x-ratelimit-reset')).toBe('7')
    expect(response.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/)
  })

  it('500 and 503 answer JSON, 502 answers a gateway HTML page', async () => {
    const internal = await get(withHeader, '500')
    expect(internal.status).toBe(500)
    expect(await internal.json()).toEqual({ status: 500, error: 'Internal Server Error' })
    const gateway = await get(withHeader, '502')
    expect(gateway.status).toBe(502)
    expect(gateway.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await gateway.text()).toContain('502 Bad Gateway')
    const unavailable = await get(withHeader, '503;seconds=3')
    expect(unavailable.status).toBe(503)
    expect(unavailable.headers.get('retry-after')).toBe('3')
    expect(await unavailable.json()).toEqual({ status: 503, error: 'Service Unavailable' })
  })

  it('hang never answers until the request is aborted', async () => {
    const controller = new AbortController()
    const pending = get(withHeader, 'hang', 'gross_revenue', controller.signal)
    let settled = false
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    )
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(settled).toBe(false)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('malformed-json answers 200 with a truncated body', async () => {
    const response = await get(withHeader, 'malformed-json')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError)
    expect((await (await get(withHeader)).text()).startsWith(text)).toBe(true)
  })

  it('wrong-types answers 200 with fields of the wrong type', async () => {
    const body = (await (await get(withHeader, 'wrong-types')).json()) as {
      gross_revenues: Record<string, unknown>[]
    }
    expect(typeof body.gross_revenues[0]!.month).toBe('number')
    expect(body.gross_revenues[0]!.amount_cents).toBe(true)
    const data = createSimulator({ ...base, faults: { name: 'wrong-types' } })
    const rows = (await (await data.fetch(dataRequest(data, 'mrrs'))).json()) as Record<
      string,
      unknown
    >[]
    expect(typeof rows[0]!.start_of_period_dt).toBe('number')
  })

  it('legacy-strings sends numeric strings on the public surface', async () => {
    const body = (await (await get(withHeader, 'legacy-strings')).json()) as {
      gross_revenues: { amount_cents: unknown; invoices_count: unknown }[]
    }
    for (const row of body.gross_revenues) {
      expect(row.amount_cents).toMatch(/^-?\d+\.\d+$/)
      expect(row.invoices_count).toMatch(/^\d+$/)
    }
    const usage = (await (await get(withHeader, 'legacy-strings', 'usage')).json()) as {
      usages: { units: unknown }[]
    }
    expect(
      usage.usages.every((r) => typeof r.units === 'string' && /^\d+\.\d+$/.test(r.units)),
    ).toBe(true)
  })

  it('times=n fails only the first n requests with the same header value', async () => {
    const simulator = createSimulator({ ...base, allowFaultHeader: true })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await get(simulator, '503;times=2;id=a')).status)
    expect(statuses).toEqual([503, 503, 200, 200])
    // Another id has its own counter.
    expect((await get(simulator, '503;times=2;id=b')).status).toBe(503)
  })

  it('configured faults can be limited to datasets and counted', async () => {
    const simulator = createSimulator({
      ...base,
      faults: { name: '500', times: 1, datasets: ['mrr', 'revenueByPlan'] },
    })
    expect((await simulator.fetch(publicRequest(simulator, 'gross_revenue'))).status).toBe(200)
    expect((await simulator.fetch(publicRequest(simulator, 'mrr'))).status).toBe(500)
    expect((await simulator.fetch(publicRequest(simulator, 'mrr'))).status).toBe(200)
    const byPath = createSimulator({
      ...base,
      faults: [{ name: '502', datasets: ['revenue_streams/plans'] }],
    })
    expect((await byPath.fetch(dataRequest(byPath, 'revenue_streams/plans'))).status).toBe(502)
    expect((await byPath.fetch(dataRequest(byPath, 'revenue_streams'))).status).toBe(200)
  })

  it('rejects a malformed fault header with 400', async () => {
    const response = await get(withHeader, 'explode')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      status: 400,
      error: 'BadRequest: invalid x-simulator-fault header: unknown fault "explode"',
    })
  })
})
