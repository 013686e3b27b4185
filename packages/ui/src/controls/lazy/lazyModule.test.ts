import { describe, expect, it, vi } from 'vitest'
import { lazyModule, preload } from './lazyModule.ts'

describe('lazyModule', () => {
  it('imports once, on the first load, and keeps the module', async () => {
    const module = { name: 'part' }
    const importer = vi.fn(() => Promise.resolve(module))
    const lazy = lazyModule(importer)
    expect(importer).not.toHaveBeenCalled()
    expect(lazy.peek()).toBeUndefined()
    const [a, b] = await Promise.all([lazy.load(), lazy.load()])
    expect(a).toBe(module)
    expect(b).toBe(module)
    expect(lazy.peek()).toBe(module)
    await lazy.load()
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('forgets a failed import, so the next load retries; preload swallows the failure', async () => {
    const importer = vi
      .fn<() => Promise<{ ok: true }>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce({ ok: true })
    const lazy = lazyModule(importer)
    preload(lazy)
    await expect(lazy.load()).rejects.toThrow('chunk failed')
    expect(lazy.peek()).toBeUndefined()
    await expect(lazy.load()).resolves.toEqual({ ok: true })
    expect(importer).toHaveBeenCalledTimes(2)
  })
})
