import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentType } from 'react'
import { expect, vi } from 'vitest'
import type { ChartProps } from '../shared/ChartFrame.tsx'
import { renderChart, TEST_CHART_PROPS } from './render.tsx'

const root = () => document.querySelector('[data-slot="chart"]') as HTMLElement

/**
 * Checks loading, error (with retry), both unavailable reasons and empty on any chart; `empty`
 * is data with no points (or zeros) that must render `data-state="empty"`.
 */
export async function expectStates<P extends ChartProps>(
  Chart: ComponentType<P>,
  props: P,
  empty: P,
): Promise<void> {
  const onRetry = vi.fn()
  const { rerender, unmount } = renderChart(
    <Chart {...TEST_CHART_PROPS} {...props} state="loading" />,
  )
  expect(root().getAttribute('data-state')).toBe('loading')
  expect(root().querySelector('[data-slot="chart-skeleton"]')).not.toBeNull()
  rerender(<Chart {...TEST_CHART_PROPS} {...props} state="error" onRetry={onRetry} />)
  expect(root().getAttribute('data-state')).toBe('error')
  await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
  expect(onRetry).toHaveBeenCalledTimes(1)
  rerender(<Chart {...TEST_CHART_PROPS} {...props} state="unavailable" unavailableReason="plan" />)
  expect(root().getAttribute('data-state')).toBe('unavailable')
  expect(root().querySelector('[data-reason="plan"]')).not.toBeNull()
  rerender(
    <Chart {...TEST_CHART_PROPS} {...props} state="unavailable" unavailableReason="data-api" />,
  )
  expect(root().querySelector('[data-reason="data-api"]')).not.toBeNull()
  rerender(<Chart {...TEST_CHART_PROPS} {...empty} state="ready" />)
  expect(root().getAttribute('data-state')).toBe('empty')
  rerender(<Chart {...TEST_CHART_PROPS} {...props} />)
  expect(root().getAttribute('data-state')).toBe('ready')
  unmount()
}

/** Focuses the chart surface and returns a reader of the aria-live region. */
export function focusChart(name: string): () => string | null | undefined {
  screen.getByRole('application', { name }).focus()
  return () => root().querySelector('[data-slot="chart-live"]')?.textContent
}

/** The rows of the table view as arrays of cell texts (no-break spaces normalised). */
export async function tableView(): Promise<string[][]> {
  await userEvent.click(screen.getByRole('button', { name: 'View as table' }))
  const table = await screen.findByRole('table')
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ')),
  )
}

export const chartRoot = root
