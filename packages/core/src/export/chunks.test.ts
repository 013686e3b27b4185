import { describe, expect, it } from 'vitest'
import { processInChunks } from './chunks.ts'

describe('processInChunks', () => {
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
    setTimeout(() => events.push('timer'), 0)
    await work
    expect(seen).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ])
    // A timer queued during the work runs between chunks: the main thread was released.
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
})
