import { describe, expect, it } from 'vitest'
import { NOW } from '../test/helpers'
import { buildLedger } from './buildLedger'
import { summarizeLedger } from './summarizeLedger'

describe('summarizeLedger', () => {
  it('describes the organisation with readable dates and codes', () => {
    const ledger = buildLedger({
      seed: 42,
      now: new Date(NOW),
      months: 27,
      customers: 50,
      hostileNames: false,
    })
    const summary = summarizeLedger(ledger)
    expect(summary.now).toBe('2026-11-24T13:45:00.000Z')
    expect(summary.months).toBe(27)
    expect(summary.customers[0]).toMatchObject({
      externalId: 'cus_00001',
      currency: expect.stringMatching(/^[A-Z]{3}$/),
    })
    expect(summary.metrics.find((m) => m.code === 'sms_sent')).toEqual({
      code: 'sms_sent',
      name: 'SMS sent (retired)',
      recurring: false,
      deleted: true,
    })
    for (const sub of summary.subscriptions) {
      expect(sub.planCodes[sub.planCodes.length - 1]).toBe(sub.planCode)
      expect(sub.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(summary.subscriptions.some((s) => s.terminatedOn !== null)).toBe(true)
  })
})
