import { afterEach, describe, expect, it, vi } from 'vitest'
import { processInChunks } from './chunks.ts'
import { startTicker } from '../../test/ticker.ts'

describe('processInChunks', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('runs every index once, in chunks, with progress and macrotask yields', async () => {
    const seen: [number, number][] = []
    const events: string[] = []
    const work = processInChunks(
      10,
      (start, end) => {
        seen.push([start, end])
        events.push(`chunk ${start}`)
      },
      { chunkSize: 4, onProgress: (done, total) => events.push(`${done}/${total}`) },
    )
    setImmediate(() => events.push('timer'))
    await work
    expect(seen).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ])
    // A macrotask queued during the work runs between chunks: the main thread was released.
    expect(events.indexOf('timer')).toBeGreaterThan(events.indexOf('chunk 0'))
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('chunk 8'))
    expect(events.filter((e) => e.includes('/'))).toEqual(['4/10', '8/10', '10/10'])
  })

  it('reports an empty run and honours an aborted signal', async () => {
    const events: string[] = []
    await processInChunks(0, () => events.push('work'), {
      onProgress: (d, t) => events.push(`${d}/${t}`),
    })
    expect(events).toEqual(['0/0'])
    await expect(
      processInChunks(5, () => undefined, { signal: AbortSignal.abort(new Error('no')) }),
    ).rejects.toThrow('no')
  })

  it('yields once sliceMs of work has passed, in blocks of at most 256 rows', async () => {
    // A fake clock the work advances: 0.02 ms a row, so a block of 256 rows takes 5.12 ms.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const blocks: [number, number][] = []
    const progress: number[] = []
    const ticker = startTicker()
    await processInChunks(
      3000,
      (start, end) => {
        blocks.push([start, end])
        now += (end - start) * 0.02
      },
      { sliceMs: 8, onProgress: (done) => progress.push(done) },
    )
    const ticks = ticker.stop()
    expect(blocks.every(([start, end]) => end - start <= 256)).toBe(true)
    expect(blocks.at(-1)).toEqual([2816, 3000])
    // Two blocks (10.24 ms) per slice, well before the 5,000-row default.
    expect(progress).toEqual([512, 1024, 1536, 2048, 2560, 3000])
    expect(ticks).toBeGreaterThan(1)
  })

  it('keeps chunkSize as an upper bound on the rows between yields', async () => {
    const blocks: [number, number][] = []
    const progress: number[] = []
    await processInChunks(700, (start, end) => void blocks.push([start, end]), {
      chunkSize: 300,
      sliceMs: Number.POSITIVE_INFINITY,
      onProgress: (done) => progress.push(done),
    })
    expect(blocks).toEqual([
      [0, 256],
      [256, 300],
      [300, 556],
      [556, 600],
      [600, 700],
    ])
    expect(progress).toEqual([300, 600, 700])
  })

  it('awaits asynchronous work before going on', async () => {
    const events: string[] = []
    await processInChunks(
      600,
      async (start) => {
        events.push(`start ${start}`)
        await Promise.resolve()
        events.push(`end ${start}`)
      },
      { sliceMs: Number.POSITIVE_INFINITY },
    )
    expect(events).toEqual(['start 0', 'end 0', 'start 256', 'end 256', 'start 512', 'end 512'])
  })
})
