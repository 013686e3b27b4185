import { isDateKey } from '../time/dateKey.ts'
import type { DateRange } from '../time/dateRange.ts'

export type ExportFormat = 'csv' | 'json' | 'xlsx'

/**
 * A descriptive, filesystem-safe file name:
 * `exportFileName({ dataset: 'revenueStreams', currency: 'EUR', range, format: 'csv' })` →
 * `lago-revenue-streams-EUR-2026-01-01_2026-06-30.csv`.
 */
export function exportFileName(options: {
  dataset: string
  format: ExportFormat
  currency?: string | null | undefined
  range?: DateRange | null | undefined
  prefix?: string | undefined
}): string {
  const slug = (text: string): string =>
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  const parts = [slug(options.prefix ?? 'lago'), slug(options.dataset) || 'export']
  if (options.currency != null && /^[A-Za-z]{3}$/.test(options.currency)) {
    parts.push(options.currency.toUpperCase())
  }
  if (options.range != null && isDateKey(options.range.from) && isDateKey(options.range.to)) {
    parts.push(`${options.range.from}_${options.range.to}`)
  }
  return `${parts.filter((part) => part !== '').join('-')}.${options.format}`
}
