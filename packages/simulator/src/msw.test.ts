import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOW } from '../test/helpers'
import { createSimulator } from './createSimulator'
import { createSimulatorHandlers } from './msw'

const simulator = createSimulator({ now: NOW, customers: 30 })
const server = setupServer(
  ...createSimulatorHandlers(simulator, { baseUrl: 'https://lago.example.com/' }),
  ...createSimulatorHandlers(simulator, {
    baseUrl: 'https://other.example.com',
    dataApiUrl: 'https://data.example.com/v1',
  }),
)

describe('createSimulatorHandlers', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('answers a plain fetch to the base URL with simulator data', async () => {
    const response = await fetch(
      'https://lago.example.com/api/v1/analytics/gross_revenue?currency=usd',
      {
        headers: { authorization: `Bearer ${simulator.apiKey}` },
      },
    )
    expect(response.status).toBe(200)
    const direct = await simulator.fetch(
      new Request('http://x/api/v1/analytics/gross_revenue?currency=usd', {
        headers: { authorization: `Bearer ${simulator.apiKey}` },
      }),
    )
    expect(await response.text()).toBe(await direct.text())
  })

  it('serves the Data API under the base URL or a separate Data API URL', async () => {
    const headers = { authorization: `Bearer ${simulator.dataApiToken}` }
    const underBase = await fetch(
      `https://lago.example.com/data-api/mrrs/${simulator.organizationId}/`,
      { headers },
    )
    const elsewhere = await fetch(`https://data.example.com/v1/mrrs/${simulator.organizationId}/`, {
      headers,
    })
    expect(underBase.status).toBe(200)
    expect(await elsewhere.text()).toBe(await underBase.text())
  })

  it('passes errors through', async () => {
    const response = await fetch('https://lago.example.com/api/v1/analytics/mrr')
    expect(response.status).toBe(401)
  })
})
