/**
 * Init script of the dashboard pages (runs before any page script), as source text:
 * - shifts the page clock to the simulator's fixed `now` (Date only: timers, rAF and
 *   `performance.now()` are untouched), so the default range "last 12 months" matches the data;
 * - sets `window.__dashboardReady` to `{ readyMs, requests, firstRequestMs, lastResponseMs }`:
 *   `readyMs` is `performance.now()` (ms since navigation start) of the first painted frame after which every widget stays rendered for 500 ms: at least `expected`
 *   `[data-slot="widget"]` elements, none with a `[data-state="loading"]` inside, every ECharts
 *   surface holding its canvas and every Tremor chart its drawn SVG shapes. Checked once per
 *   frame; the time is taken in the frame after the check, i.e. after that frame was painted.
 *   With it, the data requests' count, first start and last response end (resource timing).
 */
export interface DashboardReady {
  readonly readyMs: number
  /** Data requests (resource timing entries under /api/lago-analytics/). */
  readonly requests: number
  readonly firstRequestMs: number | null
  readonly lastResponseMs: number | null
}

export function dashboardProbe(options: { expected: number; now: Date }): string {
  return `(() => {
  const RealDate = Date
  const offset = ${options.now.getTime()} - RealDate.now()
  class BenchDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
  }
  window.Date = BenchDate

  const expected = ${options.expected}
  function ready() {
    const widgets = document.querySelectorAll('[data-slot="widget"]')
    if (widgets.length < expected) return false
    for (const widget of widgets) {
      if (widget.querySelector('[data-state="loading"]') !== null) return false
      for (const surface of widget.querySelectorAll('[data-slot="chart-canvas"]')) {
        const canvas = surface.querySelector('canvas')
        if (canvas === null || canvas.width === 0) return false
      }
      for (const chart of widget.querySelectorAll('[data-bench-chart]')) {
        if (chart.querySelector('path.recharts-area-curve, .recharts-bar-rectangle > *') === null)
          return false
      }
    }
    return true
  }
  let candidate = null
  function frame() {
    if (ready()) {
      if (candidate === null) {
        candidate = 'pending'
        requestAnimationFrame(() => {
          if (candidate === 'pending') candidate = performance.now()
        })
      } else if (typeof candidate === 'number' && performance.now() - candidate >= 500) {
        const api = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/api/lago-analytics/'))
        window.__dashboardReady = {
          readyMs: candidate,
          requests: api.length,
          firstRequestMs: api.length === 0 ? null : Math.min(...api.map((entry) => entry.startTime)),
          lastResponseMs: api.length === 0 ? null : Math.max(...api.map((entry) => entry.responseEnd)),
        }
        return
      }
    } else {
      candidate = null
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`
}
