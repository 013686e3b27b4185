import { currencyExponent } from '@lago-analytics/client'
import { InvalidTableError } from '../errors.ts'
import { assertNever } from '../internal/assertNever.ts'
import { minorToDecimalString } from '../money/formatMoney.ts'
import { isDateKey } from '../time/dateKey.ts'
import type { Cell, Column } from './Table.ts'

/** A cell as text-based formats (CSV) write it, and whether it is text (to neutralise). */
export interface TextCell {
  readonly text: string
  readonly isText: boolean
}

const EMPTY: TextCell = { text: '', isText: false }

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
 * Non-finite numbers become empty cells.
 */
export function cellText(column: Column, cell: Cell, exponent: number): TextCell {
  if (cell === null) return EMPTY
  switch (column.type) {
    case 'string':
      return { text: String(cell), isText: true }
    case 'money':
      if (typeof cell !== 'number' || !Number.isSafeInteger(cell))
        fail(column, cell, 'a safe integer of minor units')
      return { text: minorToDecimalString(cell, exponent), isText: false }
    case 'integer':
      if (typeof cell !== 'number' || !Number.isInteger(cell)) fail(column, cell, 'an integer')
      return { text: String(cell), isText: false }
    case 'number':
    case 'percent':
      if (typeof cell !== 'number') fail(column, cell, 'a number')
      return Number.isFinite(cell) ? { text: String(cell), isText: false } : EMPTY
    case 'date':
      if (!isDateKey(cell)) fail(column, cell, 'a YYYY-MM-DD date')
      return { text: cell, isText: false }
    case 'boolean':
      if (typeof cell !== 'boolean') fail(column, cell, 'a boolean')
      return { text: cell ? 'true' : 'false', isText: false }
    default:
      return assertNever(column.type)
  }
}
