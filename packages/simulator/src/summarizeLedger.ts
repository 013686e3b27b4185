import type { CustomerType, PlanInterval } from './catalog'
import { FOREVER, type Ledger } from './ledger'
import { dayToIso, dayToTimestamp } from './utcDay'

/** A readable summary of the synthetic organisation, for tests, demos and pickers. */
export interface LedgerSummary {
  readonly organizationId: string
  /** The instant the data is "as of" (ISO timestamp). */
  readonly now: string
  /** Today's UTC date; data covers activity up to the end of yesterday. */
  readonly today: string
  /** First day of history (the organisation's creation). */
  readonly historyStart: string
  readonly months: number
  readonly currencies: readonly { readonly code: string; readonly exponent: number }[]
  readonly billingEntities: readonly {
    readonly id: string
    readonly code: string
    readonly name: string
  }[]
  readonly plans: readonly {
    readonly id: string
    readonly code: string
    readonly name: string
    readonly interval: PlanInterval
    readonly deletedAt: string | null
  }[]
  readonly metrics: readonly {
    readonly code: string
    readonly name: string
    readonly recurring: boolean
    readonly deleted: boolean
  }[]
  readonly customers: readonly {
    readonly id: string
    readonly externalId: string
    readonly name: string
    readonly type: CustomerType
    readonly country: string
    readonly currency: string
    readonly billingEntityCode: string
    readonly hasTaxId: boolean
    readonly signedUpOn: string | null
    readonly deletedAt: string | null
    readonly subscriptionExternalIds: readonly string[]
  }[]
  readonly subscriptions: readonly {
    readonly id: string
    readonly externalId: string
    readonly externalCustomerId: string
    /** Plan currently (or, once terminated, last) subscribed to. */
    readonly planCode: string
    readonly planCodes: readonly string[]
    readonly startedOn: string
    readonly terminatedOn: string | null
  }[]
}

export function summarizeLedger(ledger: Ledger): LedgerSummary {
  return {
    organizationId: ledger.organizationId,
    now: ledger.now.toISOString(),
    today: dayToIso(ledger.today),
    historyStart: dayToIso(ledger.historyStart),
    months: ledger.currentMonth - ledger.firstMonth + 1,
    currencies: ledger.currencies.map((c) => ({ code: c.code, exponent: c.exponent })),
    billingEntities: ledger.billingEntities.map((e) => ({ id: e.id, code: e.code, name: e.name })),
    plans: ledger.plans.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      interval: p.interval,
      deletedAt: p.deletedDay >= 0 ? dayToTimestamp(p.deletedDay) : null,
    })),
    metrics: ledger.metrics.map((m) => ({
      code: m.code,
      name: m.name,
      recurring: m.recurring,
      deleted: m.deletedDay >= 0,
    })),
    customers: ledger.customers.map((c) => ({
      id: c.id,
      externalId: c.externalId,
      name: c.name,
      type: c.type,
      country: c.country,
      currency: ledger.currencies[c.currency]?.code ?? '',
      billingEntityCode: ledger.billingEntities[c.entity]?.code ?? '',
      hasTaxId: c.taxId !== null,
      signedUpOn: c.signupDay <= ledger.horizon ? dayToIso(c.signupDay) : null,
      deletedAt: c.deletedDay >= 0 ? dayToTimestamp(c.deletedDay) : null,
      subscriptionExternalIds: c.subscriptions.map(
        (s) => ledger.subscriptions[s]?.externalId ?? '',
      ),
    })),
    subscriptions: ledger.subscriptions.map((s) => {
      const planCodes = s.segments.map((segment) => ledger.plans[segment.plan]?.code ?? '')
      return {
        id: s.id,
        externalId: s.externalId,
        externalCustomerId: ledger.customers[s.customer]?.externalId ?? '',
        planCode: planCodes[planCodes.length - 1] ?? '',
        planCodes,
        startedOn: dayToIso(s.startDay),
        terminatedOn: s.endDay === FOREVER ? null : dayToIso(s.endDay + 1),
      }
    }),
  }
}
