/** Joins class names, skipping falsy values: `cx('a', cond && 'b', className)`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  let out = ''
  for (const name of names) {
    if (name) out = out === '' ? name : `${out} ${name}`
  }
  return out
}
