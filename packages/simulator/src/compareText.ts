/** Locale-independent ordering of identifiers (code-unit order), for stable tie-breaks. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
