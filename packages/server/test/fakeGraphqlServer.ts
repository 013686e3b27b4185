/**
 * A small fake of Lago's `POST /graphql` for the Data API datasets, backed by the simulator's
 * Data API surface: `loginUser`, JWT sessions that expire, sliding renewal via `x-lago-token`,
 * `x-lago-organization` checks, `errors[]` on HTTP 200, BigInt fields as strings, and switches
 * to inject the failures described in lago-analytics-api.md §10.6.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Simulator } from '@lago-analytics/simulator'
import { serveHandler, type ServedProxy } from './helpers.ts'

/** GraphQL root field → simulator Data API path. */
const FIELDS: Record<string, string> = {
  dataApiRevenueStreams: 'revenue_streams',
  dataApiRevenueStreamsPlans: 'revenue_streams/plans',
  dataApiRevenueStreamsCustomers: 'revenue_streams/customers',
  dataApiMrrs: 'mrrs',
  dataApiMrrsPlans: 'mrrs/plans',
  dataApiPrepaidCredits: 'prepaid_credits',
  dataApiUsages: 'usages',
  dataApiUsagesAggregatedAmounts: 'usages/aggregated_amounts',
  dataApiUsagesInvoiced: 'usages/invoiced',
  dataApiUsagesForecasted: 'usages/forecasted',
}
const BIGINT =
  /AmountCents$|^amountCents|Mrr$|^mrr(New|Expansion|Contraction|Churn|Change)$|^activeCustomersCount$/

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export interface FakeGraphqlOptions {
  simulator: Simulator
  email: string
  password: string
}

export interface QueryRecord {
  field: string
  authorization: string | undefined
  organization: string | undefined
  variables: Record<string, unknown>
  query: string
  headers: Record<string, string | string[] | undefined>
}

export interface FakeGraphql extends ServedProxy {
  graphqlUrl: string
  logins: number
  queries: QueryRecord[]
  /** Every token issued so far is now expired. */
  expireAll(): void
  /** The next query response carries `x-lago-token` with a fresh token. */
  renewOnNextResponse(): void
  /** Every query answers `unauthorized` (even with a fresh token). */
  alwaysUnauthorized: boolean
  /** Errors (HTTP 200) for the next queries. */
  nextErrors: unknown[][]
  /** HTTP 500 for the next N queries. */
  next500: number
}

export async function startFakeGraphql(options: FakeGraphqlOptions): Promise<FakeGraphql> {
  const tokens = new Map<string, { expired: boolean }>()
  let issued = 0
  let renew = false
  const issue = () => {
    const token = `jwt.${++issued}.${Math.random().toString(36).slice(2)}`
    tokens.set(token, { expired: false })
    return token
  }

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let raw = ''
    for await (const chunk of req) raw += String(chunk)
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { error: 'no' })
    const body = JSON.parse(raw) as { query: string; variables?: Record<string, unknown> }
    const variables = body.variables ?? {}
    if (body.query.includes('loginUser')) {
      fake.logins++
      if (variables.email !== options.email || variables.password !== options.password) {
        return send(res, 200, {
          data: { loginUser: null },
          errors: [
            {
              message: 'Unprocessable Entity',
              extensions: {
                status: 422,
                code: 'unprocessable_entity',
                details: { base: ['incorrect_login_or_password'] },
              },
            },
          ],
        })
      }
      return send(res, 200, { data: { loginUser: { token: issue(), user: { id: 'u1' } } } })
    }
    const field = /(dataApi\w+)/.exec(body.query)?.[1] ?? ''
    const authorization = req.headers.authorization
    const organization = req.headers['x-lago-organization'] as string | undefined
    fake.queries.push({
      field,
      authorization,
      organization,
      variables,
      query: body.query,
      headers: req.headers,
    })
    if (fake.next500 > 0) {
      fake.next500--
      res.writeHead(500, { 'content-type': 'text/html' })
      return res.end('<html>500</html>')
    }
    const token = authorization?.split(' ').at(-1) ?? ''
    const session = tokens.get(token)
    if (session?.expired === true) {
      return send(res, 200, {
        data: {},
        errors: [
          { message: 'expired_jwt_token', extensions: { status: 401, code: 'expired_jwt_token' } },
        ],
      })
    }
    if (session === undefined || organization !== options.simulator.organizationId) {
      return send(res, 200, {
        data: null,
        errors: [
          {
            message: 'Missing organization id',
            path: [field],
            extensions: { status: 'forbidden', code: 'forbidden' },
          },
        ],
      })
    }
    if (fake.alwaysUnauthorized) {
      return send(res, 200, {
        data: null,
        errors: [
          {
            message: 'unauthorized',
            path: [field],
            extensions: { status: 'unauthorized', code: 'unauthorized' },
          },
        ],
      })
    }
    const headers: Record<string, string> = {}
    if (renew) {
      renew = false
      headers['x-lago-token'] = issue()
    }
    const injected = fake.nextErrors.shift()
    if (injected !== undefined) return send(res, 200, { data: null, errors: injected }, headers)
    const path = FIELDS[field]
    if (path === undefined) {
      return send(res, 200, {
        errors: [
          {
            message: `Field '${field}' doesn't exist on type 'Query'`,
            extensions: { code: 'undefinedField' },
          },
        ],
      })
    }
    const [dataset, breakdown] = path.split('/')
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(variables)) search.set(snake(name), String(value))
    const upstream = await options.simulator.fetch(
      new Request(
        `http://sim.test/data-api/${dataset}/${options.simulator.organizationId}/${breakdown === undefined ? '' : `${breakdown}/`}?${search}`,
        { headers: { authorization: `Bearer ${options.simulator.dataApiToken}` } },
      ),
    )
    if (upstream.status !== 200) return send(res, 500, { error: 'upstream' })
    const json = (await upstream.json()) as unknown
    const rows = (
      Array.isArray(json) ? json : Object.values(json as object).find(Array.isArray)
    ) as Record<string, unknown>[]
    const selected = /collection\s*\{([^}]*)\}/.exec(body.query)?.[1]?.trim().split(/\s+/) ?? []
    const collection = rows.map((row) => {
      const out: Record<string, unknown> = {}
      for (const name of selected) {
        const value = row[snake(name)] ?? null
        out[name] = BIGINT.test(name) && typeof value === 'number' ? String(value) : value
      }
      return out
    })
    const result: Record<string, unknown> = { collection }
    if (!Array.isArray(json)) {
      const meta = (json as { meta: Record<string, unknown> }).meta
      result.metadata = Object.fromEntries(Object.entries(meta).map(([k, v]) => [camel(k), v]))
    }
    return send(res, 200, { data: { [field]: result } }, headers)
  }

  const served = await serveHandler((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'fake failed' }))
  })
  const fake: FakeGraphql = {
    ...served,
    graphqlUrl: `${served.url}/graphql`,
    logins: 0,
    queries: [],
    expireAll() {
      for (const session of tokens.values()) session.expired = true
    },
    renewOnNextResponse() {
      renew = true
    },
    alwaysUnauthorized: false,
    nextErrors: [],
    next500: 0,
  }
  return fake
}
