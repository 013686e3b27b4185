import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { init, type EChartsType } from 'echarts/core'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { DARK_CHART_THEME } from '../../theme/chartTheme.ts'
import { HOSTILE, revenueSeries } from '../testing/fixtures.ts'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { TimeSeriesChart } from './TimeSeriesChart.tsx'
import type { TimeSeriesSeries } from './TimeSeriesData.ts'

const chart = () => document.querySelector('[data-slot="chart"]') as HTMLElement

async function ready(): Promise<EChartsType> {
  const onInit = vi.fn<(instance: EChartsType) => void>()
  renderChart(
    <TimeSeriesChart
      {...TEST_CHART_PROPS}
      data={revenueSeries()}
      currency="EUR"
      locale="en-US"
      label="Revenue"
      onInit={onInit}
    />,
  )
  await waitFor(() => expect(onInit).toHaveBeenCalled())
  return onInit.mock.calls[0]?.[0] as EChartsType
}

describe('TimeSeriesChart', () => {
  it('exposes every state with data-state and the matching part', async () => {
    const onRetry = vi.fn()
    const { rerender } = renderChart(<TimeSeriesChart {...TEST_CHART_PROPS} state="loading" />)
    expect(chart().getAttribute('data-state')).toBe('loading')
    expect(chart().querySelector('[data-slot="chart-skeleton"]')).not.toBeNull()

    rerender(<TimeSeriesChart {...TEST_CHART_PROPS} state="error" onRetry={onRetry} />)
    expect(chart().getAttribute('data-state')).toBe('error')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledTimes(1)

    rerender(<TimeSeriesChart {...TEST_CHART_PROPS} state="unavailable" unavailableReason="plan" />)
    expect(chart().getAttribute('data-state')).toBe('unavailable')
    expect(screen.getByText('Not available on this Lago plan.')).not.toBeNull()

    rerender(
      <TimeSeriesChart {...TEST_CHART_PROPS} state="unavailable" unavailableReason="data-api" />,
    )
    expect(
      chart().querySelector('[data-slot="chart-unavailable"]')?.getAttribute('data-reason'),
    ).toBe('data-api')
    expect(screen.getByText('Connect the Lago Data API to see this chart.')).not.toBeNull()

    rerender(
      <TimeSeriesChart
        {...TEST_CHART_PROPS}
        state="ready"
        data={{ ...revenueSeries(), series: [{ key: 'a', name: 'A', values: [null, null, null] }] }}
      />,
    )
    expect(chart().getAttribute('data-state')).toBe('empty')

    rerender(<TimeSeriesChart {...TEST_CHART_PROPS} data={revenueSeries()} currency="EUR" />)
    expect(chart().getAttribute('data-state')).toBe('ready')
  })

  it('renders through ECharts, forwards ref, merges className and spreads props', async () => {
    const ref = createRef<HTMLDivElement>()
    const onInit = vi.fn<(instance: EChartsType) => void>()
    renderChart(
      <TimeSeriesChart
        {...TEST_CHART_PROPS}
        ref={ref}
        className="host"
        data-testid="revenue"
        data={revenueSeries()}
        currency="EUR"
        onInit={onInit}
      />,
    )
    expect(ref.current).toBe(chart())
    expect(chart().className).toContain('lago-analytics-chart')
    expect(chart().className).toContain('host')
    expect(screen.getByTestId('revenue')).toBe(chart())
    await waitFor(() => expect(onInit).toHaveBeenCalled())
    const instance = onInit.mock.calls[0]?.[0] as EChartsType
    const option = instance.getOption() as { series: { data: unknown[] }[] }
    expect(option.series).toHaveLength(2)
    expect(option.series[0]?.data).toEqual([1200, 1500.5, 999.99])
    await waitFor(() => expect(chart().querySelector('svg')).not.toBeNull())
  })

  it('table view shows the same numbers as the chart, with a totals row', async () => {
    const instance = await ready()
    const plotted = (instance.getOption() as { series: { data: (number | null)[] }[] }).series
    expect(plotted[0]?.data).toEqual([1200, 1500.5, 999.99])
    await userEvent.click(screen.getByRole('button', { name: 'View as table' }))
    const table = await screen.findByRole('table')
    expect(chart().getAttribute('data-view')).toBe('table')
    const rows = within(table).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      `Period↕Subscription↕${HOSTILE}↕`,
      'January 2026€1,200.00€50.00',
      'February 2026€1,500.50—',
      'March 2026€999.99€75.00',
      'Total€3,700.49€125.00',
    ])
    expect(table.querySelector('img')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'View as chart' }))
    expect(chart().getAttribute('data-view')).toBe('chart')
  })

  it("a series' total overrides the sum in the totals row (null leaves it blank)", async () => {
    const base = revenueSeries()
    renderChart(
      <TimeSeriesChart
        {...TEST_CHART_PROPS}
        defaultView="table"
        data={{
          ...base,
          series: [
            { ...(base.series[0] as TimeSeriesSeries), total: 1_000_000 },
            { ...(base.series[1] as TimeSeriesSeries), total: null },
          ],
        }}
        currency="EUR"
        label="Revenue"
      />,
    )
    const rows = within(await screen.findByRole('table')).getAllByRole('row')
    expect(rows.at(-1)?.textContent).toBe('Total€10,000.00—')
  })

  it('is controlled through view/onViewChange', async () => {
    const onViewChange = vi.fn()
    renderChart(
      <TimeSeriesChart
        {...TEST_CHART_PROPS}
        data={revenueSeries()}
        view="chart"
        onViewChange={onViewChange}
      />,
    )
    await userEvent.click(screen.getByRole('button', { name: 'View as table' }))
    expect(onViewChange).toHaveBeenCalledWith('table')
    expect(chart().getAttribute('data-view')).toBe('chart')
  })

  it('arrow keys move between points, highlight them and announce the value', async () => {
    const instance = await ready()
    const dispatch = vi.spyOn(instance, 'dispatchAction')
    const surface = screen.getByRole('application', { name: 'Revenue' })
    surface.focus()
    const live = () => chart().querySelector('[data-slot="chart-live"]')?.textContent
    await userEvent.keyboard('{ArrowRight}')
    expect(live()).toBe('Subscription, January 2026: €1,200.00')
    await userEvent.keyboard('{ArrowRight}')
    expect(live()).toBe('Subscription, February 2026: €1,500.50')
    expect(dispatch).toHaveBeenCalledWith({ type: 'highlight', seriesIndex: 0, dataIndex: 1 })
    expect(dispatch).toHaveBeenCalledWith({ type: 'showTip', seriesIndex: 0, dataIndex: 1 })
    await userEvent.keyboard('{ArrowDown}')
    expect(live()).toBe(`${HOSTILE}, February 2026: no data`)
    await userEvent.keyboard('{End}')
    expect(live()).toBe(`${HOSTILE}, March 2026: €75.00`)
    const tooltip = chart().querySelector('[data-slot="chart-tooltip"]') as HTMLElement
    expect(tooltip.textContent).toContain('March 2026')
    expect(tooltip.textContent).toContain(HOSTILE)
    expect(document.querySelector('img')).toBeNull()
    await userEvent.keyboard('{Escape}')
    expect(chart().querySelector('[data-slot="chart-tooltip"]')).toBeNull()
  })

  it('describes the series for assistive technology', async () => {
    await ready()
    const surface = screen.getByRole('application', { name: 'Revenue' })
    const description = document.getElementById(surface.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toContain(
      'Subscription: latest €999.99, highest €1,500.50 (February 2026), lowest €999.99 (March 2026).',
    )
  })

  it('legend names are text and toggle series', async () => {
    const instance = await ready()
    const legend = chart().querySelector('[data-slot="chart-legend"]') as HTMLElement
    expect(legend.textContent).toContain(HOSTILE)
    expect(legend.querySelector('img')).toBeNull()
    const toggle = within(legend).getByRole('button', { name: HOSTILE })
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    await userEvent.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    await waitFor(() =>
      expect((instance.getOption() as { series: { data: unknown[] }[] }).series[1]?.data).toEqual(
        [],
      ),
    )
  })
})

describe('partial periods', () => {
  it('hiding a series from the legend hides its dashed continuation too', async () => {
    const base = revenueSeries()
    const onInit = vi.fn<(instance: EChartsType) => void>()
    renderChart(
      <TimeSeriesChart
        {...TEST_CHART_PROPS}
        data={{
          ...base,
          periods: base.periods.map((period, index) => ({ ...period, partial: index === 2 })),
        }}
        currency="EUR"
        label="Revenue"
        onInit={onInit}
      />,
    )
    await waitFor(() => expect(onInit).toHaveBeenCalled())
    const instance = onInit.mock.calls[0]?.[0] as EChartsType
    const plotted = () =>
      Object.fromEntries(
        (instance.getOption() as { series: { id: string; data: unknown[] }[] }).series.map((s) => [
          s.id,
          s.data.filter((value) => value !== null && value !== undefined && value !== '-').length,
        ]),
      )
    expect(plotted()).toMatchObject({ subscription: 2, 'subscription::partial': 2 })
    await userEvent.click(screen.getByRole('button', { name: 'Subscription' }))
    await waitFor(() =>
      expect(plotted()).toMatchObject({ subscription: 0, 'subscription::partial': 0, usage: 1 }),
    )
  })
})

describe('mounting', () => {
  it('hands ECharts one option, already in the resolved theme (no light-theme first pass)', async () => {
    // All instances share one prototype: count every setOption of every chart.
    const probe = init(document.createElement('div'), null, {
      renderer: 'svg',
      width: 10,
      height: 10,
    })
    const setOption = vi.spyOn(Object.getPrototypeOf(probe) as EChartsType, 'setOption')
    probe.dispose()
    const onInit = vi.fn<(instance: EChartsType) => void>()
    const { container } = renderChart(
      <div data-theme="dark">
        <TimeSeriesChart
          {...TEST_CHART_PROPS}
          data={revenueSeries()}
          currency="EUR"
          label="Revenue"
          onInit={onInit}
        />
      </div>,
    )
    await waitFor(() => expect(onInit).toHaveBeenCalled())
    expect(setOption).toHaveBeenCalledTimes(1)
    const option = setOption.mock.calls[0]?.[0] as { textStyle?: { color?: string } }
    expect(option.textStyle?.color).toBe(DARK_CHART_THEME.text)
    expect(container.querySelectorAll('[data-slot="chart-canvas"]')).toHaveLength(1)
    setOption.mockRestore()
  })
})
