// jsdom has no canvas and no ResizeObserver: zrender only measures text with them.
// Node-environment test files (ECharts server-side SVG) share this setup: guard the DOM stubs.
import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

if (typeof window !== 'undefined') {
  // A no-op 2D context, so canvas-rendered charts (the default) run in jsdom: every method does
  // nothing, measureText gives a plausible width. What they draw is checked through the chart
  // models and the SVG renderer tests instead.
  const noop = () => undefined
  const context2d = new Proxy(
    {
      measureText: (text: string) => ({ width: text.length * 6 }),
      getImageData: () => ({ data: new Uint8ClampedArray(4) }),
      createLinearGradient: () => ({ addColorStop: noop }),
      createRadialGradient: () => ({ addColorStop: noop }),
      createPattern: () => ({}),
    } as Record<string | symbol, unknown>,
    {
      get: (target, key) => (key in target ? target[key] : noop),
      set: (target, key, value) => {
        target[key] = value
        return true
      },
    },
  )
  HTMLCanvasElement.prototype.getContext = (() =>
    context2d) as unknown as HTMLCanvasElement['getContext']

  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia
  }

  afterEach(() => cleanup())
}
