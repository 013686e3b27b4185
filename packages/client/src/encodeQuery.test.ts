import { describe, expect, it } from 'vitest'
import { DATASETS } from './datasets.ts'
import { encodeQuery, readQuery, toIsoDate, writeQuery } from './encodeQuery.ts'
import { LagoAnalyticsParamError } from './errors.ts'

describe('encodeQuery', () => {
  it('omits undefined and null, and keeps the dataset order', () => {
    const query = encodeQuery(DATASETS.usage, {
      billableMetricCode: 'api_calls',
      currency: 'eur',
      planCode: undefined,
      externalCustomerId: null as unknown as string,
      timeGranularity: 'weekly',
    })
    expect(query.toString()).toBe(
      'time_granularity=weekly&currency=EUR&billable_metric_code=api_calls',
    )
  })

  it('encodes booleans as true/false and dates as YYYY-MM-DD (UTC day of a Date)', () => {
    const query = encodeQuery(DATASETS.usageAmounts, {
      fromDate: new Date('2026-01-31T23:30:00-05:00'),
      toDate: '2026-03-01',
      isBillableMetricRecurring: false,
      isCustomerTinEmpty: true,
    })
    expect(Object.fromEntries(query)).toEqual({
      from_date: '2026-02-01',
      to_date: '2026-03-01',
      is_billable_metric_recurring: 'false',
      is_customer_tin_empty: 'true',
    })
  })

  it('never forwards parameters the dataset does not accept', () => {
    const query = encodeQuery(DATASETS.mrr, {
      currency: 'USD',
      externalCustomerId: 'cus_1', // not accepted by legacy mrr
      api_key: 'secret',
      page: 2,
    } as never)
    expect(query.toString()).toBe('currency=USD')
  })

  it('translates camelCase names to the wire names', () => {
    const query = encodeQuery(DATASETS.revenueByCustomer, {
      orderBy: 'net_revenue_amount_cents',
      page: 3,
      limit: 50,
    })
    expect(query.toString()).toBe('limit=50&page=3&order_by=net_revenue_amount_cents')
  })

  it.each([
    [{ currency: 'EURO' }, 'currency'],
    [{ months: 0 }, 'months'],
    [{ months: 1.5 }, 'months'],
    [{ timeGranularity: 'yearly' }, 'timeGranularity'],
    [{ fromDate: '2026-02-30' }, 'fromDate'],
    [{ fromDate: '26-01-01' }, 'fromDate'],
    [{ fromDate: new Date('nope') }, 'fromDate'],
    [{ customerType: 'enterprise' }, 'customerType'],
    [{ customerCountry: 'FRA' }, 'customerCountry'],
    [{ planCode: '' }, 'planCode'],
    [{ isBillableMetricRecurring: 'yes' }, 'isBillableMetricRecurring'],
    [{ fromDate: '2026-05-01', toDate: '2026-04-01' }, 'fromDate'],
  ])('rejects %o naming %s', (params, param) => {
    const dataset = 'months' in params ? DATASETS.mrr : DATASETS.usage
    try {
      encodeQuery(dataset, params as never)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(LagoAnalyticsParamError)
      expect((error as LagoAnalyticsParamError).param).toBe(param)
      expect((error as LagoAnalyticsParamError).code).toBe('invalid_params')
      // `reason` is the message's last part, for a proxy to pass on without parsing the text.
      const { message, reason } = error as LagoAnalyticsParamError
      expect(reason.length).toBeGreaterThan(0)
      expect(message.endsWith(`: ${reason}`)).toBe(true)
    }
  })
})

describe('toIsoDate', () => {
  it('validates real calendar dates', () => {
    expect(toIsoDate('2024-02-29')).toBe('2024-02-29')
    expect(toIsoDate('2023-02-29')).toBeNull()
    expect(toIsoDate(new Date(Date.UTC(2026, 10, 24, 23, 59)))).toBe('2026-11-24')
  })
})

describe('writeQuery (proxy mode: the proxy judges values)', () => {
  it('writes present values as text in declared order, a Date as its UTC day', () => {
    const query = writeQuery(DATASETS.revenueStreams, {
      toDate: new Date('2026-03-31T23:59:59Z'),
      currency: 'eur',
      planCode: null,
      externalCustomerId: undefined,
      fromDate: new Date(Number.NaN),
      isCustomerTinEmpty: true,
      months: 3,
    })
    // `months` is not a revenueStreams parameter; an invalid Date goes out as text for the proxy
    // to reject.
    expect(query.toString()).toBe(
      'currency=eur&from_date=Invalid+Date&is_customer_tin_empty=true&to_date=2026-03-31',
    )
  })

  it('still refuses params that are not an object', () => {
    expect(() => writeQuery(DATASETS.mrr, 'currency=EUR' as never)).toThrow(LagoAnalyticsParamError)
    expect(writeQuery(DATASETS.mrr, undefined).toString()).toBe('')
  })
})

describe('readQuery (the proxy reading what a browser sent)', () => {
  it('types flags and counts, keeps everything else as text, for encodeQuery to judge', () => {
    const params = readQuery(
      new URLSearchParams(
        'is_customer_tin_empty=false&months=12&page=01&limit=1.5&currency=eur&is_billable_metric_recurring=yes',
      ),
    )
    expect(params).toEqual({
      isCustomerTinEmpty: false,
      months: 12,
      page: 1,
      limit: '1.5',
      currency: 'eur',
      isBillableMetricRecurring: 'yes',
    })
    // What writeQuery sent reads back to what encodeQuery accepts (a round trip).
    const sent = writeQuery(DATASETS.revenueStreams, {
      currency: 'EUR',
      fromDate: '2026-01-01',
      isCustomerTinEmpty: true,
    })
    expect(encodeQuery(DATASETS.revenueStreams, readQuery(sent)).toString()).toBe(sent.toString())
  })
})
