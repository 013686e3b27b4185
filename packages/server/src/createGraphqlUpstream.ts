/**
 * The GraphQL upstream: serves the Data API datasets through Lago's own `POST /graphql`
 * (`dataApi*` queries), as Lago's web app does, with a service user's session.
 *
 * - logs in with `loginUser(email, password)` once and caches the JWT (concurrent requests
 *   share one login); replaces it whenever a response carries `x-lago-token` (Lago's sliding
 *   renewal);
 * - on `expired_jwt_token`, `unauthorized`, `token_encoding_error` (or `Missing organization id`,
 *   what an invalid token looks like on `dataApi*` fields) logs in again once and retries;
 * - treats any `errors[]` as a failure even with HTTP 200;
 * - translates rows back to the Data API REST shape and validates them like REST bodies.
 */
import type { DatasetDefinition } from '@lago-analytics/client'
import { fetchBounded, type BoundedFetchOptions } from './fetchBounded.ts'
import { buildGraphqlRequest, GRAPHQL_OPERATIONS } from './graphqlOperations.ts'
import {
  invalidResponse,
  serverFailure,
  transportFailure,
  validatedBody,
} from './mapUpstreamResponse.ts'
import { proxyFailure } from './proxyError.ts'
import { translateGraphqlRows } from './translateGraphqlRows.ts'
import type { Upstream, UpstreamOutcome } from './Upstream.ts'

export interface GraphqlUpstreamConfig {
  /** Lago's GraphQL endpoint, e.g. `https://api.getlago.com/graphql`. */
  url: string
  /** A dedicated service user whose role has `data_api:view` (admin or finance). */
  email: string
  password: string
  /** Organisation UUID, sent as `x-lago-organization`. */
  organizationId: string
}

export interface GraphqlUpstreamOptions extends BoundedFetchOptions {
  graphql: GraphqlUpstreamConfig
  onRequest: (dataset: DatasetDefinition) => void
  /** Called for each login attempt (for logs; never given credentials). */
  onLogin?: (() => void) | undefined
}

interface GraphqlError {
  message?: unknown
  extensions?: { code?: unknown; status?: unknown; required_permissions?: unknown }
}

const RELOGIN_CODES = new Set(['expired_jwt_token', 'unauthorized', 'token_encoding_error'])

function errorsOf(json: unknown): GraphqlError[] | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const errors = (json as { errors?: unknown }).errors
  if (!Array.isArray(errors) || errors.length === 0) return undefined
  return errors.map((e) => (typeof e === 'object' && e !== null ? (e as GraphqlError) : {}))
}

const codeOf = (error: GraphqlError) =>
  typeof error.extensions?.code === 'string' ? error.extensions.code : undefined
const messageOf = (error: GraphqlError) => (typeof error.message === 'string' ? error.message : '')

function needsLogin(errors: GraphqlError[]): boolean {
  return errors.some((error) => {
    const code = codeOf(error)
    return (
      (code !== undefined && RELOGIN_CODES.has(code)) ||
      messageOf(error) === 'Missing organization id'
    )
  })
}

function graphqlFailure(errors: GraphqlError[]): UpstreamOutcome {
  const codes = errors.map(codeOf)
  const cause = errors.map((e) => `${codeOf(e) ?? '?'}: ${messageOf(e).slice(0, 200)}`).join('; ')
  if (codes.includes('feature_unavailable')) {
    return {
      ok: false,
      failure: {
        ...proxyFailure(
          403,
          'data_api_unavailable',
          'Lago requires a premium licence for this dataset',
        ),
        code: 'feature_unavailable',
        staleable: false,
      },
      cause,
    }
  }
  if (codes.some((code) => code !== undefined && RELOGIN_CODES.has(code))) {
    return {
      ok: false,
      failure: proxyFailure(
        502,
        'upstream_unauthorized',
        "Lago rejected the proxy's GraphQL session",
      ),
      cause,
    }
  }
  if (codes.includes('forbidden')) {
    return {
      ok: false,
      failure: {
        ...proxyFailure(
          403,
          'data_api_unavailable',
          "Lago refused the proxy's service user (it needs the data_api:view permission and a membership of the organisation)",
        ),
        code: 'forbidden',
        staleable: false,
      },
      cause,
    }
  }
  if (errors.some((e) => messageOf(e).startsWith('Cannot return null for non-nullable field'))) {
    return {
      ok: false,
      failure: proxyFailure(
        502,
        'data_api_unavailable',
        "Lago's Data API returned nothing for this dataset (premium licence or LAGO_DATA_API_URL missing?)",
      ),
      cause,
    }
  }
  return {
    ok: false,
    failure: proxyFailure(502, 'upstream_error', 'Lago GraphQL answered with errors'),
    cause,
  }
}

const LOGIN =
  'mutation LagoAnalyticsLogin($email: String!, $password: String!) { loginUser(input: { email: $email, password: $password }) { token } }'

export function createGraphqlUpstream(options: GraphqlUpstreamOptions): Upstream {
  const { graphql } = options
  let token: string | undefined
  let login: Promise<{ token: string } | { failure: UpstreamOutcome }> | undefined
  /** Recent tokens, so a just-replaced one is still redacted. */
  const seen: string[] = []

  function remember(value: string) {
    token = value
    if (!seen.includes(value)) seen.push(value)
    if (seen.length > 4) seen.shift()
  }

  async function post(body: string, session: string | undefined) {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-lago-organization': graphql.organizationId,
      'user-agent': '@lago-analytics/server',
    }
    if (session !== undefined) headers.authorization = `Bearer ${session}`
    const response = await fetchBounded(graphql.url, { method: 'POST', headers, body }, options)
    if (response.kind === 'response') {
      const renewed = response.headers.get('x-lago-token')?.trim()
      if (renewed && session !== undefined && token === session) remember(renewed)
    }
    return response
  }

  async function doLogin(): Promise<{ token: string } | { failure: UpstreamOutcome }> {
    options.onLogin?.()
    const response = await post(
      JSON.stringify({
        query: LOGIN,
        variables: { email: graphql.email, password: graphql.password },
        operationName: 'LagoAnalyticsLogin',
      }),
      undefined,
    )
    if (response.kind !== 'response')
      return { failure: transportFailure(response, options.timeoutMs) }
    if (response.status >= 500) return { failure: serverFailure(response.status, response.headers) }
    let json: unknown
    try {
      json = JSON.parse(response.text)
    } catch {
      return { failure: invalidResponse('the login response is not valid JSON') }
    }
    const value = (json as { data?: { loginUser?: { token?: unknown } } } | null)?.data?.loginUser
      ?.token
    if (
      response.status !== 200 ||
      errorsOf(json) !== undefined ||
      typeof value !== 'string' ||
      value === ''
    ) {
      const detail = errorsOf(json)
        ?.map((e) => `${codeOf(e) ?? '?'}: ${messageOf(e).slice(0, 200)}`)
        .join('; ')
      return {
        failure: {
          ok: false,
          failure: proxyFailure(
            502,
            'upstream_unauthorized',
            'The proxy could not log in to Lago GraphQL',
          ),
          cause: detail ?? `HTTP ${response.status}`,
        },
      }
    }
    remember(value)
    return { token: value }
  }

  async function session(): Promise<{ token: string } | { failure: UpstreamOutcome }> {
    if (token !== undefined) return { token }
    login ??= doLogin().finally(() => {
      login = undefined
    })
    return login
  }

  return {
    async fetch(dataset: DatasetDefinition, query: URLSearchParams): Promise<UpstreamOutcome> {
      const operation = GRAPHQL_OPERATIONS[dataset.name]
      if (operation === undefined) throw new Error(`no GraphQL operation for ${dataset.name}`)
      const body = JSON.stringify(buildGraphqlRequest(operation, query))
      options.onRequest(dataset)
      for (let attempt = 0; ; attempt++) {
        const current = await session()
        if ('failure' in current) return current.failure
        const response = await post(body, current.token)
        if (response.kind !== 'response') return transportFailure(response, options.timeoutMs)
        if (response.status >= 500) return serverFailure(response.status, response.headers)
        let json: unknown
        try {
          json = JSON.parse(response.text)
        } catch {
          return invalidResponse('the body is not valid JSON')
        }
        const errors = errorsOf(json)
        if (errors !== undefined) {
          if (attempt === 0 && needsLogin(errors)) {
            if (token === current.token) token = undefined
            continue
          }
          return graphqlFailure(errors)
        }
        if (response.status !== 200) {
          return {
            ok: false,
            failure: proxyFailure(
              502,
              'upstream_error',
              `Lago GraphQL answered ${response.status}`,
            ),
          }
        }
        const data = (json as { data?: Record<string, unknown> | null }).data
        const translated = translateGraphqlRows(dataset, operation, data?.[operation.field])
        if (!translated.ok) return invalidResponse(translated.reason)
        return validatedBody(dataset, JSON.stringify(translated.body))
      }
    },
    secrets: () => [graphql.password, ...seen],
  }
}
