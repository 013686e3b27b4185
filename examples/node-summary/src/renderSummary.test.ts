import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { createSimulator, type SimulatorOptions } from '@lago-analytics/simulator'
import { describe, expect, it } from 'vitest'
import { collectSummary } from './collectSummary.ts'
import { formatMoney } from './formatMoney.ts'
import { renderSummary } from './renderSummary.ts'

const NOW = '2026-11-24T08:00:00Z'
const input = { currency: 'EUR', fromDate: '2025-12-01', toDate: '2026-11-24' }

function setup(options: SimulatorOptions = {}, withDataApi = true) {
  const sim = createSimulator({ now: NOW, ...options })
  const fetch = (url: string | URL | Request, init?: RequestInit) =>
    sim.fetch(new Request(url, init))
  const client = createLagoAnalyticsClient({
    apiUrl: 'http://simulator.test',
    apiKey: sim.apiKey,
    dataApi: withDataApi
      ? {
          url: 'http://simulator.test/data-api',
          token: sim.dataApiToken,
          organizationId: sim.organizationId,
        }
      : undefined,
    fetch: fetch as typeof globalThis.fetch,
  })
  return { sim, client }
}

describe('the node-summary example', () => {
  it('prints every section with totals that match the client data', async () => {
    const { client } = setup()
    const summary = await collectSummary(client, input)
    const text = renderSummary(summary, 'simulator')
    for (const title of [
      'Gross revenue',
      'Revenue streams',
      'MRR movements',
      'MRR by plan',
      'Top customers',
      'Usage by billable metric',
      'Prepaid credits',
      'Invoice collection',
      'Overdue balance',
    ]) {
      expect(text).toContain(title)
    }
    expect(text).not.toContain('(failed')
    expect(text).not.toContain('(not available')
    const gross = summary.grossRevenue.status === 'ok' ? summary.grossRevenue.rows : []
    const total = gross.reduce((sum, row) => sum + row.amountCents, 0)
    expect(text).toContain(`Total: ${formatMoney(total, 'EUR')}`)
    const top = summary.topCustomers.status === 'ok' ? summary.topCustomers.rows : []
    expect(top).toHaveLength(5)
    expect(text).toContain(`1. ${top[0]?.customerName}`)
  })

  it('with an API key only, Data API sections say what they need instead of failing', async () => {
    const { client } = setup({}, false)
    const text = renderSummary(await collectSummary(client, input), 'lago')
    expect(text).toContain('not available: needs the Data API')
    expect(text).toMatch(/Gross revenue[^\n]*\n[^\n]*\n {2}\d{4}-\d\d/)
    expect(text).not.toContain('(failed')
  })

  it('without a premium licence, premium sections say so', async () => {
    const { client } = setup({ premium: false })
    const text = renderSummary(await collectSummary(client, input), 'lago')
    expect(text).toContain('not available: needs a Lago premium licence')
  })

  it('prints hostile customer names as inert text (no terminal escapes, no line breaks)', async () => {
    const { client } = setup({ hostileNames: true })
    const summary = await collectSummary(client, input)
    if (summary.topCustomers.status !== 'ok') throw new Error('expected customers')
    const first = summary.topCustomers.rows[0]
    if (!first) throw new Error('expected a customer')
    first.customerName = '\u001b[2J\u001b[31mEvil\nCorp <img src=x onerror=alert(1)>'
    const text = renderSummary(summary, 'simulator')
    expect(text).not.toContain('\u001b')
    const line = text.split('\n').find((candidate) => candidate.includes('Evil'))
    expect(line).toContain('1. \\u001b[2J\\u001b[31mEvil\\nCorp <img src=x onerror=alert(1)>')
  })

  it('formats money with the currency exponent', () => {
    expect(formatMoney(123456, 'EUR')).toBe('€1,234.56')
    expect(formatMoney(123456, 'JPY')).toBe('¥123,456')
    expect(formatMoney(123456, 'KWD').replace(/\u00a0/g, ' ')).toBe('KWD 123.456')
  })
})
