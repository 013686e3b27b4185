/**
 * Reads query-string parameters the way the Lago servers do: only the parameters a dataset
 * accepts are read (others are ignored), empty values count as absent, and when a parameter is
 * repeated the last value wins (Rails semantics).
 */
export function readParams(
  search: URLSearchParams,
  allowed: readonly string[],
): Map<string, string> {
  const values = new Map<string, string>()
  for (const name of allowed) {
    const all = search.getAll(name)
    const last = all[all.length - 1]
    if (last !== undefined && last !== '') values.set(name, last)
  }
  return values
}

/** Validation errors per wire parameter name, Lago style: `{"time_granularity":["value_is_invalid"]}`. */
export type ValidationErrors = Record<string, string[]>

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ValidationErrors }
