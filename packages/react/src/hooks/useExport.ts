import {
  exportFileName,
  processInChunks,
  toCsv,
  toJson,
  toWorkbook,
  type Table,
} from '@lago-analytics/core/export'
import { useCallback, useEffect, useRef, useState } from 'react'

export type ExportFormat = 'json' | 'csv' | 'xlsx'

export interface ExportFile {
  fileName: string
  mimeType: string
  /** File contents; `toBlob()` for a download. */
  data: string | Uint8Array
  /** The file as a Blob, made of UTF-8 bytes encoded ahead (so this step only copies them). */
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

/** Characters encoded at a time (about 1 ms of `TextEncoder` work for ASCII). */
const SLICE = 1 << 16
const BOM = '\uFEFF'

/**
 * The UTF-8 bytes of a text, encoded in slices between yields to the event loop: `new Blob` of a
 * 5 MB string encodes it in one main-thread task of 100 ms or more, of bytes it only copies them.
 * A slice never ends between the two halves of a surrogate pair.
 */
async function utf8(text: string, signal: AbortSignal): Promise<Uint8Array[]> {
  const encoder = new TextEncoder()
  const bound = (k: number) => {
    const at = Math.min(text.length, k * SLICE)
    const code = text.charCodeAt(at - 1)
    return at < text.length && code >= 0xd800 && code <= 0xdbff ? at - 1 : at
  }
  const parts: Uint8Array[] = []
  await processInChunks(
    Math.ceil(text.length / SLICE),
    (start, end) => {
      for (let k = start; k < end; k++)
        parts.push(encoder.encode(text.slice(bound(k), bound(k + 1))))
    },
    { chunkSize: 4, signal },
  )
  return parts
}

/**
 * Exports tables to JSON, CSV or Excel with progress and cancellation (in time slices, so the
 * main thread is never blocked for long; text is encoded to UTF-8 in slices too, for `toBlob`).
 * Several tables make one workbook (one sheet each) in XLSX.
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
        // What the Blob is made of: bytes, encoded ahead in slices (see `utf8`).
        let parts: Uint8Array[]
        if (format === 'xlsx') {
          data = await toWorkbook(list, chunk)
          parts = [data]
        } else if (list.length === 1 && format === 'csv') {
          // The BOM apart: the text without it stays a one-byte string, cheap to slice.
          const text = await toCsv(first, chunk)
          parts = [new TextEncoder().encode(BOM), ...(await utf8(text, abort.signal))]
          data = `${BOM}${text}`
        } else if (list.length === 1) {
          data = await toJson(first, chunk)
          parts = await utf8(data, abort.signal)
        } else if (format === 'json') {
          data = `[${(await Promise.all(list.map((table) => toJson(table, { signal: abort.signal })))).join(',')}]`
          parts = await utf8(data, abort.signal)
        } else throw new Error('CSV holds one table: export tables one by one, or choose Excel')
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
          toBlob: () => new Blob(parts as BlobPart[], { type: mimeType }),
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
