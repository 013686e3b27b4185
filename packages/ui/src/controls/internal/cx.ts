/** Joins class names, skipping empty values (local copy; the lead may dedupe with src/internal). */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ')
}
