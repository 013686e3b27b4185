import { describe, expect, it } from 'vitest'
import { matchRoute } from './routes'

describe('matchRoute', () => {
  it('finds public endpoints under any prefix, with or without a trailing slash', () => {
    const match = matchRoute('/proxy/lago/api/v1/analytics/mrr/')
    expect(match).toMatchObject({
      kind: 'dataset',
      definition: { name: 'mrr' },
      statsKey: '/api/v1/analytics/mrr',
    })
    expect(matchRoute('/api/v1/analytics/usage')).toMatchObject({
      definition: { name: 'usage', surface: 'public' },
    })
  })

  it('finds Data API datasets and breakdowns with the organisation id', () => {
    expect(matchRoute('/data-api/revenue_streams/org-1/plans')).toMatchObject({
      kind: 'dataset',
      definition: { name: 'revenueByPlan' },
      organizationId: 'org-1',
      statsKey: '/data-api/revenue_streams/org-1/plans',
    })
    expect(matchRoute('/x/data-api/usages/org-1/')).toMatchObject({
      definition: { surface: 'dataApi', path: 'usages' },
      organizationId: 'org-1',
    })
    expect(matchRoute('/data-api/usages/org-1/forecasted/')).toMatchObject({
      definition: { name: 'usageForecast' },
    })
  })

  it('tells unknown routes from paths outside both surfaces', () => {
    expect(matchRoute('/api/v1/analytics/finalized_invoices').kind).toBe('unknown')
    expect(matchRoute('/data-api/revenue_streams/org-1/subscriptions').kind).toBe('unknown')
    expect(matchRoute('/data-api/revenue_streams').kind).toBe('unknown')
    expect(matchRoute('/data-api/mrrs/org/plans/extra').kind).toBe('unknown')
    expect(matchRoute('/api/v1/customers').kind).toBe('outside')
  })
})
