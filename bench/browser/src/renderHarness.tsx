import { useLayoutEffect, type ReactElement, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { numberParam } from './series.ts'

/** What a render page reports on `window.__benchResult`. */
export interface RenderResult {
  readonly lib: string
  readonly points: number
  /** `root.render` → chart drawn and a frame painted; `null` when it timed out. */
  readonly firstPaintMs: number | null
  /** Same for replacing the data with another series of the same size (median of the page's). */
  readonly updateMs: number | null
  readonly timedOut: boolean
  readonly error?: string
}

declare global {
  interface Window {
    __benchResult?: RenderResult
    /** With `?manual=1` the measurement waits for this call (a CPU profiler starts first). */
    __runRender?: () => void
  }
}

export interface RenderLib<D> {
  readonly name: string
  makeData(points: number, seed: number): D
  render(data: D): ReactElement
  /**
   * A string that changes when the drawing changes, `null` while nothing is drawn. SVG libraries
   * return (a digest of) the plotted path; canvas libraries return a constant once the canvas
   * exists, and the harness relies on the React commit instead (ECharts draws in `setOption`,
   * called synchronously from the commit).
   */
  signature(container: HTMLElement): string | null
  readonly canvas: boolean
}

/** Width × height of every chart. */
export const WIDTH = 800
export const HEIGHT = 400
const TIMEOUT_MS = 60_000

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

/** Digest of an SVG path's `d` (its length and ends: cheap even for 100k points). */
export function pathDigest(path: Element | null): string | null {
  const d = path?.getAttribute('d')
  if (d === null || d === undefined || d === '') return null
  return `${d.length}:${d.slice(0, 48)}:${d.slice(-48)}`
}

let onCommit: (version: number) => void = () => {}

/** Reports the React commit of each render (its layout effect runs after the chart's own). */
function Probe({ version, children }: { version: number; children: ReactNode }) {
  useLayoutEffect(() => onCommit(version), [version])
  return <>{children}</>
}

/**
 * Resolves with `performance.now()` one frame after the chart of `version` is in the DOM (and,
 * for SVG, its path differs from `before`): the frame that showed it has been painted.
 */
function whenPainted<D>(
  container: HTMLElement,
  lib: RenderLib<D>,
  version: number,
  before: string | null,
): Promise<number | null> {
  return new Promise((resolve) => {
    let committed = 0
    let done = false
    const observer = new MutationObserver(() => check())
    const timer = setTimeout(() => finish(null), TIMEOUT_MS)
    function finish(at: number | null) {
      if (done) return
      done = true
      observer.disconnect()
      clearTimeout(timer)
      onCommit = () => {}
      resolve(at)
    }
    function check() {
      if (done || committed < version) return
      const signature = lib.signature(container)
      if (signature === null) return
      if (!lib.canvas && before !== null && signature === before) return
      observer.disconnect()
      // rAF runs before the next frame is painted; the second one runs after it was.
      requestAnimationFrame(() => requestAnimationFrame(() => finish(performance.now())))
    }
    onCommit = (v) => {
      committed = Math.max(committed, v)
      check()
    }
    observer.observe(container, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['d'],
    })
  })
}

/** Mounts the chart, measures first paint, then a data update, and reports the result. */
/**
 * Mounts the chart and measures its first paint, then `?updates=` data updates (default 1; each
 * a different series of the same size) and reports the median update.
 */
export async function runRenderPage<D>(lib: RenderLib<D>): Promise<void> {
  const points = numberParam('n', 1000)
  const seed = numberParam('seed', 1)
  const updates = Math.max(1, numberParam('updates', 1))
  const container = document.getElementById('chart') as HTMLElement
  container.style.width = `${WIDTH}px`
  const report = (result: Omit<RenderResult, 'lib' | 'points'>) => {
    window.__benchResult = { lib: lib.name, points, ...result }
  }
  try {
    const series = Array.from({ length: updates + 1 }, (_, i) => lib.makeData(points, seed + i))
    const root = createRoot(container)
    if (new URLSearchParams(window.location.search).get('manual') === '1') {
      await new Promise<void>((resolve) => {
        window.__runRender = resolve
      })
    }
    await nextFrame()
    await nextFrame()

    let start = performance.now()
    const painted = whenPainted(container, lib, 1, null)
    root.render(<Probe version={1}>{lib.render(series[0] as D)}</Probe>)
    const end = await painted
    if (end === null) return report({ firstPaintMs: null, updateMs: null, timedOut: true })
    const firstPaintMs = end - start

    const times: number[] = []
    for (let version = 2; version <= updates + 1; version++) {
      // Let the previous paint settle (late effects, resize observers) before updating.
      await new Promise((resolve) => setTimeout(resolve, 100))
      await nextFrame()
      const before = lib.signature(container)
      start = performance.now()
      const updated = whenPainted(container, lib, version, before)
      root.render(<Probe version={version}>{lib.render(series[version - 1] as D)}</Probe>)
      const at = await updated
      if (at === null) return report({ firstPaintMs, updateMs: null, timedOut: true })
      times.push(at - start)
    }
    times.sort((a, b) => a - b)
    report({
      firstPaintMs,
      updateMs: times[Math.floor(times.length / 2)] as number,
      timedOut: false,
    })
  } catch (error) {
    report({ firstPaintMs: null, updateMs: null, timedOut: false, error: String(error) })
  }
}
