/**
 * The billing engine: turns subscription timelines into invoice drafts (calendar billing,
 * subscription fees in advance, usage in arrears, prorated upgrades, minimum-commitment
 * true-ups, progressive billing, onboarding add-ons), then finalises each customer's drafts in
 * order, applying coupons, taxes, credit notes and prepaid-credit wallets, and deciding payment
 * status "as of" the ledger's horizon.
 */
import { COUPONS, type PlanInterval } from './catalog'
import { FloatColumn, IntColumn } from './columns'
import {
  FEE_KIND,
  FOREVER,
  INVOICE_KIND,
  PAYMENT_STATUS,
  WALLET_TX,
  type FeeTable,
  type InvoiceTable,
  type LedgerCustomer,
  type LedgerPlan,
  type LedgerSubscription,
  type WalletTable,
} from './ledger'
import type { Random } from './random'
import type { UsageModel } from './usageModel'
import { dayFromParts, MS_PER_DAY } from './utcDay'

export interface DraftFee {
  readonly kind: number
  readonly plan: number
  readonly metric: number
  readonly amount: number
  readonly from: number
  readonly to: number
}

export interface Draft {
  readonly day: number
  readonly seq: number
  readonly subscription: number
  readonly plan: number
  readonly kind: number
  readonly fees: DraftFee[]
  progressiveCredit: number
  /** Credit note (credit type) added to the customer's balance just before this invoice. */
  balanceCredit: number
  /** Termination credit note against an earlier invoice: refund if paid, offset otherwise. */
  settlement: { readonly amount: number; readonly against: Draft } | null
  /** Wallet purchase amount for credit invoices. */
  creditPurchase: number
  /** Free credits granted together with a wallet purchase. */
  creditGrant: number
  /** Invoice index, once finalised. */
  invoice: number
}

export interface CustomerBillingProfile {
  readonly coupon: number
  readonly loyaltyDay: number
  readonly walletTopUp: boolean
  /** Wallet purchase amount (minor units) used for top-ups. */
  readonly walletPurchase: number
  readonly walletCloseDay: number
  readonly payer: 'good' | 'slow' | 'bad'
  readonly termsDays: number
}

/** Collects the fact tables while customers are billed one after the other. */
export class BillingTables {
  readonly fee = {
    day: new IntColumn(),
    customer: new IntColumn(),
    subscription: new IntColumn(),
    plan: new IntColumn(),
    kind: new IntColumn(),
    metric: new IntColumn(),
    amount: new FloatColumn(),
    discount: new FloatColumn(),
    tax: new FloatColumn(),
    fromDay: new IntColumn(),
    toDay: new IntColumn(),
    invoice: new IntColumn(),
  }
  readonly invoice = {
    day: new IntColumn(),
    customer: new IntColumn(),
    subscription: new IntColumn(),
    plan: new IntColumn(),
    kind: new IntColumn(),
    feesAmount: new FloatColumn(),
    coupons: new FloatColumn(),
    progressiveCredit: new FloatColumn(),
    taxes: new FloatColumn(),
    creditNotes: new FloatColumn(),
    freeCredits: new FloatColumn(),
    prepaidCredits: new FloatColumn(),
    total: new FloatColumn(),
    status: new IntColumn(),
    dueDay: new IntColumn(),
    paidDay: new IntColumn(),
    refund: new FloatColumn(),
    offset: new FloatColumn(),
  }
  readonly wallet = {
    day: new IntColumn(),
    customer: new IntColumn(),
    kind: new IntColumn(),
    amount: new FloatColumn(),
  }

  walletTx(day: number, customer: number, kind: number, amount: number): void {
    if (amount <= 0) return
    this.wallet.day.push(day)
    this.wallet.customer.push(customer)
    this.wallet.kind.push(kind)
    this.wallet.amount.push(amount)
  }

  freezeFees(): FeeTable {
    const f = this.fee
    return {
      count: f.day.length,
      day: f.day.freeze(),
      customer: f.customer.freeze(),
      subscription: f.subscription.freeze(),
      plan: f.plan.freeze(),
      kind: f.kind.freeze(),
      metric: f.metric.freeze(),
      amount: f.amount.freeze(),
      discount: f.discount.freeze(),
      tax: f.tax.freeze(),
      fromDay: f.fromDay.freeze(),
      toDay: f.toDay.freeze(),
      invoice: f.invoice.freeze(),
    }
  }

  freezeInvoices(): InvoiceTable {
    const i = this.invoice
    return {
      count: i.day.length,
      day: i.day.freeze(),
      customer: i.customer.freeze(),
      subscription: i.subscription.freeze(),
      plan: i.plan.freeze(),
      kind: i.kind.freeze(),
      feesAmount: i.feesAmount.freeze(),
      coupons: i.coupons.freeze(),
      progressiveCredit: i.progressiveCredit.freeze(),
      taxes: i.taxes.freeze(),
      creditNotes: i.creditNotes.freeze(),
      freeCredits: i.freeCredits.freeze(),
      prepaidCredits: i.prepaidCredits.freeze(),
      total: i.total.freeze(),
      status: i.status.freeze(),
      dueDay: i.dueDay.freeze(),
      paidDay: i.paidDay.freeze(),
      refund: i.refund.freeze(),
      offset: i.offset.freeze(),
    }
  }

  freezeWallet(): WalletTable {
    const w = this.wallet
    return {
      count: w.day.length,
      day: w.day.freeze(),
      customer: w.customer.freeze(),
      kind: w.kind.freeze(),
      amount: w.amount.freeze(),
    }
  }
}

export interface BillingContext {
  readonly model: UsageModel
  readonly plans: readonly LedgerPlan[]
  readonly metricCount: number
  readonly horizon: number
  readonly tables: BillingTables
}

/** `[periodStart, periodEnd]` of the calendar billing period containing `day`. */
export function billingPeriod(interval: PlanInterval, day: number): [number, number] {
  const date = new Date(day * MS_PER_DAY)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  switch (interval) {
    case 'monthly':
      return [dayFromParts(year, month, 1), dayFromParts(year, month + 1, 1) - 1]
    case 'quarterly': {
      const first = month - (month % 3)
      return [dayFromParts(year, first, 1), dayFromParts(year, first + 3, 1) - 1]
    }
    case 'yearly':
      return [dayFromParts(year, 0, 1), dayFromParts(year + 1, 0, 1) - 1]
    default: {
      const exhaustive: never = interval
      throw new Error(`unknown interval ${String(exhaustive)}`)
    }
  }
}

function isRenewal(interval: PlanInterval, day: number): boolean {
  return billingPeriod(interval, day)[0] === day
}

/**
 * Appends the invoice drafts of one subscription to `drafts`, and records how far its usage has
 * been invoiced. `seq` provides a stable order for drafts issued the same day.
 */
export function draftSubscription(
  context: BillingContext,
  subscription: LedgerSubscription,
  currency: number,
  drafts: Draft[],
  seq: () => number,
): void {
  const { model, plans, horizon, metricCount } = context
  const segments = subscription.segments
  const terminationDay = subscription.endDay === FOREVER ? -1 : subscription.endDay + 1
  const lastLoopDay = terminationDay >= 0 ? Math.min(terminationDay, horizon) : horizon
  subscription.usageInvoicedThrough = subscription.startDay - 1
  if (subscription.startDay > horizon) return
  let segmentIndex = 0
  let segment = segments[0]
  if (segment === undefined) return
  const accumulated = new Float64Array(metricCount)
  let accumulatedTotal = 0
  let periodStart = subscription.startDay
  let progressiveBilled = 0
  let progressiveDone = false
  /** The last subscription fee billed in advance (for credit notes on upgrade/termination). */
  const state: { advance: { amount: number; from: number; to: number; draft: Draft } | null } = {
    advance: null,
  }

  const draft = (day: number, kind: number, plan: number): Draft => {
    const created: Draft = {
      day,
      seq: seq(),
      subscription: subscription.index,
      plan,
      kind,
      fees: [],
      progressiveCredit: 0,
      balanceCredit: 0,
      settlement: null,
      creditPurchase: 0,
      creditGrant: 0,
      invoice: -1,
    }
    drafts.push(created)
    return created
  }
  const pushUsageFees = (target: Draft, plan: number, to: number): void => {
    for (let metric = 0; metric < metricCount; metric++) {
      const amount = accumulated[metric] ?? 0
      if (amount > 0)
        target.fees.push({ kind: FEE_KIND.usage, plan, metric, amount, from: periodStart, to })
    }
  }
  const resetPeriod = (day: number): void => {
    accumulated.fill(0)
    accumulatedTotal = 0
    periodStart = day
    progressiveBilled = 0
    progressiveDone = false
  }
  /** Subscription fee in advance, prorated to the end of the calendar period; onboarding add-on. */
  const pushSubscriptionFee = (
    target: Draft,
    plan: number,
    day: number,
    previousPlan: number,
  ): void => {
    const ledgerPlan = plans[plan] as LedgerPlan
    const [from, to] = billingPeriod(ledgerPlan.interval, day)
    const price = ledgerPlan.definition.price[currency] ?? 0
    const amount = Math.round((price * (to - day + 1)) / (to - from + 1))
    target.fees.push({ kind: FEE_KIND.subscription, plan, metric: -1, amount, from: day, to })
    state.advance = { amount, from: day, to, draft: target }
    const onboarding = ledgerPlan.definition.onboardingFee
    const hadOnboarding =
      previousPlan >= 0 && plans[previousPlan]?.definition.onboardingFee !== undefined
    if (onboarding && !hadOnboarding) {
      const oneOff = onboarding[currency] ?? 0
      target.fees.push({
        kind: FEE_KIND.oneOff,
        plan,
        metric: -1,
        amount: oneOff,
        from: day,
        to: day,
      })
    }
  }
  const unusedAdvance = (day: number): number => {
    const advance = state.advance
    if (advance === null || advance.to < day) return 0
    return Math.round((advance.amount * (advance.to - day + 1)) / (advance.to - advance.from + 1))
  }

  pushSubscriptionFee(
    draft(subscription.startDay, INVOICE_KIND.subscription, segment.plan),
    segment.plan,
    subscription.startDay,
    -1,
  )

  for (let day = subscription.startDay; day <= lastLoopDay; day++) {
    if (day === terminationDay) {
      const final = draft(day, INVOICE_KIND.subscription, segment.plan)
      pushUsageFees(final, segment.plan, day - 1)
      final.progressiveCredit = progressiveBilled
      const unused = unusedAdvance(day)
      if (unused > 0 && state.advance !== null)
        final.settlement = { amount: unused, against: state.advance.draft }
      subscription.usageInvoicedThrough = day - 1
      break
    }
    const next = segments[segmentIndex + 1]
    const changes = next !== undefined && next.start === day
    if (day > subscription.startDay && model.dom(day) === 1) {
      const closing = segment
      const boundary = draft(day, INVOICE_KIND.subscription, changes ? next.plan : closing.plan)
      pushUsageFees(boundary, closing.plan, day - 1)
      boundary.progressiveCredit = progressiveBilled
      const closingPlan = plans[closing.plan] as LedgerPlan
      const commitment = closingPlan.definition.minimumCommitment
      if (commitment && periodStart === day - model.daysInMonth[day - 1 - model.firstDay]!) {
        const trueUp =
          (commitment[currency] ?? 0) -
          ((closingPlan.definition.price[currency] ?? 0) + accumulatedTotal)
        if (trueUp > 0)
          boundary.fees.push({
            kind: FEE_KIND.commitment,
            plan: closing.plan,
            metric: -1,
            amount: trueUp,
            from: periodStart,
            to: day - 1,
          })
      }
      subscription.usageInvoicedThrough = day - 1
      resetPeriod(day)
      if (changes) {
        segmentIndex++
        segment = next
      }
      if (changes || isRenewal((plans[segment.plan] as LedgerPlan).interval, day))
        pushSubscriptionFee(boundary, segment.plan, day, changes ? closing.plan : segment.plan)
    } else if (changes) {
      const upgrade = draft(day, INVOICE_KIND.subscription, next.plan)
      pushUsageFees(upgrade, segment.plan, day - 1)
      upgrade.progressiveCredit = progressiveBilled
      upgrade.balanceCredit = unusedAdvance(day)
      subscription.usageInvoicedThrough = day - 1
      resetPeriod(day)
      const previous = segment.plan
      segmentIndex++
      segment = next
      pushSubscriptionFee(upgrade, segment.plan, day, previous)
    }
    for (let metric = 0; metric < metricCount; metric++) {
      const units = model.unitsMilli(subscription, metric, day)
      if (units === 0) continue
      const amount = model.amount(units, segment.plan, metric, currency)
      accumulated[metric] = (accumulated[metric] ?? 0) + amount
      accumulatedTotal += amount
    }
    const threshold = (plans[segment.plan] as LedgerPlan).definition.progressiveThreshold
    if (threshold && !progressiveDone && accumulatedTotal >= (threshold[currency] ?? Infinity)) {
      const issueDay = day + 1
      const blocked =
        issueDay > horizon ||
        model.dom(issueDay) === 1 ||
        issueDay === terminationDay ||
        segments[segmentIndex + 1]?.start === issueDay
      if (!blocked) {
        const progressive = draft(issueDay, INVOICE_KIND.progressive, segment.plan)
        pushUsageFees(progressive, segment.plan, day)
        progressiveBilled = accumulatedTotal
        progressiveDone = true
      }
    }
  }
}

interface PayerProfile {
  readonly fail: number
  readonly never: number
  delay(random: Random, terms: number): number
}

const PAYERS: Record<CustomerBillingProfile['payer'], PayerProfile> = {
  good: {
    fail: 0.02,
    never: 0.002,
    delay: (random, terms) =>
      terms === 0
        ? random.int(0, 1)
        : random.int(0, terms) + (random.chance(0.08) ? random.int(3, 15) : 0),
  },
  slow: { fail: 0.05, never: 0.01, delay: (random, terms) => terms + random.int(0, 30) },
  bad: { fail: 0.18, never: 0.06, delay: (random, terms) => terms + random.int(10, 60) },
}

/** The share of a wallet purchase below which an auto top-up buys it again. */
const TOP_UP_THRESHOLD = 0.2
/** Free credits expire this many days after being granted. */
const GRANT_LIFETIME_DAYS = 120

/**
 * Finalises one customer's drafts in chronological order and appends fees, invoices and wallet
 * transactions to the tables.
 */
export function finalizeCustomer(
  context: BillingContext,
  customer: LedgerCustomer,
  drafts: Draft[],
  profile: CustomerBillingProfile,
  random: Random,
): void {
  const { tables, horizon } = context
  const inv = tables.invoice
  const fee = tables.fee
  const currency = customer.currency as 0
  const rate = customer.taxRate
  drafts.sort((a, b) => a.day - b.day || a.seq - b.seq)

  let coupon = profile.coupon >= 0 ? COUPONS[profile.coupon] : undefined
  let couponInvoicesLeft = coupon?.invoices ?? 0
  let couponAmountLeft = coupon?.amount[currency] ?? 0
  let balance = 0
  let walletPaid = 0
  const grants: { remaining: number; expires: number }[] = []
  let walletOpen = false
  let walletClosed = false

  const expireGrants = (upTo: number): void => {
    for (const grant of grants) {
      if (grant.remaining > 0 && grant.expires <= upTo) {
        tables.walletTx(grant.expires, customer.index, WALLET_TX.voided, grant.remaining)
        grant.remaining = 0
      }
    }
  }
  const freeBalance = (): number => grants.reduce((sum, grant) => sum + grant.remaining, 0)
  const closeWallet = (day: number): void => {
    expireGrants(day)
    tables.walletTx(day, customer.index, WALLET_TX.voided, walletPaid + freeBalance())
    walletPaid = 0
    for (const grant of grants) grant.remaining = 0
    walletClosed = true
  }
  const advanceTo = (day: number): void => {
    if (walletOpen && !walletClosed) {
      if (profile.walletCloseDay >= 0 && profile.walletCloseDay <= day)
        closeWallet(profile.walletCloseDay)
      else expireGrants(day)
    }
    if (profile.loyaltyDay >= 0 && profile.loyaltyDay <= day && coupon === undefined) {
      coupon = COUPONS.find((c) => c.code === 'loyalty_100')
      couponAmountLeft = coupon?.amount[currency] ?? 0
      couponInvoicesLeft = 0
    }
  }

  const settlePayment = (index: number, day: number, total: number): void => {
    const payer = PAYERS[profile.payer]
    let status: number = PAYMENT_STATUS.succeeded
    let paidDay = day
    if (total > 0) {
      const roll = random.next()
      if (roll < payer.fail) {
        const attempt = day + 1
        const retry = random.chance(0.5) ? attempt + random.int(4, 20) : -1
        if (attempt > horizon) status = PAYMENT_STATUS.pending
        else if (retry >= 0 && retry <= horizon) paidDay = retry
        else status = PAYMENT_STATUS.failed
      } else if (roll < payer.fail + payer.never) {
        status = PAYMENT_STATUS.pending
      } else {
        paidDay = day + payer.delay(random, profile.termsDays)
        if (paidDay > horizon) status = PAYMENT_STATUS.pending
      }
      if (status === PAYMENT_STATUS.succeeded && random.chance(0.01)) {
        inv.refund.set(index, Math.round(total * random.float(0.1, 0.5)))
      }
    }
    inv.status.set(index, status)
    inv.paidDay.set(index, status === PAYMENT_STATUS.succeeded ? paidDay : -1)
  }

  const pushInvoice = (draft: {
    day: number
    subscription: number
    plan: number
    kind: number
  }): number => {
    const index = inv.day.push(draft.day)
    inv.customer.push(customer.index)
    inv.subscription.push(draft.subscription)
    inv.plan.push(draft.plan)
    inv.kind.push(draft.kind)
    inv.feesAmount.push(0)
    inv.coupons.push(0)
    inv.progressiveCredit.push(0)
    inv.taxes.push(0)
    inv.creditNotes.push(0)
    inv.freeCredits.push(0)
    inv.prepaidCredits.push(0)
    inv.total.push(0)
    inv.status.push(PAYMENT_STATUS.pending)
    inv.dueDay.push(draft.day + profile.termsDays)
    inv.paidDay.push(-1)
    inv.refund.push(0)
    inv.offset.push(0)
    return index
  }

  const purchaseCredits = (day: number, amount: number, grant: number): void => {
    const index = pushInvoice({ day, subscription: -1, plan: -1, kind: INVOICE_KIND.credit })
    inv.feesAmount.set(index, amount)
    inv.total.set(index, amount)
    settlePayment(index, day, amount)
    walletOpen = true
    walletPaid += amount
    tables.walletTx(day, customer.index, WALLET_TX.purchased, amount)
    if (grant > 0) {
      grants.push({ remaining: grant, expires: day + GRANT_LIFETIME_DAYS })
      tables.walletTx(day, customer.index, WALLET_TX.offered, grant)
    }
  }

  for (const draft of drafts) {
    advanceTo(draft.day)
    if (draft.kind === INVOICE_KIND.credit) {
      // No new wallet once the customer has churned for good.
      const churned = profile.walletCloseDay >= 0 && profile.walletCloseDay <= draft.day
      if (!walletClosed && !churned)
        purchaseCredits(draft.day, draft.creditPurchase, draft.creditGrant)
      draft.invoice = -1
      continue
    }
    const index = pushInvoice(draft)
    draft.invoice = index

    // Coupons: subscription invoices only.
    const discounts = draft.fees.map(() => 0)
    if (coupon !== undefined && draft.kind === INVOICE_KIND.subscription) {
      const base = draft.fees.reduce((sum, f) => sum + f.amount, 0)
      if (coupon.kind === 'percentage' && base > 0) {
        const rate = coupon.rate
        draft.fees.forEach((f, i) => (discounts[i] = Math.round(f.amount * rate)))
        if (coupon.invoices > 0 && --couponInvoicesLeft <= 0) coupon = undefined
      } else if (coupon.kind === 'fixed' && base > 0) {
        const applied = Math.min(couponAmountLeft, base)
        let allocated = 0
        let largest = 0
        draft.fees.forEach((f, i) => {
          const share = Math.floor((applied * f.amount) / base)
          discounts[i] = share
          allocated += share
          if (f.amount > (draft.fees[largest]?.amount ?? 0)) largest = i
        })
        discounts[largest] = (discounts[largest] ?? 0) + applied - allocated
        couponAmountLeft -= applied
        if (couponAmountLeft <= 0) coupon = undefined
      }
    }
    let feesAmount = 0
    let coupons = 0
    draft.fees.forEach((f, i) => {
      const discount = discounts[i] ?? 0
      feesAmount += f.amount
      coupons += discount
      fee.day.push(draft.day)
      fee.customer.push(customer.index)
      fee.subscription.push(draft.subscription)
      fee.plan.push(f.plan)
      fee.kind.push(f.kind)
      fee.metric.push(f.metric)
      fee.amount.push(f.amount)
      fee.discount.push(discount)
      fee.tax.push(f.kind === FEE_KIND.subscription ? Math.round((f.amount - discount) * rate) : 0)
      fee.fromDay.push(f.from)
      fee.toDay.push(f.to)
      fee.invoice.push(index)
    })
    const progressive = Math.max(0, Math.min(draft.progressiveCredit, feesAmount - coupons))
    const taxable = feesAmount - coupons - progressive
    const taxes = Math.round(taxable * rate)
    let rest = taxable + taxes

    // Credit notes: upgrade credits, and termination settlements against earlier invoices.
    balance += draft.balanceCredit
    if (draft.settlement !== null) {
      const against = draft.settlement.against.invoice
      const amount = draft.settlement.amount
      const total = inv.total.get(against)
      if (against < 0 || total <= 0) {
        balance += amount
      } else if (
        inv.status.get(against) === PAYMENT_STATUS.succeeded &&
        inv.paidDay.get(against) <= draft.day
      ) {
        const refundable = Math.min(amount, total - inv.refund.get(against))
        inv.refund.add(against, refundable)
        balance += amount - refundable
      } else {
        const owed = total - inv.offset.get(against)
        const offset = Math.min(amount, Math.max(0, owed))
        inv.offset.add(against, offset)
        balance += amount - offset
      }
    }
    const creditNotes = Math.min(balance, rest)
    balance -= creditNotes
    rest -= creditNotes

    // Wallet: free credits first (soonest to expire), then purchased credits.
    let freeUsed = 0
    let paidUsed = 0
    if (walletOpen && !walletClosed && rest > 0) {
      for (const grant of grants) {
        if (rest <= 0) break
        const used = Math.min(grant.remaining, rest)
        grant.remaining -= used
        rest -= used
        freeUsed += used
      }
      paidUsed = Math.min(walletPaid, rest)
      walletPaid -= paidUsed
      rest -= paidUsed
      tables.walletTx(draft.day, customer.index, WALLET_TX.consumedFree, freeUsed)
      tables.walletTx(draft.day, customer.index, WALLET_TX.consumedPaid, paidUsed)
    }
    inv.feesAmount.set(index, feesAmount)
    inv.coupons.set(index, coupons)
    inv.progressiveCredit.set(index, progressive)
    inv.taxes.set(index, taxes)
    inv.creditNotes.set(index, creditNotes)
    inv.freeCredits.set(index, freeUsed)
    inv.prepaidCredits.set(index, paidUsed)
    inv.total.set(index, rest)
    settlePayment(index, draft.day, rest)

    if (
      walletOpen &&
      !walletClosed &&
      profile.walletTopUp &&
      walletPaid + freeBalance() < profile.walletPurchase * TOP_UP_THRESHOLD
    ) {
      purchaseCredits(draft.day, profile.walletPurchase, 0)
    }
  }
  advanceTo(horizon)
}
