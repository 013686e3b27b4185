/** Median (mean of the two middle values for an even count); `null` for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** `12.3 ms`, `1.23 s`; `–` for none. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–'
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`
}

/** `14.2×`. */
export function times(value: number): string {
  return `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`
}

/** Min–max spread of the runs, for the tables (`120–180 ms`). */
export function spread(values: readonly number[]): string {
  if (values.length === 0) return '–'
  return `${ms(Math.min(...values))}–${ms(Math.max(...values))}`
}
