/** Parameters of the paginated Data API breakdowns (`revenue_streams/plans`, `…/customers`, `mrrs/plans`). */
import type { Parsed, ValidationErrors } from './queryParams'

export type RevenueOrder = 'gross_revenue_amount_cents' | 'net_revenue_amount_cents'

export interface PageQuery {
  readonly currency?: string
  readonly page: number
  readonly limit: number
  readonly orderBy: RevenueOrder
}

export const DEFAULT_PAGE_LIMIT = 20
export const MAX_PAGE_LIMIT = 100

export function parsePageQuery(params: ReadonlyMap<string, string>): Parsed<PageQuery> {
  const errors: ValidationErrors = {}
  const positive = (name: string, fallback: number): number => {
    const raw = params.get(name)
    if (raw === undefined) return fallback
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
      ;(errors[name] ??= []).push('value_is_invalid')
      return fallback
    }
    return Number(raw)
  }
  const page = positive('page', 1)
  const limit = Math.min(MAX_PAGE_LIMIT, positive('limit', DEFAULT_PAGE_LIMIT))
  let orderBy: RevenueOrder = 'gross_revenue_amount_cents'
  const rawOrder = params.get('order_by')
  if (rawOrder !== undefined) {
    if (rawOrder === 'gross_revenue_amount_cents' || rawOrder === 'net_revenue_amount_cents')
      orderBy = rawOrder
    else (errors['order_by'] ??= []).push('value_is_invalid')
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const currency = params.get('currency')
  return {
    ok: true,
    value: { page, limit, orderBy, ...(currency === undefined ? {} : { currency }) },
  }
}
