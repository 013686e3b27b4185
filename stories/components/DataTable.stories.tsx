import type { Cell, Column } from '@lago-analytics/core/export'
import { useRevenueBreakdown, useRevenueStreams } from '@lago-analytics/react'
import { DataTable, type DataTableProps } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMemo } from 'react'
import { StoryFrame } from './support/StoryFrame.tsx'
import { HOSTILE_STRINGS, LONG_LABELS, hostileLedger, ledger, seeded } from './support/storyData.ts'

/**
 * `DataTable`: core's export model (typed columns, rows of cells) as an accessible table —
 * sortable headers with `aria-sort`, sticky header and totals, money with the currency's
 * exponent, numeric columns right-aligned, virtualised above 1,000 rows. Cells are text.
 */
const meta: Meta<typeof DataTable> = {
  title: 'Components/DataTable',
  component: DataTable,
  render: (args) => (
    <StoryFrame title="Table">
      <DataTable {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof DataTable>

const customers = new Map(ledger.customers.map((customer) => [customer.externalId, customer]))

/** Every EUR customer's net revenue (all history), joined with the simulator's customer list. */
function CustomersTable(props: Partial<DataTableProps>) {
  const result = useRevenueBreakdown({ by: 'customer', topN: 10_000 })
  const table = useMemo(() => {
    const currency = result.data?.currency ?? 'EUR'
    const columns: Column[] = [
      { key: 'name', header: 'Customer', type: 'string' },
      { key: 'country', header: 'Country', type: 'string' },
      { key: 'type', header: 'Type', type: 'string' },
      { key: 'signup', header: 'Signed up', type: 'date' },
      { key: 'net', header: 'Net revenue', type: 'money', currency },
      { key: 'share', header: 'Share', type: 'percent' },
    ]
    const rows: Cell[][] = (result.data?.items ?? []).map((item) => {
      const customer = customers.get(item.key)
      return [
        item.label,
        customer?.country ?? null,
        customer?.type ?? null,
        customer?.signedUpOn ?? null,
        item.value,
        item.share,
      ]
    })
    const totals: Cell[] = ['Total', null, null, null, result.data?.total ?? 0, 1]
    return { columns, rows, totals }
  }, [result.data])
  return (
    <StoryFrame title="Customers by net revenue">
      <div data-state={result.state}>
        <DataTable
          caption="Net revenue by customer, all history (EUR)"
          columns={table.columns}
          rows={table.rows}
          maxHeight={480}
          {...props}
        />
      </div>
    </StoryFrame>
  )
}

/**
 * Click a header: ascending → descending → input order (`aria-sort` follows). Starts sorted by
 * net revenue, descending; 83 rows, not virtualised.
 */
export const Sortable: Story = {
  render: () => <CustomersTable defaultSort={{ column: 'net', direction: 'descending' }} />,
}

/** Revenue streams per month with a sticky totals row (`<tfoot>`, never sorted). */
function StreamsTable({ title }: { title: string }) {
  const streams = useRevenueStreams()
  const table = useMemo(() => {
    const currency = streams.data?.currency ?? null
    const money = (key: string, header: string): Column => ({
      key,
      header,
      type: 'money',
      currency,
    })
    const columns: Column[] = [
      { key: 'month', header: 'Month', type: 'string' },
      money('subscription', 'Subscription fees'),
      money('usage', 'Usage-based fees'),
      money('commitment', 'Minimum commitment'),
      money('oneOff', 'One-off fees'),
      money('contra', 'Deductions'),
      money('net', 'Net revenue'),
      { key: 'partial', header: 'Partial', type: 'boolean' },
    ]
    const rows: Cell[][] = (streams.data?.points ?? []).map((point) => [
      point.label ?? point.bucket.start,
      point.gross.subscription,
      point.gross.usageBased,
      point.gross.commitment,
      point.gross.oneOff,
      -point.contra.total,
      point.net,
      point.partial,
    ])
    const totals = streams.data?.totals
    const totalRow: Cell[] | undefined = totals && [
      'Total',
      totals.gross.subscription,
      totals.gross.usageBased,
      totals.gross.commitment,
      totals.gross.oneOff,
      -totals.contra.total,
      totals.net,
      null,
    ]
    return { columns, rows, totalRow }
  }, [streams.data])
  return (
    <StoryFrame title={title}>
      <div data-state={streams.state}>
        <DataTable
          caption={`Revenue streams per month, last 12 months (${streams.data?.currency ?? '…'})`}
          columns={table.columns}
          rows={table.rows}
          totals={table.totalRow}
        />
      </div>
    </StoryFrame>
  )
}

export const WithTotals: Story = {
  render: () => <StreamsTable title="Revenue streams" />,
}

/** Yen: whole amounts (ISO 4217 exponent 0). */
export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <StreamsTable title="Revenue streams (JPY)" />,
}

/** Kuwaiti dinar: three decimals (exponent 3). */
export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <StreamsTable title="Revenue streams (KWD)" />,
}

/** Numbers, months and currency placement follow the provider's locale. */
export const French: Story = {
  parameters: { lago: { locale: 'fr-FR' } },
  render: () => <StreamsTable title="Flux de revenus" />,
}

const ROWS = 10_000

function tenThousandRows() {
  const random = seeded(10_000)
  const plans = ledger.plans.map((plan) => plan.name)
  const columns: Column[] = [
    { key: 'invoice', header: 'Invoice', type: 'string' },
    { key: 'issued', header: 'Issued', type: 'date' },
    { key: 'plan', header: 'Plan', type: 'string' },
    { key: 'units', header: 'Units', type: 'integer' },
    { key: 'amount', header: 'Amount', type: 'money', currency: 'EUR' },
    { key: 'paid', header: 'Paid', type: 'boolean' },
  ]
  let total = 0
  let units = 0
  const rows: Cell[][] = Array.from({ length: ROWS }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + (i % 320))).toISOString().slice(0, 10)
    const count = 1 + Math.floor(random() * 500)
    const amount = Math.round(random() * 250_000)
    total += amount
    units += count
    return [
      `INV-${String(i + 1).padStart(5, '0')}`,
      day,
      plans[i % plans.length] ?? '',
      count,
      amount,
      random() > 0.1,
    ]
  })
  return { columns, rows, totals: ['Total', null, null, units, total, null] as Cell[] }
}

function TenThousand() {
  const table = useMemo(tenThousandRows, [])
  return (
    <StoryFrame
      title="10,000 invoices"
      note="Above 1,000 rows only the visible window is in the DOM; aria-rowcount and aria-rowindex keep the real positions."
    >
      <DataTable
        caption="Invoices, 2026 (synthetic)"
        columns={table.columns}
        rows={table.rows}
        totals={table.totals}
        defaultSort={{ column: 'amount', direction: 'descending' }}
      />
    </StoryFrame>
  )
}

/** 10,000 rows, sorted, virtualised inside a 400 px scroll area. */
export const TenThousandRowsVirtualised: Story = { render: () => <TenThousand /> }

const hostileRows: Cell[][] = [
  ...HOSTILE_STRINGS.map((name, i): Cell[] => [`cus_x${i + 1}`, name, 'FR', 'EUR']),
  ...hostileLedger.customers
    .slice(0, 60)
    .map((customer): Cell[] => [
      customer.externalId,
      customer.name,
      customer.country,
      customer.currency,
    ]),
]

/**
 * The simulator's `hostileNames` organisation plus the XSS probe, RTL text and a 200-character
 * name: every cell is a text node.
 */
export const HostileNames: Story = {
  args: {
    caption: 'Customers (hostile names)',
    columns: [
      { key: 'id', header: 'External id', type: 'string' },
      { key: 'name', header: 'Name', type: 'string' },
      { key: 'country', header: 'Country', type: 'string' },
      { key: 'currency', header: 'Currency', type: 'string' },
    ],
    rows: hostileRows,
    rowHeaders: false,
  },
}

/** Long cells do not wrap: the table scrolls horizontally inside its border. */
export const LongLabels: Story = {
  args: {
    caption: 'Plans (long names)',
    columns: [
      { key: 'plan', header: 'Plan', type: 'string' },
      { key: 'mrr', header: 'MRR', type: 'money', currency: 'USD' },
    ],
    rows: LONG_LABELS.map((name, i) => [name, (i + 1) * 199_900]),
  },
}

/** `sortable={false}`: plain headers, no buttons. */
export const NotSortable: Story = {
  args: {
    caption: 'Currencies of the organisation',
    sortable: false,
    columns: [
      { key: 'code', header: 'Currency', type: 'string' },
      { key: 'exponent', header: 'Decimals', type: 'integer' },
    ],
    rows: ledger.currencies.map((currency) => [currency.code, currency.exponent]),
  },
}

/** No rows: the header stays, `data-state="empty"`. */
export const Empty: Story = {
  args: {
    caption: 'Invoices',
    columns: [
      { key: 'invoice', header: 'Invoice', type: 'string' },
      { key: 'amount', header: 'Amount', type: 'money', currency: 'EUR' },
    ],
    rows: [],
  },
}
