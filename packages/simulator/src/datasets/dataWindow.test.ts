import { describe, expect, it } from 'vitest'
import { NOW } from '../../test/helpers'
import { buildLedger } from '../buildLedger'
import { dayToIso } from '../utcDay'
import { currencyOrder, dataWindow, FUTURE_LIMIT_DAYS } from './dataWindow'

const ledger = buildLedger({
  seed: 1,
  now: new Date(NOW),
  months: 3,
  customers: 5,
  hostileNames: false,
})

describe('dataWindow', () => {
  it('clips the window to the organisation’s history and two years ahead', () => {
    const window = dataWindow(ledger, 'monthly', 0, 1e6)!
    expect(window.fromDay).toBe(ledger.historyStart)
    expect(window.toDay).toBe(ledger.today + FUTURE_LIMIT_DAYS)
    expect(dayToIso(window.starts[0]!)).toBe('2026-09-01')
    expect(dataWindow(ledger, 'daily', 0, ledger.historyStart - 1)).toBeNull()
  })

  it('orders currencies alphabetically', () => {
    expect(currencyOrder(ledger).map((i) => ledger.currencies[i]!.code)).toEqual([
      'EUR',
      'JPY',
      'KWD',
      'USD',
    ])
  })
})
