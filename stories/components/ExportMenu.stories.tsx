import { dataAsOf } from '@lago-analytics/core'
import {
  createTable,
  tableFromBreakdown,
  toCsv,
  toTable,
  type Table,
} from '@lago-analytics/core/export'
import {
  FilterStoreProvider,
  useDatasetQuery,
  useLagoAnalytics,
  useReportFilters,
  useRevenueBreakdown,
  type ExportFile,
} from '@lago-analytics/react'
import { ExportMenu, type ExportMenuProps } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { Section, StoryFrame } from './support/StoryFrame.tsx'
import { HOSTILE_STRINGS } from './support/storyData.ts'

/**
 * `ExportMenu`: JSON, CSV or Excel for one widget (`getTable`) or a whole dashboard (`tables`:
 * one workbook, one sheet per table). The tables here are built from the simulator's rows with
 * core's `toTable` / `tableFromBreakdown` — the same rows (and cache entries) the widgets show.
 */
const meta: Meta<typeof ExportMenu> = {
  title: 'Components/ExportMenu',
  component: ExportMenu,
}
export default meta

type Story = StoryObj<typeof ExportMenu>

/** Export tables of the current filters: revenue streams, MRR movements, revenue by customer. */
function useExportTables() {
  const { now } = useLagoAnalytics('useExportTables (story)')
  const { range, filters } = useReportFilters(undefined, 'useExportTables (story)')
  const streams = useDatasetQuery('revenueStreams')
  const movements = useDatasetQuery('mrrMovements')
  const customers = useRevenueBreakdown({ by: 'customer', topN: 25 })
  const tableMeta = useCallback(
    (title: string) => {
      const instant = now()
      return {
        title,
        currency: filters.currency,
        range,
        dataAsOf: dataAsOf(instant),
        generatedAt: instant,
      }
    },
    [now, filters.currency, range],
  )
  const streamsTable = useCallback(
    (): Table => toTable('revenueStreams', streams.data?.rows ?? [], tableMeta('Revenue streams')),
    [streams.data, tableMeta],
  )
  const tables = useCallback((): Table[] => {
    const list = [
      streamsTable(),
      toTable('mrrMovements', movements.data?.rows ?? [], tableMeta('MRR movements')),
    ]
    if (customers.data) {
      list.push(
        tableFromBreakdown(customers.data, {
          dataset: 'revenueByCustomer',
          ...tableMeta('Revenue by customer'),
        }),
      )
    }
    return list
  }, [streamsTable, movements.data, customers.data, tableMeta])
  const states = [streams.state, movements.state, customers.state]
  const state = states.includes('loading') ? 'loading' : 'ready'
  return { streamsTable, tables, state }
}

/** Shows the last exported file (name, type, size) next to the menu. */
function LastFile({ file }: { file: ExportFile | null }) {
  if (file === null) return null
  const size = typeof file.data === 'string' ? file.data.length : file.data.byteLength
  return (
    <p style={{ margin: 0 }} data-slot="story-last-file">
      Last file: <code>{file.fileName}</code> ({file.mimeType}, {size.toLocaleString('en-US')}{' '}
      bytes)
    </p>
  )
}

function Demo({
  title,
  whole = false,
  ...menu
}: Partial<ExportMenuProps> & { title: string; whole?: boolean }) {
  const { streamsTable, tables, state } = useExportTables()
  const [file, setFile] = useState<ExportFile | null>(null)
  return (
    <StoryFrame title={title} maxWidth={640}>
      <div data-state={state} style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        {whole ? (
          <ExportMenu tables={tables} label="Export dashboard" onExported={setFile} {...menu} />
        ) : (
          <ExportMenu getTable={streamsTable} onExported={setFile} {...menu} />
        )}
      </div>
      <LastFile file={file} />
    </StoryFrame>
  )
}

function withFilters(node: ReactNode) {
  return (
    <FilterStoreProvider initialFilters={{ range: { preset: 'last12Months' } }}>
      {node}
    </FilterStoreProvider>
  )
}

/** One widget: revenue streams of the last 12 months, as JSON, CSV or Excel. */
export const SingleWidget: Story = {
  render: () => withFilters(<Demo title="Revenue streams" />),
}

/**
 * A whole dashboard: Excel makes one workbook (a sheet per table plus `Metadata`), JSON an array;
 * CSV is disabled with a hint (one table per file).
 */
export const WholeDashboard: Story = {
  render: () => withFilters(<Demo title="Revenue dashboard" whole />),
}

/** `formats` chooses the items and their order. */
export const ExcelAndCsvOnly: Story = {
  render: () => withFilters(<Demo title="Revenue streams" formats={['xlsx', 'csv']} />),
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => withFilters(<Demo title="Revenue streams (JPY)" />),
}

export const Disabled: Story = {
  render: () => withFilters(<Demo title="Revenue streams" disabled />),
}

const hostileTable = createTable({
  columns: [
    { key: 'customer', header: 'Customer', type: 'string' },
    { key: 'net', header: 'Net revenue', type: 'money', currency: 'KWD' },
  ],
  rows: HOSTILE_STRINGS.map((name, i) => [name, (i + 1) * 1_234_567 - 500]),
  meta: { dataset: 'revenueByCustomer', title: 'Revenue by customer', currency: 'KWD' },
})

function Neutralised() {
  const [csv, setCsv] = useState('')
  useEffect(() => {
    let live = true
    void toCsv(hostileTable).then((text) => live && setCsv(text))
    return () => {
      live = false
    }
  }, [])
  return (
    <StoryFrame title="Revenue by customer (hostile names)" maxWidth={800}>
      <ExportMenu getTable={() => hostileTable} />
      <Section title="CSV written for this table">
        <pre
          data-state={csv === '' ? 'loading' : 'ready'}
          style={{
            margin: 0,
            padding: 8,
            overflowX: 'auto',
            fontSize: 'var(--lago-analytics-font-size-small)',
            background: 'var(--lago-analytics-color-surface)',
            border: '1px solid var(--lago-analytics-color-border)',
            borderRadius: 'var(--lago-analytics-radius)',
          }}
          tabIndex={0}
        >
          {csv}
        </pre>
      </Section>
    </StoryFrame>
  )
}

/**
 * Cells starting with `=`, `+`, `-`, `@`… get a leading `'` in CSV and XLSX, so no spreadsheet
 * evaluates `=HYPERLINK(…)`; JSON keeps text verbatim. Money is the exact KWD decimal (3 places).
 */
export const FormulaNeutralisation: Story = { render: () => <Neutralised /> }

function OpenMenu() {
  const [container, setContainer] = useState<HTMLElement | null>(null)
  const { tables, state } = useExportTables()
  return (
    <StoryFrame title="Revenue dashboard" maxWidth={640}>
      <div
        ref={setContainer}
        className="lago-analytics"
        data-state={state}
        style={{ minHeight: 200, display: 'flex', justifyContent: 'flex-end' }}
      >
        {container ? (
          <ExportMenu
            tables={tables}
            label="Export dashboard"
            defaultOpen
            portalContainer={container}
          />
        ) : null}
      </div>
    </StoryFrame>
  )
}

/** The open menu, portalled into the themed frame (`portalContainer`). */
export const Open: Story = { render: () => withFilters(<OpenMenu />) }
