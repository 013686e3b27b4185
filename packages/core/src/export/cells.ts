import { currencyExponent } from '@lago-analytics/client/protocol'
import { InvalidTableError } from '../errors.ts'
import { assertNever } from '../internal/assertNever.ts'
import { minorToDecimalString } from '../money/formatMoney.ts'
import { isDateKey } from '../time/dateKey.ts'
import type { Cell, Column } from './Table.ts'

function fail(column: Column, cell: Cell, expected: string): never {
  throw new InvalidTableError(
    `Column ${column.key} (${column.type}) expects ${expected}, got ${JSON.stringify(cell)}`,
  )
}

/** The exponent of a money column (2 when its currency is unknown, e.g. an empty table). */
export function columnExponent(column: Column): number {
  return column.currency == null ? 2 : currencyExponent(column.currency)
}

/**
 * Validates a cell against its column and renders it as text: money as the exact major-unit
 * decimal (`1234.50`), numbers in JavaScript's shortest round-trip form, dates `YYYY-MM-DD`.
 * Null and non-finite numbers become `''`. Text cells are those of `string` columns.
 */
export function cellString(column: Column, cell: Cell, exponent: number): string {
  if (cell === null) return ''
  switch (column.type) {
    case 'string':
      return String(cell)
    case 'money':
      if (typeof cell !== 'number' || !Number.isSafeInteger(cell))
        fail(column, cell, 'a safe integer of minor units')
      return minorToDecimalString(cell, exponent)
    case 'integer':
      if (typeof cell !== 'number' || !Number.isInteger(cell)) fail(column, cell, 'an integer')
      return String(cell)
    case 'number':
    case 'percent':
      if (typeof cell !== 'number') fail(column, cell, 'a number')
      return Number.isFinite(cell) ? String(cell) : ''
    case 'date':
      if (!isDateKey(cell)) fail(column, cell, 'a YYYY-MM-DD date')
      return cell
    case 'boolean':
      if (typeof cell !== 'boolean') fail(column, cell, 'a boolean')
      return cell ? 'true' : 'false'
    default:
      return assertNever(column.type)
  }
}
