import { basename } from 'node:path'
import type { ExportProgress, ExportReport } from './exportAll.ts'

/** Escapes control characters (terminal escapes, line breaks) so text prints as inert data. */
export function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => JSON.stringify(char).slice(1, -1))
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The end-of-run summary: one line per dataset, then the totals. */
export function renderReport(report: ExportReport, outDir: string): string {
  const width = Math.max(...report.results.map((result) => result.dataset.length), 0)
  const lines = report.results.map((result) => {
    const name = result.dataset.padEnd(width)
    switch (result.status) {
      case 'exported':
        return `  ✓ ${name}  ${String(result.rows).padStart(6)} rows  ${result.files
          .map((file) => `${file.format} ${size(file.bytes)}`)
          .join(' · ')}`
      case 'skipped':
        return `  – ${name}  skipped: ${inert(result.reason)}`
      case 'failed':
        return `  ✗ ${name}  failed: ${inert(result.reason)}`
    }
  })
  const example = report.files[0]
  lines.push(
    '',
    `${report.exported} exported, ${report.skipped} skipped, ${report.failed} failed · ${report.files.length} files in ${outDir}${example ? ` (e.g. ${basename(example.path)})` : ''}`,
  )
  return lines.join('\n')
}

/** One line for a log (when stderr is not a terminal): `[ 40%] 6/15 revenueStreams exported`. */
export function progressLine(progress: ExportProgress): string {
  const percent = `${Math.round(progress.ratio * 100)}%`.padStart(4)
  return `[${percent}] ${progress.datasetsDone}/${progress.datasetsTotal} ${progress.dataset} ${progress.step}`
}

/** The label shown beside the bar. */
export function progressLabel(progress: ExportProgress): string {
  return progress.step === 'writing' && progress.format
    ? `${progress.dataset}: writing ${progress.format}`
    : `${progress.dataset}: ${progress.step}`
}
