import { exportFileName, toCsv, toJson, toWorkbook, type Table } from '@lago-analytics/core'
import { useCallback, useEffect, useRef, useState } from 'react'

export type ExportFormat = 'json' | 'csv' | 'xlsx'

export interface ExportFile {
  fileName: string
  mimeType: string
  /** File contents; `toBlob()` for a download. */
  data: string | Uint8Array
  toBlob(): Blob
}

export interface ExportState {
  status: 'idle' | 'running' | 'done' | 'error'
  /** 0..1 while running. */
  progress: number
  error: Error | null
}

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * Exports tables to JSON, CSV or Excel with progress and cancellation (chunked, so the main
 * thread is never blocked for long). Several tables make one workbook (one sheet each) in XLSX.
 */
export function useExport() {
  const [state, setState] = useState<ExportState>({ status: 'idle', progress: 0, error: null })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(
    async (tables: Table | readonly Table[], format: ExportFormat): Promise<ExportFile> => {
      controller.current?.abort()
      const abort = new AbortController()
      controller.current = abort
      const list = Array.isArray(tables) ? (tables as readonly Table[]) : [tables as Table]
      const first = list[0]
      if (!first) throw new Error('nothing to export')
      setState({ status: 'running', progress: 0, error: null })
      const onProgress = (done: number, total: number) =>
        setState((previous) => ({ ...previous, progress: total === 0 ? 1 : done / total }))
      const chunk = { onProgress, signal: abort.signal }
      try {
        let data: string | Uint8Array
        if (format === 'xlsx') data = await toWorkbook(list, chunk)
        else if (list.length === 1)
          data =
            format === 'csv'
              ? await toCsv(first, { ...chunk, bom: true })
              : await toJson(first, chunk)
        else if (format === 'json')
          data = `[${(await Promise.all(list.map((table) => toJson(table, { signal: abort.signal })))).join(',')}]`
        else throw new Error('CSV holds one table: export tables one by one, or choose Excel')
        const fileName = exportFileName({
          dataset: list.length === 1 ? first.meta.dataset : 'dashboard',
          format,
          currency: first.meta.currency,
          range: first.meta.range,
        })
        setState({ status: 'done', progress: 1, error: null })
        const mimeType = MIME[format]
        return {
          fileName,
          mimeType,
          data,
          toBlob: () => new Blob([data as BlobPart], { type: mimeType }),
        }
      } catch (error) {
        setState({ status: 'error', progress: 0, error: error as Error })
        throw error
      }
    },
    [],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])
  return { ...state, run, cancel }
}
