/**
 * Exports every Lago analytics dataset for a date range to CSV, XLSX and JSON files.
 * `--help` for usage; reads LAGO_API_URL / LAGO_API_KEY (+ LAGO_DATA_API_URL,
 * LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID), or `--simulator` for the in-process simulator.
 */
import {
  createLagoAnalyticsClient,
  DATASET_NAMES,
  type LagoAnalyticsClient,
} from '@lago-analytics/client'
import { createSimulator } from '@lago-analytics/simulator'
import cliProgress from 'cli-progress'
import { exportAll, type ExportProgress } from './exportAll.ts'
import { ArgsError, parseArgs, USAGE, type CliOptions } from './parseArgs.ts'
import { progressLabel, progressLine, renderReport } from './report.ts'

function createClient(source: CliOptions['source']): LagoAnalyticsClient {
  if (source.kind === 'lago') {
    return createLagoAnalyticsClient({
      apiUrl: source.apiUrl,
      apiKey: source.apiKey,
      dataApi: source.dataApi,
    })
  }
  const simulator = createSimulator()
  return createLagoAnalyticsClient({
    apiUrl: 'http://simulator.internal',
    apiKey: simulator.apiKey,
    dataApi: {
      url: 'http://simulator.internal/data-api',
      token: simulator.dataApiToken,
      organizationId: simulator.organizationId,
    },
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      simulator.fetch(new Request(input, init))) as typeof fetch,
  })
}

/** A bar on a terminal; one line per finished dataset in a log. Both on stderr. */
function createProgress() {
  if (!process.stderr.isTTY) {
    return {
      update(progress: ExportProgress) {
        if (progress.step !== 'fetching' && progress.step !== 'writing') {
          process.stderr.write(`${progressLine(progress)}\n`)
        }
      },
      stop() {},
    }
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {datasets} datasets | {label}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(1000, 0, { datasets: `0/${DATASET_NAMES.length}`, label: 'starting' })
  return {
    update(progress: ExportProgress) {
      bar.update(Math.round(progress.ratio * 1000), {
        datasets: `${progress.datasetsDone}/${progress.datasetsTotal}`,
        label: progressLabel(progress),
      })
    },
    stop() {
      bar.stop()
    },
  }
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs(process.argv.slice(2), process.env)
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error
    process.stderr.write(`error: ${error.message}\n\nRun with --help for usage.\n`)
    return 2
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const { options } = parsed
  const source =
    options.source.kind === 'simulator'
      ? 'the in-process Lago analytics simulator'
      : new URL(options.source.apiUrl).host
  process.stderr.write(
    `Exporting ${options.currency} ${options.from} → ${options.to} from ${source} as ${options.formats.join(', ')}\n`,
  )

  const controller = new AbortController()
  const interrupt = () => controller.abort(new Error('Interrupted'))
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  const progress = createProgress()
  try {
    const report = await exportAll(
      createClient(options.source),
      {
        from: options.from,
        to: options.to,
        currency: options.currency,
        outDir: options.outDir,
        formats: options.formats,
        granularity: options.granularity,
        signal: controller.signal,
      },
      (event) => progress.update(event),
    )
    progress.stop()
    process.stdout.write(`${renderReport(report, options.outDir)}\n`)
    return report.exported > 0 ? 0 : 1
  } catch (error) {
    progress.stop()
    if (controller.signal.aborted) {
      process.stderr.write('Interrupted: files already written are complete, the rest were not.\n')
      return 130
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}

process.exitCode = await main()
