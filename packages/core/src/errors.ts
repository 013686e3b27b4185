/**
 * Stable, machine-readable error codes of the core. Messages are for humans; branch on `code`
 * (or `instanceof`).
 */
export type LagoCoreErrorCode =
  | 'invalid_money'
  | 'currency_mismatch'
  | 'invalid_date'
  | 'invalid_range'
  | 'invalid_granularity'
  | 'mrr_chain'
  | 'filter_validation'
  | 'invalid_table'

/** Base class of every error the core raises. */
export class LagoCoreError extends Error {
  override name = 'LagoCoreError'
  readonly code: LagoCoreErrorCode

  constructor(code: LagoCoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
  }
}

/** An amount that is not a safe integer of minor units, or a currency that is not ISO 4217. */
export class InvalidMoneyError extends LagoCoreError {
  override name = 'InvalidMoneyError'
  /** The rejected value, as given. */
  readonly value: unknown

  constructor(message: string, value: unknown) {
    super('invalid_money', message)
    this.value = value
  }
}

/** Two amounts in different currencies met in one sum, comparison or table. */
export class CurrencyMismatchError extends LagoCoreError {
  override name = 'CurrencyMismatchError'
  readonly expected: string
  readonly received: string

  constructor(expected: string, received: string) {
    super(
      'currency_mismatch',
      `Cannot combine ${received} with ${expected}: different currencies are never summed`,
    )
    this.expected = expected
    this.received = received
  }
}

/** Not a valid `YYYY-MM-DD` calendar date (or not a valid instant). */
export class InvalidDateError extends LagoCoreError {
  override name = 'InvalidDateError'
  readonly value: unknown

  constructor(value: unknown, reason = 'expected a calendar date as YYYY-MM-DD') {
    super('invalid_date', `Invalid date ${JSON.stringify(String(value))}: ${reason}`)
    this.value = value
  }
}

/** A date range whose start is after its end, or that cannot be resolved. */
export class InvalidRangeError extends LagoCoreError {
  override name = 'InvalidRangeError'

  constructor(message: string) {
    super('invalid_range', message)
  }
}

/** A granularity that does not fit the data (for example weekly rows rolled into months). */
export class InvalidGranularityError extends LagoCoreError {
  override name = 'InvalidGranularityError'

  constructor(message: string) {
    super('invalid_granularity', message)
  }
}

/** A table whose rows do not match its columns. */
export class InvalidTableError extends LagoCoreError {
  override name = 'InvalidTableError'

  constructor(message: string) {
    super('invalid_table', message)
  }
}
