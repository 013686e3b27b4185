import { screen, waitFor } from '@testing-library/react'
import type { EChartsType } from 'echarts/core'
import { describe, expect, it, vi } from 'vitest'
import { chartRoot } from '../testing/expectStates.tsx'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { Sparkline } from './Sparkline.tsx'

describe('Sparkline', () => {
  it('is an image described by its trend, without toggle or keyboard stop', async () => {
    const onInit = vi.fn<(instance: EChartsType) => void>()
    renderChart(
      <Sparkline
        {...TEST_CHART_PROPS}
        values={[120000, 90000, 150000]}
        currency="EUR"
        locale="en-US"
        label="MRR trend"
        onInit={onInit}
      />,
    )
    const image = screen.getByRole('img', { name: 'MRR trend' })
    expect(image.hasAttribute('tabindex')).toBe(false)
    const description = document.getElementById(image.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toBe(
      'Trend from €1,200.00 to €1,500.00; low €900.00, high €1,500.00.',
    )
    expect(screen.queryByRole('button')).toBeNull()
    await waitFor(() => expect(onInit).toHaveBeenCalled())
    expect(chartRoot().getAttribute('data-state')).toBe('ready')
  })

  it('has loading and empty states', () => {
    const { rerender } = renderChart(<Sparkline {...TEST_CHART_PROPS} state="loading" />)
    expect(chartRoot().getAttribute('data-state')).toBe('loading')
    rerender(<Sparkline {...TEST_CHART_PROPS} values={[null, null]} />)
    expect(chartRoot().getAttribute('data-state')).toBe('empty')
  })
})
