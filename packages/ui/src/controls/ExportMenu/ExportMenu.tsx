import type { Table } from '@lago-analytics/core/export'
import { useExport, type ExportFile, type ExportFormat } from '@lago-analytics/react'
import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { assertNever } from '../../internal/assertNever.ts'
import { cx } from '../../internal/cx.ts'
import { lazyModule } from '../lazy/lazyModule.ts'
import { popupTriggerAttributes, useLazyTrigger } from '../lazy/useLazyTrigger.tsx'
import { downloadFile } from './downloadFile.ts'

/** Radix DropdownMenu, in its own chunk: loaded when a menu is first opened (or hovered). */
const menu = /* @__PURE__ */ lazyModule(() => import('./ExportMenuContent.tsx'))

/** `data-state` of the menu. */
export type ExportMenuState = 'idle' | 'running' | 'done' | 'cancelled' | 'error'

export interface ExportMenuLabels {
  trigger: string
  json: string
  csv: string
  xlsx: string
  /** Hint on the CSV item when several tables are exported. */
  csvNeedsOneTable: string
  progress: string
  cancel: string
  cancelled: string
  /** Announced when a file is ready. */
  done: (fileName: string) => string
  failed: (message: string) => string
}

export const DEFAULT_EXPORT_MENU_LABELS: ExportMenuLabels = {
  trigger: 'Export',
  json: 'JSON',
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
  csvNeedsOneTable: 'one table only — choose Excel',
  progress: 'Export progress',
  cancel: 'Cancel export',
  cancelled: 'Export cancelled',
  done: (fileName) => `${fileName} is ready`,
  failed: (message) => `Export failed: ${message}`,
}

type TablesSource = readonly Table[] | (() => readonly Table[] | Promise<readonly Table[]>)

export interface ExportMenuProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'children' | 'onError'
> {
  /** One widget's table (read when an export starts). */
  getTable?: (() => Table | Promise<Table>) | undefined
  /** A whole dashboard: one workbook with one sheet per table (JSON: an array). */
  tables?: TablesSource | undefined
  /** Offered formats, in order. Default JSON, CSV, Excel. */
  formats?: readonly ExportFormat[] | undefined
  /** Called with every finished file (name, MIME type, bytes or text). */
  onExported?: ((file: ExportFile) => void) | undefined
  /** Save the file through an object URL. Default true; `false` leaves it to `onExported`. */
  download?: boolean | undefined
  onError?: ((error: Error) => void) | undefined
  disabled?: boolean | undefined
  /** Trigger content. Default `Export`. */
  label?: ReactNode
  labels?: Partial<ExportMenuLabels> | undefined
  /** Controlled open state of the menu. */
  open?: boolean | undefined
  defaultOpen?: boolean | undefined
  onOpenChange?: ((open: boolean) => void) | undefined
  /** Portal target of the menu (e.g. your themed dashboard element). */
  portalContainer?: HTMLElement | null | undefined
}

const DEFAULT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'xlsx']

function formatLabel(format: ExportFormat, labels: ExportMenuLabels): string {
  switch (format) {
    case 'json':
      return labels.json
    case 'csv':
      return labels.csv
    case 'xlsx':
      return labels.xlsx
    default:
      return assertNever(format)
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError'
}

/**
 * Export menu (Radix DropdownMenu, keyboard accessible): JSON, CSV or Excel for one widget
 * (`getTable`) or a whole dashboard (`tables`, one workbook). Long exports show progress and can
 * be cancelled; files are downloaded through an object URL and passed to `onExported`. The menu
 * loads on first use: until then a light trigger with the same element stands in.
 */
export const ExportMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, ExportMenuProps>(
  function ExportMenu(
    {
      getTable,
      tables,
      formats = DEFAULT_FORMATS,
      onExported,
      download = true,
      onError,
      disabled = false,
      label,
      labels: labelOverrides,
      open,
      defaultOpen,
      onOpenChange,
      portalContainer,
      className,
      ...rest
    },
    ref,
  ) {
    const labels = { ...DEFAULT_EXPORT_MENU_LABELS, ...labelOverrides }
    const exporter = useExport()
    const [phase, setPhase] = useState<ExportMenuState>('idle')
    const [message, setMessage] = useState('')
    const [preparing, setPreparing] = useState(false)
    const run = useRef(0)
    const cancelled = useRef(false)
    const several =
      getTable === undefined && (typeof tables === 'function' || (tables?.length ?? 0) > 1)
    const running = phase === 'running'

    const start = async (format: ExportFormat) => {
      const id = ++run.current
      cancelled.current = false
      setPhase('running')
      setMessage('')
      setPreparing(true)
      try {
        let list: readonly Table[]
        if (getTable) list = [await getTable()]
        else if (typeof tables === 'function') list = await tables()
        else list = tables ?? []
        if (cancelled.current || id !== run.current)
          throw new DOMException('cancelled', 'AbortError')
        setPreparing(false)
        const file = await exporter.run(list.length === 1 ? (list[0] as Table) : list, format)
        if (id !== run.current) return
        onExported?.(file)
        if (download) downloadFile(file)
        setPhase('done')
        setMessage(labels.done(file.fileName))
      } catch (caught) {
        if (id !== run.current) return
        setPreparing(false)
        if (cancelled.current || isAbort(caught)) {
          setPhase('cancelled')
          setMessage(labels.cancelled)
          return
        }
        const error = caught instanceof Error ? caught : new Error(String(caught))
        setPhase('error')
        setMessage(labels.failed(error.message))
        onError?.(error)
      }
    }

    const cancel = () => {
      cancelled.current = true
      exporter.cancel()
    }

    const percent = Math.round(exporter.progress * 100)
    const [ownOpen, setOwnOpen] = useState(defaultOpen ?? false)
    const menuOpen = open ?? ownOpen
    const setMenuOpen = (next: boolean) => {
      if (next === menuOpen) return
      if (open === undefined) setOwnOpen(next)
      onOpenChange?.(next)
    }
    const lazy = useLazyTrigger({ module: menu, open: menuOpen, setOpen: setMenuOpen })
    const Menu = lazy.part

    return (
      <div
        ref={ref}
        aria-busy={running || undefined}
        {...rest}
        className={cx('lago-analytics', 'lago-analytics-export-menu', className)}
        data-slot="export-menu"
        data-state={phase}
      >
        <button
          {...lazy.triggerProps({
            attributes: {
              ...popupTriggerAttributes('menu', menuOpen),
              'data-disabled': disabled ? '' : undefined,
              disabled,
            },
            onPointerDown: (event) => {
              if (disabled || event.button !== 0 || event.ctrlKey) return
              lazy.request(!menuOpen, 'pointer')
              if (!menuOpen) event.preventDefault()
            },
            onKeyDown: (event) => {
              if (disabled) return
              if (event.key === 'Enter' || event.key === ' ') lazy.request(!menuOpen, 'keyboard')
              else if (event.key === 'ArrowDown') lazy.request(true, 'keyboard')
              else return
              event.preventDefault()
            },
          })}
          className="lago-analytics-button lago-analytics-export-menu__trigger"
          data-slot="export-menu-trigger"
          disabled={disabled}
        >
          {label ?? labels.trigger}
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </button>
        {Menu ? (
          <Menu.ExportMenuContent
            bridge={lazy.bridge}
            open={menuOpen}
            onOpenChange={setMenuOpen}
            portalContainer={portalContainer}
            disabled={disabled}
            items={formats.map((format) => ({
              format,
              label: formatLabel(format, labels),
              hint: format === 'csv' && several ? labels.csvNeedsOneTable : undefined,
            }))}
            running={running}
            onSelect={(format) => void start(format)}
            takeKeyboardOpen={lazy.takeKeyboardOpen}
          />
        ) : null}
        {running ? (
          <div className="lago-analytics-export-menu__progress" data-slot="export-menu-progress">
            <div
              role="progressbar"
              aria-label={labels.progress}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={preparing ? undefined : percent}
              className="lago-analytics-progress"
              data-state={preparing ? 'indeterminate' : 'loading'}
            >
              <span
                className="lago-analytics-progress__bar"
                style={{ width: preparing ? undefined : `${percent}%` }}
              />
            </div>
            <button
              type="button"
              className="lago-analytics-button"
              data-slot="export-menu-cancel"
              onClick={cancel}
            >
              {labels.cancel}
            </button>
          </div>
        ) : null}
        <span
          role={phase === 'error' ? 'alert' : 'status'}
          className={
            phase === 'error' ? 'lago-analytics-export-menu__error' : 'lago-analytics-sr-only'
          }
          data-slot="export-menu-status"
        >
          {message}
        </span>
      </div>
    )
  },
)
