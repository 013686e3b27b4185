/**
 * Serialises a dataset body. The public legacy endpoints get JSON integers for `amount_cents`
 * and `invoices_count` by default (legacy MRR is rounded); with the `legacy-strings` style they
 * get Rails' numeric strings instead (`"1000.0"`, `"3333.3333333333"`, `"42"`, usage units
 * `"1.0"`). Data API bodies are emitted as computed.
 */
import type { DatasetDefinition } from '@lago-analytics/client/datasets'

export type NumberStyle = 'integers' | 'legacy-strings'

/** Postgres `numeric` as Rails renders it: at least one decimal, at most ten. */
export function numericString(value: number): string {
  if (Number.isInteger(value)) return `${value}.0`
  const fixed = value.toFixed(10).replace(/0+$/, '')
  return fixed.endsWith('.') ? `${fixed}0` : fixed
}

/** Whether a body needs the numeric replacer (it is costly on multi-megabyte usage bodies). */
function needsReplacer(definition: DatasetDefinition, style: NumberStyle): boolean {
  if (definition.surface === 'dataApi') return false
  // Usage rows hold integer amounts and plain units: only the strings style changes them.
  return definition.name !== 'usage' || style === 'legacy-strings'
}

export function encodeBody(
  body: unknown,
  definition: DatasetDefinition,
  style: NumberStyle,
): string {
  if (!needsReplacer(definition, style)) return JSON.stringify(body)
  return JSON.stringify(body, (key: string, value: unknown) => {
    if (typeof value !== 'number') return value
    switch (key) {
      case 'amount_cents':
        return style === 'legacy-strings' ? numericString(value) : Math.round(value) || 0
      case 'invoices_count':
        return style === 'legacy-strings' ? String(value) : value
      case 'units':
        return style === 'legacy-strings' ? numericString(value) : value
      default:
        return value
    }
  })
}
