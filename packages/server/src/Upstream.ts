/** What the proxy fetches datasets from: Lago's REST API, a Data API, or Lago's GraphQL. */
import type { DatasetDefinition } from '@lago-analytics/client'
import type { ProxyFailure } from './proxyError.ts'

export type UpstreamOutcome =
  /** A validated body in the upstream REST shape (what the browser client parses). */
  | { ok: true; body: string }
  | { ok: false; failure: ProxyFailure; /** For logs only (redacted before use). */ cause?: string }

export interface Upstream {
  /** Fetches one dataset with an already validated, canonical query. Never throws. */
  fetch(dataset: DatasetDefinition, query: URLSearchParams): Promise<UpstreamOutcome>
  /** Secrets this upstream holds right now, for redaction. */
  secrets(): string[]
}
