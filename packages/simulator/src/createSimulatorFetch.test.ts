import { describe, expect, it } from 'vitest'
import { createSimulatorFetch } from './createSimulatorFetch'
import { DEFAULT_API_KEY } from './defaults'

describe('createSimulatorFetch', () => {
  it('is a standard fetch handler answering like Lago', async () => {
    const handle = createSimulatorFetch({ now: '2026-11-24T00:00:00Z' })
    const ok = await handle(
      new Request('http://any.host/api/v1/analytics/gross_revenue?currency=EUR', {
        headers: { authorization: `Bearer ${DEFAULT_API_KEY}` },
      }),
    )
    expect(ok.status).toBe(200)
    const body = (await ok.json()) as { gross_revenues: { currency: string }[] }
    expect(body.gross_revenues.length).toBeGreaterThan(0)
    expect(body.gross_revenues.every((row) => row.currency === 'EUR')).toBe(true)
    const denied = await handle(new Request('http://any.host/api/v1/analytics/mrr'))
    expect(denied.status).toBe(401)
  })
})
