/**
 * Generates the synthetic organisation (the ledger) from a seed: billing entities, plans,
 * metrics, customers, subscription timelines, then bills every customer.
 */
import {
  BillingTables,
  draftSubscription,
  finalizeCustomer,
  type BillingContext,
  type CustomerBillingProfile,
  type Draft,
} from './billing'
import { BILLING_ENTITIES, COUNTRIES, COUPONS, METRICS, PLANS, type CustomerType } from './catalog'
import { CURRENCIES, fromUsdCents } from './currencies'
import { seedToNumber } from './hash'
import {
  FEE_KIND,
  FOREVER,
  INVOICE_KIND,
  type Ledger,
  type LedgerBillingEntity,
  type LedgerCustomer,
  type LedgerMetric,
  type LedgerPlan,
  type LedgerSubscription,
} from './ledger'
import { customerName, HOSTILE_NAMES } from './names'
import { createRandom, type Random } from './random'
import { simulateLifecycle } from './subscriptionLifecycle'
import { UsageModel } from './usageModel'
import { dayOf, monthOfDay, monthStartDay } from './utcDay'
import { uuidFromKeys } from './uuid'

export interface LedgerOptions {
  readonly seed: number | string
  readonly now: Date
  /** Months of history, counting the current (partial) month. */
  readonly months: number
  readonly customers: number
  readonly hostileNames: boolean
  readonly organizationId?: string
}

const INTERVAL_MONTHS = { monthly: 1, quarterly: 3, yearly: 12 } as const

/** Rounds to two significant digits so one-off prices look hand-picked. */
function niceRound(value: number): number {
  if (value <= 0) return 0
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return Math.round(value / step) * step
}

function pad(value: number): string {
  return String(value).padStart(5, '0')
}

export function buildLedger(options: LedgerOptions): Ledger {
  const seedHash = seedToNumber(options.seed)
  const today = dayOf(options.now)
  const horizon = today - 1
  const currentMonth = monthOfDay(today)
  const firstMonth = currentMonth - (options.months - 1)
  const historyStart = monthStartDay(firstMonth)
  const atShare = (share: number): number =>
    monthStartDay(firstMonth + Math.round(share * (options.months - 1)))

  const billingEntities: LedgerBillingEntity[] = BILLING_ENTITIES.map((definition, index) => ({
    index,
    id: uuidFromKeys(seedHash, 1, index),
    code: definition.code,
    name: definition.name,
    opensDay: atShare(definition.opensAtShare),
  }))
  const plans: LedgerPlan[] = PLANS.map((definition, index) => {
    const deleted =
      definition.deletedAtShare === undefined ? -1 : atShare(definition.deletedAtShare)
    const months = INTERVAL_MONTHS[definition.interval]
    return {
      index,
      id: uuidFromKeys(seedHash, 2, index),
      code: definition.code,
      name: definition.name,
      interval: definition.interval,
      deletedDay: deleted > historyStart && deleted <= horizon ? deleted : -1,
      definition,
      mrr: definition.price.map((price) => Math.round(price / months)),
    }
  })
  const planIndex = new Map(plans.map((plan) => [plan.code, plan.index]))
  const metrics: LedgerMetric[] = METRICS.map((definition, index) => {
    const deleted =
      definition.deletedAtShare === undefined ? -1 : atShare(definition.deletedAtShare) + 14
    return {
      index,
      id: uuidFromKeys(seedHash, 4, index),
      code: definition.code,
      name: definition.name,
      recurring: definition.recurring,
      deletedDay: deleted > historyStart && deleted <= horizon ? deleted : -1,
      definition,
    }
  })
  const unitPrices = plans.map((plan) =>
    metrics.map((metric) =>
      CURRENCIES.map(
        (currency) =>
          fromUsdCents(metric.definition.usdCentsPerUnit, currency) *
          plan.definition.usagePriceFactor,
      ),
    ),
  )
  const usage = new UsageModel({
    firstDay: historyStart,
    lastDay: today + 800,
    metrics,
    unitPrices,
    currencyCount: CURRENCIES.length,
  })
  const tables = new BillingTables()
  const context: BillingContext = {
    model: usage,
    plans,
    metricCount: metrics.length,
    horizon,
    tables,
  }

  const customers: LedgerCustomer[] = []
  const subscriptions: LedgerSubscription[] = []
  const countryWeights = COUNTRIES.map((country) => country.weight)
  const basic = plans.find((plan) => plan.definition.migratesTo !== undefined)

  const choosePlan = (random: Random, type: CustomerType, size: number, day: number): number => {
    const basicOpen = basic !== undefined && (basic.deletedDay < 0 || day < basic.deletedDay - 30)
    const b = basicOpen ? 1 : 0
    //                 basic  starter growth  team  scale growthY enterprise
    let weights: number[]
    if (type === 'individual') weights = [3 * b, 7, 2.5, 0, 0, 0, 0]
    else if (size < 0.6) weights = [2 * b, 6, 3, 1, 0, 0, 0]
    else if (size < 2) weights = [1 * b, 2, 5, 2, 1, 2, 0]
    else if (size < 5) weights = [0, 0, 3, 1, 4, 3, 1]
    else weights = [0, 0, 0, 0, 4, 1, 4]
    return random.weighted(
      plans.map((plan) => plan.index),
      weights,
    )
  }

  const createSubscription = (
    customer: LedgerCustomer,
    random: Random,
    size: number,
    startDay: number,
    plan: number,
  ): LedgerSubscription => {
    const index = subscriptions.length
    const usageBase = new Float64Array(metrics.length)
    metrics.forEach((metric) => {
      const definition = metric.definition
      if (customer.type === 'individual' && metric.code === 'seats') {
        usageBase[metric.index] = random.chance(0.3) ? 1 : 0
        return
      }
      if (!random.chance(definition.adoption)) return
      usageBase[metric.index] = definition.baseUnits * size * random.logNormal(1, 0.3)
    })
    const lifecycle = simulateLifecycle(random, plans, planIndex, startDay, plan, horizon)
    const subscription: LedgerSubscription = {
      index,
      id: uuidFromKeys(seedHash, 3, index),
      externalId: `sub_${pad(customer.index + 1)}_${customer.subscriptions.length + 1}`,
      customer: customer.index,
      startDay,
      endDay: lifecycle.endDay,
      segments: lifecycle.segments,
      usageKey: uuidHashKey(seedHash, index),
      usageBase,
      usageGrowth: random.float(-0.1, 0.8),
      usageInvoicedThrough: startDay - 1,
    }
    subscriptions.push(subscription)
    customer.subscriptions.push(index)
    return subscription
  }

  for (let i = 0; i < options.customers; i++) {
    const random = createRandom(seedHash, 11, i)
    const country = random.weighted(COUNTRIES, countryWeights)
    const type: CustomerType = random.chance(0.74) ? 'company' : 'individual'
    const entity = billingEntities[country.entity] as LedgerBillingEntity
    const earliest = Math.max(historyStart, entity.opensDay)
    const latest = Math.max(earliest, horizon - 1)
    const signupDay = random.chance(0.1)
      ? Math.min(latest, earliest + random.int(0, 20))
      : earliest + Math.floor((latest - earliest) * random.next() ** 0.8)
    const hostileSlot = (i - 3) / 17
    const name =
      options.hostileNames && i % 17 === 3 && hostileSlot < HOSTILE_NAMES.length
        ? (HOSTILE_NAMES[hostileSlot] as string)
        : customerName(random, country.locale, type, country.companySuffixes)
    const hasTaxId = random.chance(type === 'company' ? 0.85 : 0.1)
    const taxId = hasTaxId ? `${country.code}${random.int(100_000_000, 999_999_999)}` : null
    const size = type === 'company' ? random.logNormal(1, 0.9) : 0.2 * random.logNormal(1, 0.4)
    const currency = CURRENCIES.findIndex((c) => c.code === country.currency)
    const customer: LedgerCustomer = {
      index: i,
      id: uuidFromKeys(seedHash, 10, i),
      externalId: `cus_${pad(i + 1)}`,
      name,
      type,
      country: country.code,
      currency,
      entity: entity.index,
      taxId,
      taxRate: country.taxRate,
      signupDay,
      deletedDay: -1,
      subscriptions: [],
    }
    customers.push(customer)

    // Subscriptions: the first one, sometimes a second product, reactivations after churn.
    const lifeRandom = createRandom(seedHash, 12, i)
    const owned: LedgerSubscription[] = []
    if (signupDay <= horizon) {
      owned.push(
        createSubscription(
          customer,
          lifeRandom,
          size,
          signupDay,
          choosePlan(lifeRandom, type, size, signupDay),
        ),
      )
      if (type === 'company' && size > 1 && lifeRandom.chance(0.15)) {
        const start = signupDay + lifeRandom.int(45, 400)
        if (start <= horizon - 1) {
          const plan = lifeRandom.pick(['growth_monthly', 'team_quarterly', 'scale_monthly'])
          owned.push(
            createSubscription(customer, lifeRandom, size * 0.5, start, planIndex.get(plan) ?? 0),
          )
        }
      }
      let reactivations = 0
      for (let k = 0; k < owned.length; k++) {
        const sub = owned[k] as LedgerSubscription
        if (sub.endDay === FOREVER) continue
        const termination = sub.endDay + 1
        const covered = owned.some(
          (o) => o !== sub && o.startDay <= termination && o.endDay >= termination,
        )
        const later = owned.some((o) => o !== sub && o.startDay > termination)
        if (covered || later || reactivations >= 2 || !lifeRandom.chance(0.25)) continue
        const start = termination + lifeRandom.int(30, 180)
        if (start > horizon - 1) continue
        reactivations++
        const plan = lifeRandom.weighted(['starter_monthly', 'growth_monthly'], [2, 1])
        owned.push(createSubscription(customer, lifeRandom, size, start, planIndex.get(plan) ?? 0))
      }
    }
    const allEnded = owned.length > 0 && owned.every((sub) => sub.endDay !== FOREVER)
    const lastTermination = allEnded ? Math.max(...owned.map((sub) => sub.endDay + 1)) : -1
    if (allEnded && lifeRandom.chance(0.3)) {
      const deletedDay = lastTermination + lifeRandom.int(15, 90)
      if (deletedDay <= horizon) customer.deletedDay = deletedDay
    }

    // Billing.
    const billRandom = createRandom(seedHash, 13, i)
    const drafts: Draft[] = []
    let counter = 0
    const seq = (): number => counter++
    for (const sub of owned) draftSubscription(context, sub, currency, drafts, seq)

    // One-off invoices (professional services) while a subscription is active.
    if (type === 'company') {
      for (let month = monthOfDay(signupDay); monthStartDay(month) <= horizon; month++) {
        if (!billRandom.chance(0.025)) continue
        const day = Math.min(horizon, monthStartDay(month) + billRandom.int(2, 25))
        const sub = owned.find((o) => o.startDay <= day && o.endDay >= day)
        if (sub === undefined || day < signupDay) continue
        const segment = sub.segments.find((s) => s.start <= day && s.end >= day)
        if (segment === undefined) continue
        const amount = niceRound(
          fromUsdCents(billRandom.int(20_000, 150_000), CURRENCIES[currency] ?? CURRENCIES[0]!),
        )
        drafts.push({
          day,
          seq: seq(),
          subscription: sub.index,
          plan: segment.plan,
          kind: INVOICE_KIND.oneOff,
          fees: [
            { kind: FEE_KIND.oneOff, plan: segment.plan, metric: -1, amount, from: day, to: day },
          ],
          progressiveCredit: 0,
          balanceCredit: 0,
          settlement: null,
          creditPurchase: 0,
          creditGrant: 0,
          invoice: -1,
        })
      }
    }

    // Prepaid-credit wallet.
    const creditMinor = (CURRENCIES[currency] ?? CURRENCIES[0]!).creditMinor
    let walletPurchase = 0
    let walletTopUp = false
    if (owned.length > 0 && billRandom.chance(0.3)) {
      const day = signupDay + billRandom.int(0, 60)
      const credits = billRandom.pick(
        size < 1 ? [50, 100, 200] : size < 4 ? [200, 500, 1000] : [1000, 2000, 5000],
      )
      walletPurchase = credits * creditMinor
      walletTopUp = billRandom.chance(0.5)
      const grant = billRandom.chance(0.4) ? billRandom.pick([10, 25, 50]) * creditMinor : 0
      if (day <= horizon)
        drafts.push({
          day,
          seq: seq(),
          subscription: -1,
          plan: -1,
          kind: INVOICE_KIND.credit,
          fees: [],
          progressiveCredit: 0,
          balanceCredit: 0,
          settlement: null,
          creditPurchase: walletPurchase,
          creditGrant: grant,
          invoice: -1,
        })
    }
    const couponRoll = billRandom.next()
    const couponCode =
      couponRoll < 0.22
        ? 'welcome_20'
        : type === 'company' && couponRoll < 0.28
          ? 'partner_10'
          : null
    const profile: CustomerBillingProfile = {
      coupon: couponCode === null ? -1 : COUPONS.findIndex((c) => c.code === couponCode),
      loyaltyDay: billRandom.chance(0.25) ? signupDay + 365 : -1,
      walletTopUp,
      walletPurchase,
      walletCloseDay: lastTermination,
      payer: billRandom.weighted(['good', 'slow', 'bad'] as const, [80, 15, 5]),
      termsDays: type === 'individual' ? 0 : billRandom.weighted([0, 15, 30, 45], [2, 3, 5, 1]),
    }
    finalizeCustomer(context, customer, drafts, profile, billRandom)
  }

  return {
    seedHash,
    organizationId: options.organizationId ?? uuidFromKeys(seedHash, 0),
    now: options.now,
    today,
    horizon,
    historyStart,
    firstMonth,
    currentMonth,
    currencies: CURRENCIES,
    billingEntities,
    plans,
    metrics,
    customers,
    customerCurrency: Int32Array.from(customers, (customer) => customer.currency),
    subscriptions,
    fees: tables.freezeFees(),
    invoices: tables.freezeInvoices(),
    wallet: tables.freezeWallet(),
    usage,
    invoiceId: (index) => uuidFromKeys(seedHash, 5, index),
  }
}

function uuidHashKey(seedHash: number, index: number): number {
  return (seedHash ^ Math.imul(index + 1, 0x9e3779b1)) | 0
}
