import { DATASETS } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { isUnderBasePath, matchProxyRoute, normalizeBasePath } from './matchProxyRoute.ts'

describe('matchProxyRoute', () => {
  it('maps every dataset at the path the browser client builds', () => {
    for (const dataset of Object.values(DATASETS)) {
      const path = `/base${dataset.surface === 'public' ? '/api/v1/analytics/' : '/data-api/'}${dataset.path}`
      expect(matchProxyRoute(path, '/base')).toEqual({ kind: 'dataset', dataset })
    }
  })

  it('is exact: no trailing slash, case folding, decoding or dot segments', () => {
    for (const path of [
      '/base/api/v1/analytics/mrr/',
      '/base/api/v1/analytics/MRR',
      '/base/api/v1/analytics/m%72r',
      '/base/api/v1/analytics/./mrr',
      '/base/data-api/mrrs/',
      '/base/data-api/usages',
      '/base',
    ]) {
      expect(matchProxyRoute(path, '/base'), path).toEqual({ kind: 'unknown' })
    }
    expect(matchProxyRoute('/basement/api/v1/analytics/mrr', '/base')).toEqual({ kind: 'outside' })
  })

  it('normalises basePath', () => {
    expect(normalizeBasePath(undefined)).toBe('')
    expect(normalizeBasePath('/')).toBe('')
    expect(normalizeBasePath('/api/lago/')).toBe('/api/lago')
    expect(() => normalizeBasePath('api')).toThrow(TypeError)
    expect(() => normalizeBasePath('/a?b')).toThrow(TypeError)
    expect(isUnderBasePath('/anything', '')).toBe(true)
    expect(isUnderBasePath('/api/lago', '/api/lago')).toBe(true)
  })
})
