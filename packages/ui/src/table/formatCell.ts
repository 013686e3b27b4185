import { formatMoney } from '@lago-analytics/core'
import type { Cell, Column } from '@lago-analytics/core/export'
import { assertNever } from '../internal/assertNever.ts'

/** Shown for missing values. */
export const NO_VALUE = '—'

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options)
    if (numberFormats.size > 100) numberFormats.clear()
    numberFormats.set(key, format)
  }
  return format
}

/** Whether a column holds numbers (right-aligned, numeric sort). */
export function isNumericColumn(column: Pick<Column, 'type'>): boolean {
  switch (column.type) {
    case 'integer':
    case 'number':
    case 'money':
    case 'percent':
      return true
    case 'string':
    case 'date':
    case 'boolean':
      return false
    default:
      return assertNever(column.type)
  }
}

/**
 * Formats a table cell for display with `Intl`: money columns hold minor units and are formatted
 * with the currency's ISO 4217 exponent (`formatMoney`), percent cells are ratios, dates are
 * `YYYY-MM-DD` calendar days (formatted in UTC).
 */
export function formatCell(
  cell: Cell,
  column: Pick<Column, 'type' | 'currency'>,
  locale: string,
): string {
  if (cell === null) return NO_VALUE
  if (typeof cell === 'boolean') return cell ? '✓' : '✗'
  if (typeof cell === 'string') {
    if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${cell}T00:00:00Z`),
      )
    }
    return cell
  }
  switch (column.type) {
    case 'money':
      if (column.currency != null && Number.isSafeInteger(cell)) {
        return formatMoney({ amountMinor: cell, currency: column.currency }, { locale })
      }
      return numberFormat(locale, { maximumFractionDigits: 2 }).format(cell)
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(cell)
    case 'integer':
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(cell)
    case 'number':
    case 'string':
    case 'date':
    case 'boolean':
      return numberFormat(locale, { maximumFractionDigits: 2 }).format(cell)
    default:
      return assertNever(column.type)
  }
}
