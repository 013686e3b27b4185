// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g

/**
 * A safe Excel sheet name: no `[ ] : * ? / \` or control characters, not starting or ending with
 * `'`, not `History` (reserved), at most 31 characters, and unique (case-insensitively) among
 * `taken` — a suffix ` (2)`, ` (3)`… is added when needed.
 */
export function safeSheetName(name: string, taken: Iterable<string> = []): string {
  let base = name
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim()
  if (base === '') base = 'Sheet'
  if (base.toLowerCase() === 'history') base = 'History data'
  base = base.slice(0, 31).trim()
  const used = new Set([...taken].map((sheet) => sheet.toLowerCase()))
  let candidate = base
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`
    candidate = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`
  }
  return candidate
}
