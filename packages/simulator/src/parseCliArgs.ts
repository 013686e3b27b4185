/** Command-line parsing for `lago-analytics-simulator`. */
import { parseArgs } from 'node:util'
import type { StartSimulatorOptions } from './startSimulator'

export const CLI_HELP = `Usage: lago-analytics-simulator [options]

Serves a deterministic, seeded Lago analytics API (public REST + Data API) over HTTP and
prints one JSON line {"url","apiKey","dataApiUrl","dataApiToken","organizationId"} when ready.
Stops cleanly on SIGINT/SIGTERM.

Options:
  --port <n>              port to listen on (default 0: any free port)
  --host <host>           interface to bind (default 127.0.0.1)
  --seed <n|text>         seed of the synthetic organisation (default 42)
  --customers <n>         number of customers, up to 10000 (default 200)
  --months <n>            months of history counting the current one (default 27)
  --now <ISO date>        the instant the data is "as of" (default: now)
  --no-premium            act as a server without a premium licence
  --allow-fault-header    honour the x-simulator-fault request header
  --hostile-names         give a few customers names that break naive escaping
  --cors                  answer CORS preflights (for browsers on another origin)
  -h, --help              show this help
`

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'start'; readonly options: StartSimulatorOptions }
  | { readonly kind: 'error'; readonly message: string }

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a non-negative integer, got "${raw}"`)
  return Number(raw)
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        customers: { type: 'string' },
        months: { type: 'string' },
        now: { type: 'string' },
        'no-premium': { type: 'boolean' },
        'allow-fault-header': { type: 'boolean' },
        'hostile-names': { type: 'boolean' },
        cors: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help === true) return { kind: 'help' }
    const port = integer('port', values.port)
    const customers = integer('customers', values.customers)
    const months = integer('months', values.months)
    const seed =
      values.seed === undefined
        ? undefined
        : /^-?\d+$/.test(values.seed)
          ? Number(values.seed)
          : values.seed
    if (values.now !== undefined && Number.isNaN(new Date(values.now).getTime()))
      throw new Error(`--now must be an ISO date, got "${values.now}"`)
    const options: StartSimulatorOptions = {
      ...(port === undefined ? {} : { port }),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(seed === undefined ? {} : { seed }),
      ...(customers === undefined ? {} : { customers }),
      ...(months === undefined ? {} : { months }),
      ...(values.now === undefined ? {} : { now: values.now }),
      ...(values['no-premium'] === true ? { premium: false } : {}),
      ...(values['allow-fault-header'] === true ? { allowFaultHeader: true } : {}),
      ...(values['hostile-names'] === true ? { hostileNames: true } : {}),
      ...(values.cors === true ? { cors: true } : {}),
    }
    return { kind: 'start', options }
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}
