import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { harness } from '../test/setup.tsx'
import { useGrossRevenue, useMrr } from './hooks/datasetHooks.ts'

function Widgets() {
  const gross = useGrossRevenue()
  const mrr = useMrr()
  return <p data-testid="states">{`${gross.state} ${mrr.state}`}</p>
}

afterEach(() => vi.restoreAllMocks())

describe('LagoAnalyticsProvider', () => {
  it('leaves no timers (nor cached data) behind when it unmounts with its widgets', async () => {
    const h = harness()
    const { unmount } = render(
      <h.wrapper>
        <Widgets />
      </h.wrapper>,
    )
    await waitFor(() => expect(screen.getByTestId('states').textContent).toBe('ready ready'))

    // Every timer longer than a second that is set from the unmount on must be cleared:
    // query garbage collection and the daily refresh would otherwise keep a process alive.
    const live = new Set<unknown>()
    const set = globalThis.setTimeout
    const clear = globalThis.clearTimeout
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
      callback: () => void,
      ms?: number,
      ...args: unknown[]
    ) => {
      const handle = set(callback, ms, ...args)
      if ((ms ?? 0) > 1000) live.add(handle)
      return handle
    }) as typeof setTimeout)
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle?: unknown) => {
      live.delete(handle)
      clear(handle as Parameters<typeof clearTimeout>[0])
    }) as typeof clearTimeout)

    unmount()
    await act(async () => new Promise((resolve) => set(resolve, 10)))
    expect(live.size).toBe(0)
  })
})
