import { compareValues, money } from '@lago-analytics/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { harness } from '../../../test/controlsHarness.tsx'
import { MetricCard } from './MetricCard.tsx'

function card() {
  return screen.getByRole('group')
}

function delta() {
  const element = card().querySelector('[data-slot="metric-card-delta"]')
  if (!(element instanceof HTMLElement)) throw new Error('no delta')
  return element
}

describe('MetricCard', () => {
  it('formats money exactly, compact on request, and labels the group', () => {
    const { rerender } = render(<MetricCard label="Net revenue" value={money(123450, 'EUR')} />)
    expect(screen.getByRole('group', { name: 'Net revenue' }).getAttribute('data-state')).toBe(
      'ready',
    )
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).toBe('€1,234.50')
    rerender(<MetricCard label="Net revenue" value={money(123_456_789, 'EUR')} compact />)
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).toBe('€1.2M')
    rerender(<MetricCard label="KWD" value={money(1_234_567, 'KWD')} />)
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).toBe(
      'KWD\u00a01,234.567',
    )
  })

  it('formats numbers and percentages in the provider locale, or the locale prop', () => {
    const { wrapper: Wrapper } = harness({ locale: 'fr-FR' })
    const { rerender } = render(
      <Wrapper>
        <MetricCard label="Churn" value={0.125} format="percent" />
      </Wrapper>,
    )
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).toBe('12,5\u00a0%')
    rerender(
      <Wrapper>
        <MetricCard label="Customers" value={12345} locale="de-DE" />
      </Wrapper>,
    )
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).toBe('12.345')
    rerender(
      <Wrapper>
        <MetricCard label="Broken" value={Number.NaN} />
      </Wrapper>,
    )
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).toBe('—')
  })

  it('a rise is good news for revenue: arrow, signed text, sentence for screen readers', () => {
    render(<MetricCard label="MRR" value={1125} delta={compareValues(1125, 1000)} />)
    expect(delta().getAttribute('data-state')).toBe('up')
    expect(delta().getAttribute('data-tone')).toBe('positive')
    expect(delta().querySelector('svg[data-slot="metric-card-delta-icon"]')).not.toBeNull()
    expect(delta().querySelector('[data-slot="metric-card-delta-value"]')?.textContent).toBe(
      '+12.5%',
    )
    expect([
      ...(within(delta()).getByText('up 12.5% versus previous period')?.classList ?? []),
    ]).toEqual(expect.arrayContaining(['lago-analytics-sr-only']))
  })

  it('a rise in churn is bad news, a drop good news; neutral metrics have no tone', () => {
    const { rerender } = render(
      <MetricCard
        label="Churn"
        value={12}
        delta={compareValues(12, 10)}
        sentiment="decrease-is-good"
      />,
    )
    expect(delta().getAttribute('data-state')).toBe('up')
    expect(delta().getAttribute('data-tone')).toBe('negative')
    rerender(
      <MetricCard
        label="Churn"
        value={8}
        delta={compareValues(8, 10)}
        sentiment="decrease-is-good"
        comparisonLabel="versus last year"
      />,
    )
    expect(delta().getAttribute('data-state')).toBe('down')
    expect(delta().getAttribute('data-tone')).toBe('positive')
    expect(delta().textContent).toContain('down 20% versus last year')
    rerender(
      <MetricCard label="Seats" value={8} delta={compareValues(8, 10)} sentiment="neutral" />,
    )
    expect(delta().getAttribute('data-tone')).toBe('neutral')
    rerender(<MetricCard label="Revenue" value={8} delta={compareValues(8, 10)} />)
    expect(delta().getAttribute('data-tone')).toBe('negative')
  })

  it('no baseline shows "—" and says so, never Infinity or NaN', () => {
    const { rerender } = render(
      <MetricCard label="New MRR" value={500} delta={compareValues(500, 0)} />,
    )
    expect(delta().getAttribute('data-state')).toBe('no-baseline')
    expect(delta().getAttribute('data-tone')).toBe('neutral')
    expect(delta().querySelector('[data-slot="metric-card-delta-value"]')?.textContent).toBe('—')
    expect(delta().textContent).toContain('no baseline')
    expect(delta().textContent).toContain('the comparison period was zero')
    expect(delta().querySelector('svg')).toBeNull()
    expect(card().textContent).not.toMatch(/Infinity|NaN|∞/)
    rerender(<MetricCard label="New MRR" value={500} delta={compareValues(500, null)} />)
    expect(delta().textContent).toContain('no data for the comparison period')
    expect(card().textContent).not.toMatch(/Infinity|NaN|∞/)
  })

  it('unchanged when the change rounds to zero', () => {
    render(<MetricCard label="MRR" value={100_000} delta={compareValues(100_001, 100_000)} />)
    expect(delta().getAttribute('data-state')).toBe('flat')
    expect(delta().textContent).toContain('unchanged versus previous period')
  })

  it('loading shows skeletons and is busy; empty shows a message', () => {
    const { rerender } = render(
      <MetricCard
        label="MRR"
        state="loading"
        value={1}
        delta={compareValues(2, 1)}
        sparkline={<i />}
      />,
    )
    expect(card().getAttribute('data-state')).toBe('loading')
    expect(card().getAttribute('aria-busy')).toBe('true')
    expect(card().querySelectorAll('[aria-hidden].lago-analytics-skeleton')).toHaveLength(3)
    expect(screen.getByText('Loading…')).toBeTruthy()
    expect(card().querySelector('[data-slot="metric-card-value"]')?.textContent).not.toContain('1')
    rerender(<MetricCard label="MRR" state="empty" value={null} />)
    expect(card().getAttribute('data-state')).toBe('empty')
    expect(screen.getByText('No data for this period')).toBeTruthy()
  })

  it('error shows a retry button that calls onRetry', async () => {
    const onRetry = vi.fn()
    render(
      <MetricCard
        label="MRR"
        state="error"
        value={1}
        delta={compareValues(2, 1)}
        onRetry={onRetry}
      />,
    )
    expect(screen.getByRole('alert').textContent).toContain('This figure could not be loaded.')
    expect(card().querySelector('[data-slot="metric-card-delta"]')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('unavailable explains why, with the docs link', () => {
    const { rerender } = render(
      <MetricCard
        label="MRR"
        state="unavailable"
        unavailableReason="plan"
        docsHref="https://docs.example/premium"
      />,
    )
    expect(card().getAttribute('data-state')).toBe('unavailable')
    expect(screen.getByText('Not available on this Lago plan.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Learn more' }).getAttribute('href')).toBe(
      'https://docs.example/premium',
    )
    rerender(<MetricCard label="MRR" state="unavailable" unavailableReason="data-api" />)
    expect(screen.getByText('Needs the Lago Data API.')).toBeTruthy()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('compound parts: refs, merged className, extra props, sparkline render prop', () => {
    const ref = createRef<HTMLDivElement>()
    const valueRef = createRef<HTMLDivElement>()
    const renderSpark = vi.fn(({ state }: { state: string }) => (
      <svg data-testid="spark" data-s={state} />
    ))
    render(
      <MetricCard.Root ref={ref} className="host" data-testid="root" state="ready">
        <MetricCard.Label className="label-x">Revenue</MetricCard.Label>
        <MetricCard.Value ref={valueRef} value={money(5000, 'JPY')} />
        <MetricCard.Delta comparison={compareValues(5000, 4000)} />
        <MetricCard.Sparkline>{renderSpark}</MetricCard.Sparkline>
      </MetricCard.Root>,
    )
    expect(ref.current).toBe(screen.getByTestId('root'))
    expect([...(ref.current?.classList ?? [])]).toEqual(
      expect.arrayContaining(['lago-analytics', 'lago-analytics-metric-card', 'host']),
    )
    expect([...(screen.getByText('Revenue')?.classList ?? [])]).toEqual(
      expect.arrayContaining(['lago-analytics-metric-card__label', 'label-x']),
    )
    expect(screen.getByRole('group', { name: 'Revenue' })).toBe(ref.current)
    expect(valueRef.current?.textContent).toBe('¥5,000')
    expect(screen.getByTestId('spark').getAttribute('data-s')).toBe('ready')
    expect(renderSpark).toHaveBeenCalledWith({ state: 'ready' })
  })

  it('parts outside the root name the problem', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<MetricCard.Value value={1} />)).toThrow(
      'MetricCard.Value must be used inside <MetricCard.Root>',
    )
    vi.restoreAllMocks()
  })
})
