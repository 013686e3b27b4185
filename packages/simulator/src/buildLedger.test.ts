import { describe, expect, it } from 'vitest'
import { NOW } from '../test/helpers'
import { buildLedger } from './buildLedger'
import { FOREVER, INVOICE_KIND, PAYMENT_STATUS, WALLET_TX } from './ledger'
import { HOSTILE_NAMES } from './names'
import { monthOfDay } from './utcDay'

const ledger = buildLedger({
  seed: 42,
  now: new Date(NOW),
  months: 27,
  customers: 200,
  hostileNames: false,
})

describe('buildLedger', () => {
  it('covers 27 months ending today, with activity up to yesterday', () => {
    expect(ledger.currentMonth - ledger.firstMonth + 1).toBe(27)
    expect(ledger.horizon).toBe(ledger.today - 1)
    expect(monthOfDay(ledger.historyStart)).toBe(ledger.firstMonth)
    let lastInvoice = 0
    for (let i = 0; i < ledger.invoices.count; i++)
      lastInvoice = Math.max(lastInvoice, ledger.invoices.day[i]!)
    expect(lastInvoice).toBeLessThanOrEqual(ledger.horizon)
    expect(Math.min(...ledger.customers.map((c) => c.signupDay))).toBeLessThan(
      ledger.historyStart + 31,
    )
  })

  it('has a varied customer base', () => {
    expect(ledger.customers).toHaveLength(200)
    expect(new Set(ledger.customers.map((c) => c.country)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(ledger.customers.map((c) => c.type))).toEqual(new Set(['company', 'individual']))
    expect(new Set(ledger.customers.map((c) => ledger.currencies[c.currency]!.code))).toEqual(
      new Set(['USD', 'EUR', 'JPY', 'KWD']),
    )
    expect(new Set(ledger.customers.map((c) => c.entity))).toEqual(new Set([0, 1]))
    expect(ledger.billingEntities.map((e) => e.code)).toEqual(['acme_us', 'acme_eu'])
    expect(ledger.customers.some((c) => c.taxId === null)).toBe(true)
    expect(ledger.customers.some((c) => c.taxId !== null)).toBe(true)
    expect(new Set(ledger.customers.map((c) => c.externalId)).size).toBe(200)
    expect(ledger.customers.some((c) => c.deletedDay >= 0)).toBe(true)
  })

  it('uses correct minor units per currency', () => {
    expect(ledger.currencies.map((c) => [c.code, c.exponent])).toEqual([
      ['USD', 2],
      ['EUR', 2],
      ['JPY', 0],
      ['KWD', 3],
    ])
    const starter = ledger.plans.find((p) => p.code === 'starter_monthly')!
    // 49 USD, 45 EUR, 7,500 JPY, 15.000 KWD
    expect(starter.definition.price).toEqual([4900, 4500, 7500, 15000])
  })

  it('has plans of several intervals, one of them soft-deleted', () => {
    expect(ledger.plans.length).toBeGreaterThanOrEqual(5)
    expect(new Set(ledger.plans.map((p) => p.interval))).toEqual(
      new Set(['monthly', 'quarterly', 'yearly']),
    )
    expect(ledger.plans.filter((p) => p.deletedDay >= 0).map((p) => p.code)).toEqual([
      'basic_monthly',
    ])
    const yearly = ledger.plans.find((p) => p.code === 'enterprise_yearly')!
    expect(yearly.mrr[0]).toBe(100000)
  })

  it('has metered, recurring and soft-deleted billable metrics', () => {
    expect(ledger.metrics.map((m) => m.code)).toEqual(
      expect.arrayContaining(['api_calls', 'storage_gb', 'seats', 'compute_hours', 'emails_sent']),
    )
    expect(ledger.metrics.some((m) => m.recurring)).toBe(true)
    expect(ledger.metrics.some((m) => !m.recurring)).toBe(true)
    expect(ledger.metrics.filter((m) => m.deletedDay >= 0).map((m) => m.code)).toEqual(['sms_sent'])
  })

  it('has upgrades, downgrades, churn and reactivation', () => {
    const price = (plan: number): number => ledger.plans[plan]!.mrr[0]!
    let upgrades = 0
    let downgrades = 0
    for (const s of ledger.subscriptions) {
      for (let i = 1; i < s.segments.length; i++) {
        if (price(s.segments[i]!.plan) > price(s.segments[i - 1]!.plan)) upgrades++
        else downgrades++
      }
    }
    expect(upgrades).toBeGreaterThan(5)
    expect(downgrades).toBeGreaterThan(2)
    expect(ledger.subscriptions.filter((s) => s.endDay !== FOREVER).length).toBeGreaterThan(10)
    const reactivated = ledger.customers.filter((c) => {
      const subs = c.subscriptions.map((i) => ledger.subscriptions[i]!)
      return subs.some((a) => a.endDay !== FOREVER && subs.some((b) => b.startDay > a.endDay + 1))
    })
    expect(reactivated.length).toBeGreaterThan(0)
  })

  it('segments of a subscription are contiguous', () => {
    for (const s of ledger.subscriptions) {
      expect(s.segments[0]!.start).toBe(s.startDay)
      for (let i = 1; i < s.segments.length; i++)
        expect(s.segments[i]!.start).toBe(s.segments[i - 1]!.end + 1)
      expect(s.segments[s.segments.length - 1]!.end).toBe(s.endDay)
    }
  })

  it('bills coupons, credit notes, wallets, progressive billing, commitments and one-offs', () => {
    const inv = ledger.invoices
    const total = (column: Float64Array): number => column.reduce((a, b) => a + b, 0)
    expect(total(inv.coupons)).toBeGreaterThan(0)
    expect(total(inv.creditNotes)).toBeGreaterThan(0)
    expect(total(inv.freeCredits)).toBeGreaterThan(0)
    expect(total(inv.prepaidCredits)).toBeGreaterThan(0)
    expect(total(inv.progressiveCredit)).toBeGreaterThan(0)
    expect(total(inv.refund)).toBeGreaterThan(0)
    expect(total(inv.offset)).toBeGreaterThan(0)
    const kinds = new Set(inv.kind)
    for (const kind of Object.values(INVOICE_KIND)) expect(kinds.has(kind)).toBe(true)
    const feeKinds = new Set(ledger.fees.kind)
    expect([...feeKinds].sort()).toEqual([0, 1, 2, 3])
    const walletKinds = new Set(ledger.wallet.kind)
    for (const kind of Object.values(WALLET_TX)) expect(walletKinds.has(kind)).toBe(true)
  })

  it('has paid, pending, failed and overdue invoices, with due dates after issue', () => {
    const statuses = new Set(ledger.invoices.status)
    expect(statuses).toEqual(new Set(Object.values(PAYMENT_STATUS)))
    let overdue = 0
    for (let i = 0; i < ledger.invoices.count; i++) {
      expect(ledger.invoices.dueDay[i]!).toBeGreaterThanOrEqual(ledger.invoices.day[i]!)
      expect(ledger.invoices.total[i]!).toBeGreaterThanOrEqual(0)
      if (
        ledger.invoices.status[i] !== PAYMENT_STATUS.succeeded &&
        ledger.invoices.dueDay[i]! < ledger.today
      )
        overdue++
    }
    expect(overdue).toBeGreaterThan(0)
  })

  it('keeps invoice arithmetic consistent', () => {
    const inv = ledger.invoices
    for (let i = 0; i < inv.count; i++) {
      if (inv.kind[i] === INVOICE_KIND.credit) continue
      const beforeCredits =
        inv.feesAmount[i]! - inv.coupons[i]! - inv.progressiveCredit[i]! + inv.taxes[i]!
      const credits = inv.creditNotes[i]! + inv.freeCredits[i]! + inv.prepaidCredits[i]!
      expect(inv.total[i]).toBe(beforeCredits - credits)
    }
  })

  it('is deterministic per seed, and customers do not depend on how many there are', () => {
    const again = buildLedger({
      seed: 42,
      now: new Date(NOW),
      months: 27,
      customers: 200,
      hostileNames: false,
    })
    expect(again.invoices.total).toEqual(ledger.invoices.total)
    const other = buildLedger({
      seed: 43,
      now: new Date(NOW),
      months: 27,
      customers: 200,
      hostileNames: false,
    })
    expect(other.customers.map((c) => c.name)).not.toEqual(ledger.customers.map((c) => c.name))
    const fewer = buildLedger({
      seed: 42,
      now: new Date(NOW),
      months: 27,
      customers: 50,
      hostileNames: false,
    })
    expect(fewer.customers.map((c) => c.name)).toEqual(
      ledger.customers.slice(0, 50).map((c) => c.name),
    )
  })

  it('gives a few customers hostile names on request', () => {
    const hostile = buildLedger({
      seed: 42,
      now: new Date(NOW),
      months: 27,
      customers: 200,
      hostileNames: true,
    })
    const names = hostile.customers.map((c) => c.name)
    for (const name of HOSTILE_NAMES) expect(names).toContain(name)
    expect(ledger.customers.map((c) => c.name).filter((n) => HOSTILE_NAMES.includes(n))).toEqual([])
  })

  it('builds an empty organisation with zero customers', () => {
    const empty = buildLedger({
      seed: 1,
      now: new Date(NOW),
      months: 3,
      customers: 0,
      hostileNames: false,
    })
    expect(empty.invoices.count).toBe(0)
    expect(empty.fees.count).toBe(0)
  })
})

describe('wallet transactions', () => {
  it('never void or consume credits before a customer first bought or received any', () => {
    const firstInflow = new Map<number, number>()
    const w = ledger.wallet
    for (let i = 0; i < w.count; i++) {
      const kind = w.kind[i]!
      const customer = w.customer[i]!
      if (kind === WALLET_TX.purchased || kind === WALLET_TX.offered) {
        firstInflow.set(customer, Math.min(firstInflow.get(customer) ?? Infinity, w.day[i]!))
      }
    }
    for (let i = 0; i < w.count; i++) {
      expect(w.day[i]!).toBeGreaterThanOrEqual(firstInflow.get(w.customer[i]!) ?? Infinity)
      expect(w.day[i]!).toBeLessThanOrEqual(ledger.horizon)
    }
  })
})
