/** Parameters of the legacy monthly endpoints (gross_revenue … overdue_balance), read like lago-api does. */

export interface LegacyQuery {
  /** Upper-cased, as the server does (`params[:currency]&.upcase`). */
  readonly currency?: string
  /** Raw `months`, interpreted with Ruby `to_i` semantics. */
  readonly months?: number
  readonly billingEntityCode?: string
  readonly externalCustomerId?: string
}

/** Ruby `String#to_i`: leading whitespace, optional sign, leading digits; 0 when none. */
export function rubyToI(text: string): number {
  const match = /^\s*([+-]?\d+)/.exec(text)
  return match ? Number.parseInt(match[1] ?? '0', 10) : 0
}

/** The legacy endpoints validate nothing: unknown or odd values never produce an error. */
export function parseLegacyQuery(params: ReadonlyMap<string, string>): LegacyQuery {
  const currency = params.get('currency')
  const months = params.get('months')
  const billingEntityCode = params.get('billing_entity_code')
  const externalCustomerId = params.get('external_customer_id')
  return {
    ...(currency === undefined ? {} : { currency: currency.toUpperCase() }),
    ...(months === undefined ? {} : { months: rubyToI(months) }),
    ...(billingEntityCode === undefined ? {} : { billingEntityCode }),
    ...(externalCustomerId === undefined ? {} : { externalCustomerId }),
  }
}
