/**
 * Fault injection: latency, 429, 5xx, hanging requests and broken bodies. Selected by the
 * `faults` option, or (only with `allowFaultHeader`) by a request header:
 *
 *   x-simulator-fault: <name>[;ms=<n>][;seconds=<n>][;times=<n>][;id=<key>]
 *
 * `times=n` fails only the first n requests carrying the same header value (or matching the same
 * configured fault); later ones are served normally.
 */

export const FAULT_HEADER = 'x-simulator-fault'

export const FAULT_NAMES = [
  'latency',
  'rate-limit',
  '500',
  '502',
  '503',
  'hang',
  'malformed-json',
  'wrong-types',
  'legacy-strings',
] as const

export type FaultName = (typeof FAULT_NAMES)[number]

export interface FaultOptions {
  readonly name: FaultName
  /** `latency`: delay in milliseconds (default 250). */
  readonly ms?: number
  /** `rate-limit`: `Retry-After` seconds (default 1); `503`: adds `Retry-After` when set. */
  readonly seconds?: number
  /** Fail only the first `times` matching requests. */
  readonly times?: number
  /**
   * Only for these datasets: client method names (`mrrMovements`) or paths (`mrr`,
   * `revenue_streams/plans`, `usages`). Default: every request.
   */
  readonly datasets?: readonly string[]
}

export interface Fault {
  readonly name: FaultName
  readonly ms?: number
  readonly seconds?: number
  readonly times?: number
  readonly id?: string
}

export const DEFAULT_LATENCY_MS = 250
export const DEFAULT_RETRY_AFTER_SECONDS = 1

/** Parses the header grammar; returns an error message when it does not conform. */
export function parseFaultHeader(value: string): Fault | { error: string } {
  const [rawName = '', ...parts] = value.split(';').map((part) => part.trim())
  const name = FAULT_NAMES.find((candidate) => candidate === rawName)
  if (name === undefined) return { error: `unknown fault "${rawName}"` }
  const fault: { name: FaultName; ms?: number; seconds?: number; times?: number; id?: string } = {
    name,
  }
  for (const part of parts) {
    if (part === '') continue
    const separator = part.indexOf('=')
    const key = separator < 0 ? part : part.slice(0, separator).trim()
    const raw = separator < 0 ? '' : part.slice(separator + 1).trim()
    if (key === 'id') {
      if (raw === '') return { error: 'empty id' }
      fault.id = raw
      continue
    }
    if (key !== 'ms' && key !== 'seconds' && key !== 'times')
      return { error: `unknown parameter "${key}"` }
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
      return { error: `${key} must be a non-negative integer` }
    fault[key] = Number(raw)
  }
  return fault
}
