/**
 * The usage model: how many units of each billable metric a subscription consumes on a given
 * UTC day, and what they cost on a plan. Values are pure functions of (seed, subscription,
 * metric, day), so the ledger never stores per-event or per-day data: billing sums them once
 * while building invoices, and the usage datasets recompute them per query (memoised).
 *
 * Units are integers in thousandths ("milli-units") so sums are exact in any order. Metered
 * metrics produce whole units per day; recurring metrics (seats, storage) hold a level for the
 * month that is prorated per day, so a monthly bucket shows the average level held.
 */
import { unitHash } from './hash'
import { dayFromParts, MS_PER_DAY } from './utcDay'

export interface UsageSubject {
  /** Hash key of the subscription. */
  readonly usageKey: number
  readonly startDay: number
  /** Per metric: median daily units (metered) or units held (recurring); 0 = metric unused. */
  readonly usageBase: Float64Array
  /** Yearly growth rate of usage (may be negative). */
  readonly usageGrowth: number
}

export interface UsageMetric {
  readonly recurring: boolean
  /** First day without usage (soft-deleted metric), or -1. */
  readonly deletedDay: number
}

export class UsageModel {
  /** First day number covered by the per-day tables. */
  readonly firstDay: number
  readonly lastDay: number
  /** Day of month (1..31) per day. */
  readonly dayOfMonth: Uint8Array
  /** Days in the month of each day. */
  readonly daysInMonth: Uint8Array
  /** First day of the month of each day. */
  readonly monthStart: Int32Array
  /** Month number (`year * 12 + month0`) of each day. */
  readonly monthNumber: Int32Array
  /** Weekly/seasonal activity factor per day (averages ~1). */
  readonly dayFactor: Float64Array
  private readonly metrics: readonly UsageMetric[]
  /** Minor units per milli-unit, indexed [(plan * metrics + metric) * currencies + currency]. */
  private readonly priceMilli: Float64Array
  private readonly metricCount: number
  private readonly currencyCount: number

  constructor(options: {
    firstDay: number
    lastDay: number
    metrics: readonly UsageMetric[]
    /** Minor units per unit, [plan][metric][currency]. */
    unitPrices: readonly (readonly (readonly number[])[])[]
    currencyCount: number
  }) {
    this.firstDay = options.firstDay
    this.lastDay = options.lastDay
    this.metrics = options.metrics
    this.metricCount = options.metrics.length
    this.currencyCount = options.currencyCount
    const length = options.lastDay - options.firstDay + 1
    this.dayOfMonth = new Uint8Array(length)
    this.daysInMonth = new Uint8Array(length)
    this.monthStart = new Int32Array(length)
    this.monthNumber = new Int32Array(length)
    this.dayFactor = new Float64Array(length)
    for (let i = 0; i < length; i++) {
      const date = new Date((options.firstDay + i) * MS_PER_DAY)
      const year = date.getUTCFullYear()
      const month = date.getUTCMonth()
      this.dayOfMonth[i] = date.getUTCDate()
      this.monthStart[i] = dayFromParts(year, month, 1)
      this.monthNumber[i] = year * 12 + month
      this.daysInMonth[i] = dayFromParts(year, month + 1, 1) - dayFromParts(year, month, 1)
      const weekday = date.getUTCDay()
      const weekly = weekday === 0 || weekday === 6 ? 0.72 : 1.11
      const seasonal = month === 11 ? 0.88 : month === 7 ? 0.93 : 1.02
      this.dayFactor[i] = weekly * seasonal
    }
    this.priceMilli = new Float64Array(
      options.unitPrices.length * this.metricCount * this.currencyCount,
    )
    options.unitPrices.forEach((byMetric, plan) =>
      byMetric.forEach((byCurrency, metric) =>
        byCurrency.forEach((price, currency) => {
          this.priceMilli[(plan * this.metricCount + metric) * this.currencyCount + currency] =
            price / 1000
        }),
      ),
    )
  }

  private growth(subject: UsageSubject, day: number): number {
    const factor = 1 + (subject.usageGrowth * (day - subject.startDay)) / 365
    return factor < 0.2 ? 0.2 : factor
  }

  /** Units held on a recurring metric during the month starting on `monthStart`. */
  private held(subject: UsageSubject, base: number, metric: number, monthStart: number): number {
    const noise = unitHash(subject.usageKey, metric, monthStart)
    return Math.max(1, Math.round(base * this.growth(subject, monthStart) * (0.85 + 0.3 * noise)))
  }

  /** Milli-units of `metric` used by `subject` on `day` (0 when unused, deleted, out of range). */
  unitsMilli(subject: UsageSubject, metric: number, day: number): number {
    const base = subject.usageBase[metric] ?? 0
    if (base === 0) return 0
    const definition = this.metrics[metric]
    if (definition === undefined) return 0
    if (definition.deletedDay >= 0 && day >= definition.deletedDay) return 0
    const i = day - this.firstDay
    if (i < 0 || day > this.lastDay) return 0
    if (definition.recurring) {
      const held = this.held(subject, base, metric, this.monthStart[i] ?? day)
      return Math.round((held * 1000) / (this.daysInMonth[i] ?? 30))
    }
    const noise = unitHash(subject.usageKey, metric, day)
    const factor = this.dayFactor[i] ?? 1
    return Math.floor(base * this.growth(subject, day) * factor * (0.55 + 0.9 * noise)) * 1000
  }

  /**
   * Adds the usage of `metric` on days [from, to] into `units` and `amounts` at
   * `offset + stride * bucketOf[day - bucketFrom]`. Same values as `unitsMilli` / `amount` day by
   * day, in a loop specialised for the query hot path.
   */
  accumulate(
    subject: UsageSubject,
    metric: number,
    plan: number,
    currency: number,
    from: number,
    to: number,
    bucketOf: Int32Array,
    bucketFrom: number,
    offset: number,
    stride: number,
    units: Float64Array,
    amounts: Float64Array,
  ): void {
    const base = subject.usageBase[metric] ?? 0
    const definition = this.metrics[metric]
    if (base === 0 || definition === undefined) return
    let last = Math.min(to, this.lastDay)
    if (definition.deletedDay >= 0) last = Math.min(last, definition.deletedDay - 1)
    const first = Math.max(from, this.firstDay)
    const price =
      this.priceMilli[(plan * this.metricCount + metric) * this.currencyCount + currency] ?? 0
    const key = subject.usageKey
    const start = subject.startDay
    const growth = subject.usageGrowth
    if (definition.recurring) {
      let month = -1
      let perDay = 0
      for (let day = first; day <= last; day++) {
        const i = day - this.firstDay
        const monthStart = this.monthStart[i]!
        if (monthStart !== month) {
          month = monthStart
          perDay = Math.round(
            (this.held(subject, base, metric, monthStart) * 1000) / this.daysInMonth[i]!,
          )
        }
        if (perDay === 0) continue
        const index = offset + stride * bucketOf[day - bucketFrom]!
        units[index] = units[index]! + perDay
        amounts[index] = amounts[index]! + Math.round(perDay * price)
      }
      return
    }
    for (let day = first; day <= last; day++) {
      let g = 1 + (growth * (day - start)) / 365
      if (g < 0.2) g = 0.2
      const noise = unitHash(key, metric, day)
      const milli =
        Math.floor(base * g * this.dayFactor[day - this.firstDay]! * (0.55 + 0.9 * noise)) * 1000
      if (milli === 0) continue
      const index = offset + stride * bucketOf[day - bucketFrom]!
      units[index] = units[index]! + milli
      amounts[index] = amounts[index]! + Math.round(milli * price)
    }
  }

  /** Amount in minor units for `unitsMilli` of `metric` on `plan`, in `currency` (integer). */
  amount(unitsMilli: number, plan: number, metric: number, currency: number): number {
    if (unitsMilli === 0) return 0
    const price =
      this.priceMilli[(plan * this.metricCount + metric) * this.currencyCount + currency] ?? 0
    return Math.round(unitsMilli * price)
  }

  /** Month number of `day` (fast path for days inside the tables). */
  month(day: number): number {
    const value = this.monthNumber[day - this.firstDay]
    if (value !== undefined) return value
    const date = new Date(day * MS_PER_DAY)
    return date.getUTCFullYear() * 12 + date.getUTCMonth()
  }

  /** Day of month of `day`, from the precomputed table. */
  dom(day: number): number {
    return this.dayOfMonth[day - this.firstDay] ?? new Date(day * MS_PER_DAY).getUTCDate()
  }
}
