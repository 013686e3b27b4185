/**
 * Scrubs secrets out of any text that leaves the proxy (responses, headers, log events).
 * The list is read at call time, so secrets that change (a renewed GraphQL session token)
 * are covered too.
 */
export type Redactor = (text: string) => string

export const REDACTED = '[redacted]'

export function createRedactor(secrets: () => Iterable<string | undefined>): Redactor {
  return (text) => {
    let out = text
    for (const secret of secrets()) {
      // Very short "secrets" would shred ordinary text; real keys and tokens are long.
      if (secret === undefined || secret.length < 6) continue
      if (out.includes(secret)) out = out.split(secret).join(REDACTED)
    }
    return out
  }
}
