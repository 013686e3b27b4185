/**
 * The `wrong-types` fault: a well-formed JSON body whose first row has fields of the wrong type
 * (a date as a number, an amount as `true`). An empty list becomes an object.
 */
export function breakTypes(body: unknown): unknown {
  let rows: unknown[] | undefined
  let envelope: string | undefined
  if (Array.isArray(body)) rows = body
  else if (body !== null && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (Array.isArray(value)) {
        rows = value
        envelope = key
        break
      }
    }
  }
  if (rows === undefined) return body
  const first = rows[0]
  if (first === null || typeof first !== 'object') {
    return envelope === undefined ? {} : { ...(body as Record<string, unknown>), [envelope]: {} }
  }
  const row = first as Record<string, unknown>
  for (const key of ['month', 'start_of_period_dt', 'dt']) {
    const value = row[key]
    if (typeof value === 'string') {
      row[key] = Date.parse(value)
      break
    }
  }
  const amountKey =
    'amount_cents' in row
      ? 'amount_cents'
      : Object.keys(row).find((key) => typeof row[key] === 'number' && !key.endsWith('_dt'))
  if (amountKey !== undefined) row[amountKey] = true
  return body
}
