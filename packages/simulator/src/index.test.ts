import { describe, expect, it } from 'vitest'
import * as simulator from './index'

describe('package entry', () => {
  it('exports the public API and nothing from msw', () => {
    expect(Object.keys(simulator).sort()).toEqual([
      'DEFAULT_API_KEY',
      'DEFAULT_CUSTOMERS',
      'DEFAULT_DATA_API_TOKEN',
      'DEFAULT_MONTHS',
      'DEFAULT_SEED',
      'FAULT_HEADER',
      'FAULT_NAMES',
      'MAX_CUSTOMERS',
      'createSimulator',
      'createSimulatorFetch',
      'parseFaultHeader',
      'startSimulator',
    ])
  })
})
