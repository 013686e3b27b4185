import { FOREVER, type LedgerPlan, type LedgerSegment } from './ledger'
import type { Random } from './random'
import { monthEndDay, monthOfDay, monthStartDay } from './utcDay'

export interface Lifecycle {
  readonly segments: LedgerSegment[]
  /** Last active day, or FOREVER. */
  readonly endDay: number
}

const UPGRADE_RATE = 0.03
const DOWNGRADE_RATE = 0.012
const RENEWAL_UPGRADE_RATE = 0.1
const RENEWAL_DOWNGRADE_RATE = 0.06

/**
 * Simulates one subscription month by month from `startDay` up to `horizon`: immediate
 * (mid-month) upgrades, downgrades at the next month boundary, plan changes and terminations at
 * renewal for quarterly/yearly plans, forced migration off a soft-deleted plan, monthly churn.
 */
export function simulateLifecycle(
  random: Random,
  plans: readonly LedgerPlan[],
  planIndex: ReadonlyMap<string, number>,
  startDay: number,
  plan: number,
  horizon: number,
): Lifecycle {
  const segments: LedgerSegment[] = [{ plan, start: startDay, end: FOREVER }]
  const current = (): LedgerSegment => segments[segments.length - 1] as LedgerSegment
  const change = (day: number, code: string): void => {
    const next = planIndex.get(code)
    if (next === undefined) throw new Error(`unknown plan ${code}`)
    current().end = day - 1
    segments.push({ plan: next, start: day, end: FOREVER })
  }
  let endDay = FOREVER
  for (let month = monthOfDay(startDay) + 1; ; month++) {
    const boundary = monthStartDay(month)
    if (boundary > horizon) break
    const segment = current()
    const ledgerPlan = plans[segment.plan] as LedgerPlan
    const definition = ledgerPlan.definition
    if (ledgerPlan.deletedDay >= 0 && boundary >= ledgerPlan.deletedDay && definition.migratesTo) {
      change(boundary, definition.migratesTo)
      continue
    }
    const roll = random.next()
    if (definition.interval === 'monthly') {
      const length = monthEndDay(month) - boundary + 1
      if (roll < definition.churn) {
        const termination = boundary + random.int(0, length - 1)
        if (termination <= horizon && termination > segment.start) {
          endDay = termination - 1
          break
        }
      } else if (roll < definition.churn + UPGRADE_RATE && definition.upgrades.length > 0) {
        const day = boundary + random.int(1, length - 1)
        const target = random.pick(definition.upgrades)
        if (day <= horizon) change(day, target)
      } else if (
        roll < definition.churn + UPGRADE_RATE + DOWNGRADE_RATE &&
        definition.downgrades.length > 0
      ) {
        change(boundary, random.pick(definition.downgrades))
      }
      continue
    }
    const monthOfYear = month % 12
    const renewal = definition.interval === 'yearly' ? monthOfYear === 0 : monthOfYear % 3 === 0
    if (!renewal || boundary - segment.start < 45) continue
    if (roll < definition.churn) {
      endDay = boundary - 1
      break
    } else if (roll < definition.churn + RENEWAL_UPGRADE_RATE && definition.upgrades.length > 0) {
      change(boundary, random.pick(definition.upgrades))
    } else if (
      roll < definition.churn + RENEWAL_UPGRADE_RATE + RENEWAL_DOWNGRADE_RATE &&
      definition.downgrades.length > 0
    ) {
      change(boundary, random.pick(definition.downgrades))
    }
  }
  current().end = endDay
  return { segments, endDay }
}
