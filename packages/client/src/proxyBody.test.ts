import { describe, expect, it, vi } from 'vitest'
import { fakeFetch, json } from '../test/fakeFetch.ts'
import { createLagoAnalyticsClient } from './createLagoAnalyticsClient.ts'
import { encodeQuery } from './encodeQuery.ts'
import { LagoAnalyticsParamError, LagoAnalyticsResponseError } from './errors.ts'
import { parseDatasetResponse } from './parseDatasetResponse.ts'
import { PROXY_BODY_FORMAT, readProxyBody, toProxyBody } from './proxyBody.ts'

// Spying on the full validator shows whether a proxy-mode client runs it.
vi.mock('./parseDatasetResponse.ts', async (importOriginal) => {
  const actual: { parseDatasetResponse: typeof parseDatasetResponse } = await importOriginal()
  return { parseDatasetResponse: vi.fn(actual.parseDatasetResponse) }
})

const RAW_MRR = {
  mrrs: [{ month: '2026-01-01T00:00:00.000Z', amount_cents: '12.5', currency: 'eur' }],
}
const META = { currentPage: 1, nextPage: null, prevPage: null, totalPages: 1, totalCount: 1 }

function proxyClient(...replies: Response[]) {
  const { fetch, calls } = fakeFetch(...replies)
  return { lago: createLagoAnalyticsClient({ proxyUrl: 'https://app.test/lago', fetch }), calls }
}

function passThroughClient(...replies: Response[]) {
  const { fetch, calls } = fakeFetch(...replies)
  const lago = createLagoAnalyticsClient({
    proxyUrl: 'https://app.test/lago',
    fetch,
    parseResponse: parseDatasetResponse,
    encodeQuery,
  })
  return { lago, calls }
}

describe('readProxyBody', () => {
  it('passes on raw Lago bodies (undefined) and reads tagged ones', () => {
    expect(readProxyBody('mrr', RAW_MRR, false)).toBeUndefined()
    expect(readProxyBody('revenueStreams', [], false)).toBeUndefined()
    expect(readProxyBody('mrr', { format: 'other', rows: [] }, false)).toBeUndefined()
    const result = parseDatasetResponse('mrr', RAW_MRR)
    expect(readProxyBody('mrr', JSON.parse(JSON.stringify(toProxyBody(result))), false)).toEqual(
      result,
    )
    const page = { format: PROXY_BODY_FORMAT, rows: [], meta: { ...META, nextPage: 2 } }
    expect(readProxyBody('revenueByPlan', page, true)).toEqual({ rows: [], meta: page.meta })
    // meta on an unpaginated dataset is not passed on
    expect(readProxyBody('mrr', page, false)).toEqual({ rows: [] })
  })

  it.each([
    [{ rows: {} }, false, 'rows'],
    [{ rows: [1] }, false, 'rows'],
    [{ rows: [[]] }, false, 'rows'],
    [{ rows: [] }, true, 'meta'],
    [{ rows: [], meta: { ...META, totalPages: '1' } }, true, 'meta'],
    [{ rows: [], meta: { ...META, currentPage: null } }, true, 'meta'],
    [{ rows: [], meta: { ...META, nextPage: 1.5 } }, true, 'meta'],
  ])('rejects a tagged body of the wrong shape: %j', (body, paginated, field) => {
    const read = () =>
      readProxyBody('revenueByPlan', { format: PROXY_BODY_FORMAT, ...body }, paginated)
    expect(read).toThrow(LagoAnalyticsResponseError)
    expect(read).toThrow(expect.objectContaining({ dataset: 'revenueByPlan', field }))
  })
})

describe('a proxy-mode client', () => {
  it('returns the rows of a proxy body as they are, without loading the full validator', async () => {
    vi.mocked(parseDatasetResponse).mockClear()
    const rows = [{ month: '2026-01-01', amountCents: 13, currency: 'EUR' }]
    const { lago } = proxyClient(json({ format: PROXY_BODY_FORMAT, rows }))
    await expect(lago.mrr({ currency: 'EUR' })).resolves.toEqual({ rows })
    expect(parseDatasetResponse).not.toHaveBeenCalled()
  })

  it('rejects a raw Lago body unless given parseResponse, and never runs the validator itself', async () => {
    vi.mocked(parseDatasetResponse).mockClear()
    const { lago } = proxyClient(json(RAW_MRR))
    const error = await lago.mrr().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LagoAnalyticsResponseError)
    expect(error).toMatchObject({ dataset: 'mrr', field: 'format' })
    expect((error as Error).message).toContain('pass parseResponse')
    expect(parseDatasetResponse).not.toHaveBeenCalled()
  })

  it('validates and normalises raw Lago bodies with parseResponse (a pass-through proxy)', async () => {
    vi.mocked(parseDatasetResponse).mockClear()
    const { lago, calls } = passThroughClient(json(RAW_MRR), json({ mrrs: [{ month: 'soon' }] }))
    await expect(lago.mrr()).resolves.toEqual({
      rows: [{ month: '2026-01-01', amountCents: 13, currency: 'EUR' }],
    })
    await expect(lago.mrr()).rejects.toThrow(LagoAnalyticsResponseError)
    expect(parseDatasetResponse).toHaveBeenCalledTimes(2)
    // With encodeQuery, values are checked (and codes upper-cased) before anything is sent.
    await expect(lago.mrr({ months: 0 })).rejects.toThrow(LagoAnalyticsParamError)
    expect(lago.url('mrr', { currency: 'eur' })).toBe(
      'https://app.test/lago/api/v1/analytics/mrr?currency=EUR',
    )
    expect(calls).toHaveLength(2)
    // A proxy body still needs no parsing.
    const rows = [{ month: '2026-01-01', amountCents: 13, currency: 'EUR' }]
    await expect(
      passThroughClient(json({ format: PROXY_BODY_FORMAT, rows })).lago.mrr(),
    ).resolves.toEqual({ rows })
    expect(parseDatasetResponse).toHaveBeenCalledTimes(2)
  })

  it('rejects a malformed proxy body with a response error, and paginates over proxy bodies', async () => {
    const { lago } = proxyClient(json({ format: PROXY_BODY_FORMAT, rows: null }))
    await expect(lago.mrr()).rejects.toThrow(
      /Malformed Lago analytics response from mrr at field "rows"/,
    )
    const row = (id: string) => ({ customerId: id })
    const { lago: paged, calls } = proxyClient(
      json({
        format: PROXY_BODY_FORMAT,
        rows: [row('a')],
        meta: { ...META, nextPage: 2, totalPages: 2, totalCount: 2 },
      }),
      json({
        format: PROXY_BODY_FORMAT,
        rows: [row('b')],
        meta: { ...META, currentPage: 2, prevPage: 1, totalPages: 2, totalCount: 2 },
      }),
    )
    const seen: unknown[] = []
    for await (const item of paged.revenueByCustomer.paginate({ currency: 'EUR' })) seen.push(item)
    expect(seen).toEqual([row('a'), row('b')])
    expect(calls.map((call) => new URL(call.url).searchParams.get('page'))).toEqual(['1', '2'])
  })
})
