import type { DatasetRowMap, MrrMovementRow } from '@lago-analytics/client'
import { DATASET_FIELDS } from '../internal/datasetFields.ts'
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
  const row: Record<string, unknown> = {}
  for (const [key, type] of Object.entries(DATASET_FIELDS[dataset as ZeroableDataset])) {
    // Amounts and counts 0, dates the bucket's start, other text empty.
    row[key] = type === 'date' ? bucket.start : type === 'string' ? null : 0
  }
  row['currency'] = code
  if ('endOfPeriodDt' in row) row['endOfPeriodDt'] = bucket.end
  if ('lagoInvoiceIds' in row) row['lagoInvoiceIds'] = []
  if (dataset === 'mrrMovements') {
    row['startingMrr'] = row['endingMrr'] = (previous as MrrMovementRow | undefined)?.endingMrr ?? 0
  }
  return row as unknown as DatasetRowMap[N]
}
