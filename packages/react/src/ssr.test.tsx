// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { harness } from '../test/setup.tsx'

describe('server-side rendering', () => {
  it('imports and renders without window', async () => {
    expect(typeof window).toBe('undefined')
    const { useGrossRevenue, useDataFreshness, FilterStoreProvider, urlSearchParamsAdapter } =
      await import('./index.ts')
    const h = harness()
    function Widget() {
      const { state } = useGrossRevenue()
      const { dataAsOf } = useDataFreshness()
      return <p data-state={state}>{dataAsOf.toISOString()}</p>
    }
    const html = renderToString(
      <h.wrapper>
        <FilterStoreProvider urlSync={urlSearchParamsAdapter()}>
          <Widget />
        </FilterStoreProvider>
      </h.wrapper>,
    )
    expect(html).toContain('data-state="loading"')
    expect(html).toContain('2026-11-24T00:00:00.000Z')
  })
})
