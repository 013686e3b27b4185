/** Exhaustiveness check for `switch` statements over unions. */
export function assertNever(value: never): never {
  throw new TypeError(`Unexpected value: ${String(value)}`)
}
