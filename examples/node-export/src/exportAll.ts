import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DATASET_NAMES,
  DATASETS,
  LagoAnalyticsError,
  LagoAnalyticsHttpError,
  type DatasetMethod,
  type DatasetName,
  type DatasetParamsMap,
  type DatasetRowMap,
  type LagoAnalyticsClient,
  type PaginatedDatasetMethod,
  type PaginatedDatasetName,
  type TimeGranularity,
} from '@lago-analytics/client'
import { dataAsOf, fromTimeGranularity } from '@lago-analytics/core'
import {
  exportFileName,
  toCsv,
  toJson,
  toTable,
  toXlsx,
  type ExportFormat,
  type FilterValue,
  type Table,
} from '@lago-analytics/core/export'
import { DEFAULT_FILTERS, toDatasetParams, type FilterState } from '@lago-analytics/core/filters'

export interface ExportAllOptions {
  /** First day, `YYYY-MM-DD`. */
  from: string
  /** Last day, inclusive, `YYYY-MM-DD`. */
  to: string
  /** ISO 4217; one currency per export (Lago never converts). */
  currency: string
  /** Folder the files are written to (created if missing). */
  outDir: string
  formats: readonly ExportFormat[]
  /** Bucket size of the time series. Default `monthly`. */
  granularity?: TimeGranularity | undefined
  /** Which datasets, in order. Default: all fifteen client datasets. */
  datasets?: readonly DatasetName[] | undefined
  /** The clock (export metadata, the legacy endpoints' `months`). Default: now. */
  now?: Date | undefined
  signal?: AbortSignal | undefined
  /** Rows per page for the paginated breakdowns. Default 100 (Lago's maximum). */
  pageSize?: number | undefined
}

export type ExportStep = 'fetching' | 'writing' | 'exported' | 'skipped' | 'failed'

/** One progress report: `ratio` goes from 0 to exactly 1 over the whole run. */
export interface ExportProgress {
  ratio: number
  dataset: DatasetName
  step: ExportStep
  /** The file being written (`writing`). */
  format?: ExportFormat | undefined
  /** Datasets finished so far, and how many there are. */
  datasetsDone: number
  datasetsTotal: number
}

export interface ExportedFile {
  format: ExportFormat
  path: string
  bytes: number
}

export type DatasetResult =
  | { dataset: DatasetName; status: 'exported'; rows: number; files: ExportedFile[] }
  | { dataset: DatasetName; status: 'skipped'; reason: string }
  | { dataset: DatasetName; status: 'failed'; reason: string }

export interface ExportReport {
  results: DatasetResult[]
  exported: number
  skipped: number
  failed: number
  files: ExportedFile[]
}

/** Sheet and JSON titles. */
export const DATASET_TITLES: { readonly [N in DatasetName]: string } = {
  grossRevenue: 'Gross revenue',
  invoicedUsage: 'Invoiced usage',
  invoiceCollection: 'Invoice collection',
  mrr: 'MRR (invoiced)',
  overdueBalance: 'Overdue balance',
  usage: 'Usage',
  revenueStreams: 'Revenue streams',
  revenueByPlan: 'Revenue by plan',
  revenueByCustomer: 'Revenue by customer',
  mrrMovements: 'MRR movements',
  mrrByPlan: 'MRR by plan',
  prepaidCredits: 'Prepaid credits',
  usageAmounts: 'Usage amounts',
  invoicedUsageByMetric: 'Invoiced usage by metric',
  usageForecast: 'Usage forecast',
}

/** Why a dataset is skipped rather than failed: this Lago cannot serve it. */
export function unavailableReason(error: unknown): string | null {
  if (error instanceof LagoAnalyticsHttpError && error.isFeatureUnavailable) {
    return 'not available on this Lago: needs a premium licence (403 feature_unavailable)'
  }
  if (
    error instanceof LagoAnalyticsError &&
    (error.code === 'data_api_not_configured' ||
      (error instanceof LagoAnalyticsHttpError && error.lagoCode === 'data_api_not_configured'))
  ) {
    return 'not available: needs the Data API (set LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID)'
  }
  return null
}

/** Days in a `YYYY-MM-DD`..`YYYY-MM-DD` period, both ends inclusive. */
const periodDays = (start: string, end: string) =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1

/**
 * Lago without a premium licence answers `/analytics/usage` with the last 30 days, daily, for
 * every currency, whatever was asked. Exporting that as the requested range would mislead, so it
 * is detected (rows of another currency, bucket size or range) and the dataset skipped.
 */
export function usageFiltersIgnored(
  rows: readonly DatasetRowMap['usage'][],
  options: Pick<ExportAllOptions, 'currency' | 'from' | 'to' | 'granularity'>,
): boolean {
  const granularity = options.granularity ?? 'monthly'
  return rows.some((row) => {
    const days = periodDays(row.startOfPeriodDt, row.endOfPeriodDt)
    const sized =
      granularity === 'daily' ? days === 1 : granularity === 'weekly' ? days === 7 : days >= 28
    return (
      row.currency !== options.currency.toUpperCase() ||
      !sized ||
      row.endOfPeriodDt < options.from ||
      row.startOfPeriodDt > options.to
    )
  })
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError')
}

const isPaginated = (name: DatasetName): name is PaginatedDatasetName => DATASETS[name].paginated

/** Fetches every row of one dataset through its client method (`.paginate()` when paged). */
async function fetchRows<N extends DatasetName>(
  client: LagoAnalyticsClient,
  name: N,
  params: DatasetParamsMap[N],
  signal: AbortSignal | undefined,
): Promise<DatasetRowMap[N][]> {
  if (isPaginated(name)) {
    const method = client[name] as PaginatedDatasetMethod<PaginatedDatasetName>
    const rows: DatasetRowMap[PaginatedDatasetName][] = []
    for await (const row of method.paginate(params as DatasetParamsMap[PaginatedDatasetName], {
      signal,
    })) {
      rows.push(row)
    }
    return rows as DatasetRowMap[N][]
  }
  const method = client[name] as unknown as DatasetMethod<N>
  return (await method(params, { signal })).rows
}

/** First day of the month of a date key. */
const monthOf = (dateKey: string) => `${dateKey.slice(0, 7)}-01`

/**
 * The request parameters and table metadata of one dataset for the requested range. Time series
 * take the exact range; the legacy monthly endpoints take `months` counted back from today, so
 * their rows are then kept to the months that overlap the range; the paged breakdowns take no
 * dates at all (all history, or today's snapshot for MRR by plan), which their metadata says.
 */
function planDataset<N extends DatasetName>(
  name: N,
  options: ExportAllOptions,
  now: Date,
): {
  params: DatasetParamsMap[N]
  keep: (row: DatasetRowMap[N]) => boolean
  range: { from: string; to: string } | null
  filters: Record<string, FilterValue>
} {
  const granularity = options.granularity ?? 'monthly'
  const state: FilterState = {
    ...DEFAULT_FILTERS,
    range: { preset: 'custom', from: options.from, to: options.to },
    granularity: fromTimeGranularity(granularity),
    currency: options.currency,
  }
  const params = toDatasetParams(name, state, { now, alignToBuckets: false })
  const range = { from: options.from, to: options.to }
  const accepted = DATASETS[name].params
  if (isPaginated(name)) {
    Object.assign(params, { limit: options.pageSize ?? 100 })
    return {
      params,
      keep: () => true,
      range: null,
      filters: {
        coverage:
          name === 'mrrByPlan'
            ? 'snapshot as of today (Lago takes no date range for this breakdown)'
            : 'all history to date (Lago takes no date range for this breakdown)',
      },
    }
  }
  if (accepted.includes('months')) {
    const first = monthOf(options.from)
    return {
      params,
      keep: (row) => {
        const month = (row as { month: string }).month
        return month >= first && month <= options.to
      },
      range,
      filters: {},
    }
  }
  return {
    params,
    keep: () => true,
    range,
    filters: accepted.includes('time_granularity') ? { granularity } : {},
  }
}

const encode = (output: string | Uint8Array): Uint8Array =>
  typeof output === 'string' ? Buffer.from(output, 'utf8') : output

/**
 * Exports every dataset (or `options.datasets`) for one range and currency, one file per
 * dataset and format, named by `exportFileName`. Datasets this Lago cannot serve are skipped
 * with a reason, other failures are reported; neither stops the run (an abort does).
 * `onProgress` is called as the work advances, ending at `ratio` 1.
 */
export async function exportAll(
  client: LagoAnalyticsClient,
  options: ExportAllOptions,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<ExportReport> {
  const now = options.now ?? new Date()
  const datasets = options.datasets ?? DATASET_NAMES
  const formats = options.formats
  const unitsPerDataset = 1 + formats.length
  const totalUnits = datasets.length * unitsPerDataset
  const results: DatasetResult[] = []
  await mkdir(options.outDir, { recursive: true })

  const report = (index: number, units: number, progress: Omit<ExportProgress, 'ratio'>) => {
    const done = index * unitsPerDataset + units
    onProgress({ ...progress, ratio: totalUnits === 0 ? 1 : Math.min(1, done / totalUnits) })
  }
  for (const [index, dataset] of datasets.entries()) {
    const base = { dataset, datasetsDone: index, datasetsTotal: datasets.length }
    const finish = (result: DatasetResult) => {
      results.push(result)
      report(index, unitsPerDataset, { ...base, datasetsDone: index + 1, step: result.status })
    }
    options.signal?.throwIfAborted()
    report(index, 0, { ...base, step: 'fetching' })
    const plan = planDataset(dataset, options, now)

    let rows: DatasetRowMap[typeof dataset][]
    try {
      rows = (await fetchRows(client, dataset, plan.params, options.signal)).filter(plan.keep)
      if (dataset === 'usage' && usageFiltersIgnored(rows as DatasetRowMap['usage'][], options)) {
        finish({
          dataset,
          status: 'skipped',
          reason:
            'not available on this Lago: without a premium licence it ignores the usage filters (answers the last 30 days, daily, every currency)',
        })
        continue
      }
    } catch (error) {
      if (isAbort(error, options.signal)) throw error
      const reason = unavailableReason(error)
      finish(
        reason === null
          ? {
              dataset,
              status: 'failed',
              reason: error instanceof Error ? error.message : String(error),
            }
          : { dataset, status: 'skipped', reason },
      )
      continue
    }

    try {
      const table: Table = toTable(dataset, rows, {
        title: DATASET_TITLES[dataset],
        currency: options.currency,
        range: plan.range,
        filters: plan.filters,
        dataAsOf: dataAsOf(now),
        generatedAt: now,
      })
      const files: ExportedFile[] = []
      for (const [f, format] of formats.entries()) {
        const chunkProgress = (done: number, total: number) =>
          report(index, 1 + f + (total === 0 ? 1 : done / total), {
            ...base,
            step: 'writing',
            format,
          })
        report(index, 1 + f, { ...base, step: 'writing', format })
        const chunkOptions = { onProgress: chunkProgress, signal: options.signal }
        const output =
          format === 'csv'
            ? await toCsv(table, chunkOptions)
            : format === 'json'
              ? await toJson(table, { ...chunkOptions, space: 2 })
              : await toXlsx(table, chunkOptions)
        const bytes = encode(output)
        const path = join(
          options.outDir,
          exportFileName({
            dataset,
            currency: options.currency,
            range: { from: options.from, to: options.to },
            format,
          }),
        )
        await writeFile(path, bytes)
        files.push({ format, path, bytes: bytes.byteLength })
      }
      finish({ dataset, status: 'exported', rows: rows.length, files })
    } catch (error) {
      if (isAbort(error, options.signal)) throw error
      finish({
        dataset,
        status: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      })
    }
  }

  const count = (status: DatasetResult['status']) =>
    results.filter((result) => result.status === status).length
  return {
    results,
    exported: count('exported'),
    skipped: count('skipped'),
    failed: count('failed'),
    files: results.flatMap((result) => (result.status === 'exported' ? result.files : [])),
  }
}
