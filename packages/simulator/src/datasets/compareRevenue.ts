import type { RevenueOrder } from '../query/pageQuery'

/** Descending comparison on the `order_by` column of a revenue breakdown row. */
export function compareRevenue(
  a: {
    readonly gross_revenue_amount_cents: number | string
    readonly net_revenue_amount_cents: number | string
  },
  b: {
    readonly gross_revenue_amount_cents: number | string
    readonly net_revenue_amount_cents: number | string
  },
  orderBy: RevenueOrder,
): number {
  return Number(b[orderBy]) - Number(a[orderBy])
}
