import type {
  DatasetRowMap,
  GrossRevenueRow,
  MrrMovementRow,
  MrrRow,
  OverdueBalanceRow,
  PrepaidCreditRow,
  RevenueStreamRow,
  UsageAmountRow,
  UsageForecastRow,
} from '@lago-analytics/client'
import { assertNever } from '../internal/assertNever.ts'
import { normalizeCurrency } from '../money/Money.ts'
import type { Bucket } from './bucket.ts'

/** Datasets with one row per bucket, which `zeroRow` can gap-fill. */
export type ZeroableDataset =
  | 'grossRevenue'
  | 'mrr'
  | 'overdueBalance'
  | 'revenueStreams'
  | 'mrrMovements'
  | 'prepaidCredits'
  | 'usageAmounts'
  | 'usageForecast'

/**
 * The typed "nothing happened" row of a dataset for one bucket. Flows are zero; the MRR
 * movements balances carry the previous bucket's ending MRR forward (an empty period changes
 * nothing, it does not zero the run rate). Use as `fillBuckets`' `zero`:
 * `fillBuckets(rows, { range, granularity, zero: (b, prev) => zeroRow('mrrMovements', b, 'EUR', prev) })`.
 */
export function zeroRow<N extends ZeroableDataset>(
  dataset: N,
  bucket: Bucket,
  currency: string,
  previous?: DatasetRowMap[N],
): DatasetRowMap[N] {
  const code = normalizeCurrency(currency)
  const period = { startOfPeriodDt: bucket.start, endOfPeriodDt: bucket.end, currency: code }
  const name: ZeroableDataset = dataset
  let row:
    | GrossRevenueRow
    | MrrRow
    | OverdueBalanceRow
    | RevenueStreamRow
    | MrrMovementRow
    | PrepaidCreditRow
    | UsageAmountRow
    | UsageForecastRow
  switch (name) {
    case 'grossRevenue':
      row = {
        month: bucket.start,
        currency: code,
        amountCents: 0,
        invoicesCount: 0,
        billingEntityId: null,
      }
      break
    case 'mrr':
      row = { month: bucket.start, currency: code, amountCents: 0 }
      break
    case 'overdueBalance':
      row = {
        month: bucket.start,
        currency: code,
        amountCents: 0,
        lagoInvoiceIds: [],
        billingEntityId: null,
      }
      break
    case 'revenueStreams':
      row = {
        ...period,
        grossRevenueAmountCents: 0,
        subscriptionFeeAmountCents: 0,
        usageBasedFeeAmountCents: 0,
        commitmentFeeAmountCents: 0,
        oneOffFeeAmountCents: 0,
        couponsAmountCents: 0,
        contraRevenueAmountCents: 0,
        creditNotesCreditsAmountCents: 0,
        freeCreditsAmountCents: 0,
        prepaidCreditsAmountCents: 0,
        progressiveBillingCreditAmountCents: 0,
        netRevenueAmountCents: 0,
      }
      break
    case 'mrrMovements': {
      const balance = (previous as MrrMovementRow | undefined)?.endingMrr ?? 0
      row = {
        ...period,
        startingMrr: balance,
        mrrNew: 0,
        mrrExpansion: 0,
        mrrContraction: 0,
        mrrChurn: 0,
        mrrChange: 0,
        endingMrr: balance,
      }
      break
    }
    case 'prepaidCredits':
      row = {
        ...period,
        purchasedAmountCents: 0,
        offeredAmountCents: 0,
        consumedAmountCents: 0,
        voidedAmountCents: 0,
        purchasedCreditsQuantity: 0,
        offeredCreditsQuantity: 0,
        consumedCreditsQuantity: 0,
        voidedCreditsQuantity: 0,
      }
      break
    case 'usageAmounts':
      row = { ...period, amountCents: 0 }
      break
    case 'usageForecast':
      row = {
        ...period,
        units: 0,
        amountCents: 0,
        unitsForecastConservative: 0,
        unitsForecastRealistic: 0,
        unitsForecastOptimistic: 0,
        amountCentsForecastConservative: 0,
        amountCentsForecastRealistic: 0,
        amountCentsForecastOptimistic: 0,
      }
      break
    default:
      return assertNever(name)
  }
  return row as DatasetRowMap[N]
}
