import type { Section, Summary } from './collectSummary.ts'
import { formatMoney } from './formatMoney.ts'

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

function heading(title: string): string {
  return `\n${title}\n${'─'.repeat(title.length)}`
}

function body<Row>(section: Section<Row>, render: (rows: Row[]) => string[]): string[] {
  if (section.status === 'unavailable') return [`  (not available: ${section.reason})`]
  if (section.status === 'error') return [`  (failed: ${section.reason})`]
  if (section.rows.length === 0) return ['  (no data for this period)']
  return render(section.rows)
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows.map(
    (row) =>
      `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')}`,
  )
}

/** Plain-text report of a summary; customer names are printed as data, never interpreted. */
export function renderSummary(summary: Summary, source: string): string {
  const { currency } = summary
  const money = (amount: number) => formatMoney(amount, currency)
  const lines: string[] = [
    `Lago analytics summary · ${source}`,
    `Currency ${currency} (amounts are per currency, never converted) · ${summary.fromDate} → ${summary.toDate}`,
  ]

  lines.push(heading('Gross revenue, last 12 months (public API)'))
  lines.push(
    ...body(summary.grossRevenue, (rows) => [
      ...table(
        rows
          .slice(-6)
          .map((row) => [
            row.month.slice(0, 7),
            money(row.amountCents),
            `${row.invoicesCount} invoices`,
          ]),
      ),
      `  Total: ${money(sum(rows.map((row) => row.amountCents)))} from ${sum(rows.map((row) => row.invoicesCount))} invoices`,
    ]),
  )

  lines.push(heading('Revenue streams (Data API)'))
  lines.push(
    ...body(summary.revenueStreams, (rows) => {
      const total = (
        key:
          | 'grossRevenueAmountCents'
          | 'subscriptionFeeAmountCents'
          | 'usageBasedFeeAmountCents'
          | 'commitmentFeeAmountCents'
          | 'oneOffFeeAmountCents'
          | 'contraRevenueAmountCents'
          | 'netRevenueAmountCents',
      ) => money(sum(rows.map((row) => row[key])))
      return table([
        ['Subscription fees', total('subscriptionFeeAmountCents')],
        ['Usage-based fees', total('usageBasedFeeAmountCents')],
        ['Commitment true-ups', total('commitmentFeeAmountCents')],
        ['One-off fees', total('oneOffFeeAmountCents')],
        ['Gross revenue', total('grossRevenueAmountCents')],
        ['Contra revenue', `−${total('contraRevenueAmountCents')}`],
        ['Net revenue', total('netRevenueAmountCents')],
      ])
    }),
  )

  lines.push(heading('MRR movements (Data API)'))
  lines.push(
    ...body(summary.mrrMovements, (rows) => [
      ...table([
        ['Month', 'Starting', 'New', 'Expansion', 'Contraction', 'Churn', 'Ending'],
        ...rows
          .slice(-6)
          .map((row) => [
            row.startOfPeriodDt.slice(0, 7),
            money(row.startingMrr),
            money(row.mrrNew),
            money(row.mrrExpansion),
            money(row.mrrContraction),
            money(row.mrrChurn),
            money(row.endingMrr),
          ]),
      ]),
      `  Current MRR ${money(rows.at(-1)?.endingMrr ?? 0)} · ARR ${money(12 * (rows.at(-1)?.endingMrr ?? 0))}`,
    ]),
  )

  lines.push(heading('MRR, invoiced view (public API)'))
  lines.push(
    ...body(summary.mrr, (rows) =>
      table(rows.slice(-3).map((row) => [row.month.slice(0, 7), money(row.amountCents)])),
    ),
  )

  lines.push(heading('MRR by plan (Data API)'))
  lines.push(
    ...body(summary.mrrByPlan, (rows) =>
      table(
        rows.map((row) => [
          row.planName,
          money(row.mrr),
          `${row.activeCustomersCount} customers`,
          `${((row.mrrShare ?? 0) * 100).toFixed(1)} %`,
        ]),
      ),
    ),
  )

  lines.push(heading('Top customers by net revenue (Data API)'))
  lines.push(
    ...body(summary.topCustomers, (rows) =>
      table(
        rows.map((row, index) => [
          `${index + 1}. ${JSON.stringify(row.customerName ?? row.externalCustomerId).slice(1, -1)}`,
          money(row.netRevenueAmountCents),
          `${((row.netRevenueShare ?? 0) * 100).toFixed(1)} %`,
        ]),
      ),
    ),
  )

  lines.push(heading('Usage by billable metric (public API)'))
  lines.push(
    ...body(summary.usage, (rows) => {
      const byMetric = new Map<string, { units: number; amount: number }>()
      for (const row of rows) {
        const entry = byMetric.get(row.billableMetricCode) ?? { units: 0, amount: 0 }
        entry.units += row.units
        entry.amount += row.amountCents
        byMetric.set(row.billableMetricCode, entry)
      }
      return table(
        [...byMetric]
          .sort((a, b) => b[1].amount - a[1].amount)
          .map(([code, { units, amount }]) => [
            code,
            `${units.toLocaleString('en-US', { maximumFractionDigits: 2 })} units`,
            money(amount),
          ]),
      )
    }),
  )

  lines.push(heading('Prepaid credits (Data API)'))
  lines.push(
    ...body(summary.prepaidCredits, (rows) =>
      table([
        ['Purchased', money(sum(rows.map((row) => row.purchasedAmountCents)))],
        ['Offered', money(sum(rows.map((row) => row.offeredAmountCents)))],
        ['Consumed', money(sum(rows.map((row) => row.consumedAmountCents)))],
        ['Voided', money(sum(rows.map((row) => row.voidedAmountCents)))],
      ]),
    ),
  )

  lines.push(heading('Invoice collection, last 3 months (public API)'))
  lines.push(
    ...body(summary.invoiceCollection, (rows) =>
      table(
        rows.map((row) => [
          `${row.month.slice(0, 7)} ${row.paymentStatus}`,
          `${row.invoicesCount} invoices`,
          money(row.amountCents),
        ]),
      ),
    ),
  )

  lines.push(heading('Overdue balance (public API)'))
  lines.push(
    ...body(summary.overdueBalance, (rows) => [
      `  ${money(sum(rows.map((row) => row.amountCents)))} overdue across ${sum(rows.map((row) => row.lagoInvoiceIds.length))} invoices`,
    ]),
  )
  return lines.join('\n')
}
