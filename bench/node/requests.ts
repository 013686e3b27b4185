/**
 * Request counts of a 12-widget dashboard over 6 datasets, against the in-process simulator:
 * our hooks inside `LagoAnalyticsProvider` (its own QueryClient, real defaults) versus the
 * hand-rolled approach (one plain `useQuery` per widget with a per-widget key, TanStack
 * defaults). Both render with react-dom into a jsdom document, so effects, subscriptions,
 * dedup and caching run exactly as in a browser. Every figure is counted at the simulator.
 *
 *   node --conditions=@lago-analytics/source --import tsx -e \
 *     "import('./bench/node/requests.ts').then(m=>m.runRequestsBench()).then(s=>console.log(JSON.stringify(s,null,2)))"
 */
import type { DatasetName, LagoAnalyticsClient } from '@lago-analytics/client'
import type { FilterStore } from '@lago-analytics/core/filters'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { ReactNode } from 'react'
import type { BenchSection, BenchTable } from '../types.ts'

/** The simulator's "as of" instant and the provider's clock: fixed, so runs are comparable. */
const NOW = new Date('2026-11-24T09:30:00Z')
/** Simulated network latency per response (abortable), so concurrent mounts overlap. */
const LATENCY_MS = 10
/** A scenario is settled when nothing is in flight and every widget shows a final state. */
const QUIET_MS = 60
const TIMEOUT_MS = 20_000

const API_KEY = 'bench-api-key'
const DATA_API_TOKEN = 'bench-data-api-token'
const ORGANIZATION_ID = '00000000-0000-4000-8000-000000000042'

const SCENARIOS = ['load', 'remount', 'filter change', 'toggle back'] as const
type Scenario = (typeof SCENARIOS)[number]

/**
 * The 12 widgets: two per dataset, as a dashboard has them (a KPI card and a chart, a report and
 * its table). Where the library has both, one uses the report hook and the other the raw dataset
 * hook, so the count also shows whether they share one cache entry.
 */
const WIDGETS: readonly { id: string; dataset: DatasetName; hook: string }[] = [
  { id: 'kpi-net-revenue', dataset: 'revenueStreams', hook: 'useRevenueStreams' },
  { id: 'revenue-streams-chart', dataset: 'revenueStreams', hook: 'useDatasetQuery' },
  { id: 'kpi-mrr', dataset: 'mrrMovements', hook: 'useMrrMovements' },
  { id: 'mrr-movements-chart', dataset: 'mrrMovements', hook: 'useMrrMovements' },
  { id: 'kpi-gross-revenue', dataset: 'grossRevenue', hook: 'useGrossRevenue' },
  { id: 'gross-revenue-chart', dataset: 'grossRevenue', hook: 'useGrossRevenue' },
  { id: 'kpi-invoiced-mrr', dataset: 'mrr', hook: 'useMrr' },
  { id: 'invoiced-mrr-chart', dataset: 'mrr', hook: 'useMrr' },
  { id: 'kpi-collection-rate', dataset: 'invoiceCollection', hook: 'useInvoiceCollectionReport' },
  { id: 'collection-table', dataset: 'invoiceCollection', hook: 'useInvoiceCollection' },
  { id: 'kpi-overdue', dataset: 'overdueBalance', hook: 'useOverdueBalanceReport' },
  { id: 'overdue-table', dataset: 'overdueBalance', hook: 'useOverdueBalance' },
]
const DATASETS = [...new Set(WIDGETS.map((widget) => widget.dataset))]

// ---------------------------------------------------------------------------------------------
// DOM

interface JsdomModule {
  JSDOM: new (
    html: string,
    options?: { url?: string; pretendToBeVisual?: boolean },
  ) => { window: Window & typeof globalThis }
}

/**
 * jsdom from the workspace (the vitest environment of packages/react and packages/ui); bench/
 * does not declare it itself. Resolved by path, so nothing is installed.
 */
async function loadJsdom(): Promise<JsdomModule> {
  const anchors = [
    '../package.json',
    '../../package.json',
    '../../packages/react/package.json',
    '../../packages/ui/package.json',
  ]
  for (const anchor of anchors) {
    try {
      const resolved = createRequire(new URL(anchor, import.meta.url)).resolve('jsdom')
      const module = (await import(pathToFileURL(resolved).href)) as Partial<JsdomModule> & {
        default?: JsdomModule
      }
      return module.JSDOM ? (module as JsdomModule) : (module.default as JsdomModule)
    } catch {
      // try the next workspace package
    }
  }
  throw new Error('runRequestsBench needs jsdom (a devDependency of packages/react) installed')
}

/** Installs a jsdom window as the global DOM; returns the function that removes it again. */
async function installDom(): Promise<() => void> {
  const { JSDOM } = await loadJsdom()
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  })
  const React = await import('react')
  const keys = ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'React']
  const global = globalThis as unknown as Record<string, unknown>
  const saved = keys.map((key) => [key, Object.getOwnPropertyDescriptor(globalThis, key)] as const)
  for (const key of keys) {
    // `React`: the workspace's .tsx sources run through tsx, which compiles JSX with the classic
    // runtime (React.createElement) when started outside a tsconfig with `jsx: react-jsx`.
    if (key === 'React' && global.React !== undefined) continue
    const value =
      key === 'window'
        ? window
        : key === 'React'
          ? React
          : (window as unknown as Record<string, unknown>)[key]
    Object.defineProperty(global, key, { value, configurable: true, writable: true })
  }
  return () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(global, key, descriptor)
      else Reflect.deleteProperty(global, key)
    }
    window.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Simulator with request counting

interface Counter {
  /** Every request the simulator received: dataset path (org id elided) and query. */
  readonly log: { scenario: Scenario | 'setup'; path: string; url: string }[]
  inFlight: number
  scenario: Scenario | 'setup'
}

function datasetPath(url: URL): string {
  return url.pathname
    .replace(/^\/(api\/v1\/analytics|data-api)\//, '')
    .replace(`/${ORGANIZATION_ID}`, '')
    .replace(/\/$/, '')
}

async function countingClient(counter: Counter): Promise<LagoAnalyticsClient> {
  const { createSimulatorFetch } = await import('@lago-analytics/simulator')
  const { createLagoAnalyticsClient } = await import('@lago-analytics/client')
  const simulator = createSimulatorFetch({
    seed: 42,
    now: NOW,
    apiKey: API_KEY,
    dataApiToken: DATA_API_TOKEN,
    organizationId: ORGANIZATION_ID,
  })
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    counter.log.push({ scenario: counter.scenario, path: datasetPath(url), url: request.url })
    counter.inFlight++
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, LATENCY_MS)
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(request.signal.reason as Error)
        })
      })
      return await simulator(request)
    } finally {
      counter.inFlight--
    }
  }
  return createLagoAnalyticsClient({
    apiUrl: 'http://lago.bench',
    apiKey: API_KEY,
    dataApi: {
      url: 'http://lago.bench/data-api',
      token: DATA_API_TOKEN,
      organizationId: ORGANIZATION_ID,
    },
    fetch: fetch as typeof globalThis.fetch,
    dangerouslyAllowBrowser: true,
  })
}

// ---------------------------------------------------------------------------------------------
// The two dashboards

type Libraries = Awaited<ReturnType<typeof loadLibraries>>

/** Imported only once the DOM exists: react-dom and TanStack Query detect it at module load. */
async function loadLibraries() {
  const [React, ReactDomClient, tanstack, ours, core] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('@tanstack/react-query'),
    import('@lago-analytics/react'),
    import('@lago-analytics/core/filters'),
  ])
  return { React, ReactDomClient, tanstack, ours, core }
}

type State = 'loading' | 'ready' | 'empty' | 'error' | 'unavailable'

/** One hook call per widget, exactly as a dashboard widget makes it. */
function ourHook(libs: Libraries, widget: (typeof WIDGETS)[number]): () => State {
  const hooks = libs.ours
  switch (widget.hook) {
    case 'useRevenueStreams':
      return () => hooks.useRevenueStreams().state
    case 'useDatasetQuery':
      return () => hooks.useDatasetQuery(widget.dataset).state
    case 'useMrrMovements':
      return () => hooks.useMrrMovements().state
    case 'useGrossRevenue':
      return () => hooks.useGrossRevenue().state
    case 'useMrr':
      return () => hooks.useMrr().state
    case 'useInvoiceCollectionReport':
      return () => hooks.useInvoiceCollectionReport().state
    case 'useInvoiceCollection':
      return () => hooks.useInvoiceCollection().state
    case 'useOverdueBalanceReport':
      return () => hooks.useOverdueBalanceReport().state
    case 'useOverdueBalance':
      return () => hooks.useOverdueBalance().state
    default:
      throw new Error(`unknown hook ${widget.hook}`)
  }
}

/**
 * The hand-rolled widget: the same params from the same filter store, one `useQuery` with a key
 * of its own, calling the client directly; TanStack defaults (staleTime 0, gcTime 5 min).
 */
function naiveHook(
  libs: Libraries,
  widget: (typeof WIDGETS)[number],
  client: LagoAnalyticsClient,
  store: FilterStore,
): () => State {
  const { React, tanstack, core } = libs
  return () => {
    const filters = React.useSyncExternalStore(store.subscribe, store.getState, store.getState)
    const params = React.useMemo(() => {
      const state = core.pickFilters(filters)
      return core.toDatasetParams(
        widget.dataset,
        { ...state, currency: state.currency ?? 'EUR' },
        { now: new Date(`${NOW.toISOString().slice(0, 10)}T12:00:00Z`) },
      )
    }, [filters])
    const query = tanstack.useQuery({
      queryKey: [widget.id, params],
      queryFn: ({ signal }) => client.request(widget.dataset, params as never, { signal }),
    })
    return query.isError ? 'error' : query.isSuccess ? 'ready' : 'loading'
  }
}

interface Setup {
  /** Shows (true) or unmounts (false) the 12 widgets; the provider stays mounted. */
  show(shown: boolean): void
  store: FilterStore
  counter: Counter
  container: HTMLElement
  unmount(): Promise<void>
}

async function mountSetup(libs: Libraries, kind: 'ours' | 'naive'): Promise<Setup> {
  const { React, ReactDomClient, tanstack, ours, core } = libs
  const h = React.createElement
  const counter: Counter = { log: [], inFlight: 0, scenario: 'setup' }
  const client = await countingClient(counter)
  const store = core.createFilterStore()
  const components = WIDGETS.map((widget) => {
    const useWidgetState =
      kind === 'ours' ? ourHook(libs, widget) : naiveHook(libs, widget, client, store)
    function Widget() {
      return h('li', { 'data-widget': widget.id, 'data-state': useWidgetState() })
    }
    return Widget
  })
  const dashboard = () =>
    h(
      'ul',
      null,
      components.map((Widget, index) => h(Widget, { key: index })),
    )

  let wrap: (children: ReactNode) => ReactNode
  // The provider clears the QueryClient it owns on unmount; the naive one is cleared by hand, so
  // no gc timer keeps the process alive.
  const cleanups: (() => void)[] = []
  if (kind === 'ours') {
    // The provider creates and owns its QueryClient: the library's real defaults.
    wrap = (children) =>
      h(
        ours.LagoAnalyticsProvider,
        { client, now: () => NOW, defaultCurrency: 'EUR' },
        h(ours.FilterStoreProvider, { store }, children),
      )
  } else {
    const queryClient = new tanstack.QueryClient()
    wrap = (children) => h(tanstack.QueryClientProvider, { client: queryClient }, children)
    cleanups.push(() => queryClient.clear())
  }

  const container = document.createElement('div')
  document.body.append(container)
  const root = ReactDomClient.createRoot(container)
  const render = (shown: boolean) => root.render(wrap(shown ? h(dashboard) : null))
  render(false)
  return {
    show: render,
    store,
    counter,
    container,
    unmount: async () => {
      // Widgets first, then the provider. Unmounting both at once runs the provider's cleanup
      // (`queryClient.clear()`) before the widgets unsubscribe, and each unsubscribe then arms a
      // 1-hour gc timer on a query no longer in the cache, which keeps Node alive for an hour.
      render(false)
      await sleep(20)
      root.unmount()
      for (const cleanup of cleanups) cleanup()
      // Let React finish its scheduled work while the DOM still exists.
      await sleep(20)
      container.remove()
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until nothing is in flight and every widget shows a final state, for QUIET_MS. */
async function settle(setup: Setup, expectWidgets: number): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS
  let quietSince = -1
  while (performance.now() < deadline) {
    await sleep(5)
    const items = [...setup.container.querySelectorAll('li')]
    const done =
      setup.counter.inFlight === 0 &&
      items.length === expectWidgets &&
      items.every((item) => item.getAttribute('data-state') !== 'loading')
    if (!done) quietSince = -1
    else if (quietSince < 0) quietSince = performance.now()
    else if (performance.now() - quietSince >= QUIET_MS) return
  }
  throw new Error(`requests bench: widgets did not settle within ${TIMEOUT_MS} ms`)
}

async function runScenarios(setup: Setup): Promise<string[]> {
  const step = async (scenario: Scenario, action: () => void | Promise<void>) => {
    setup.counter.scenario = scenario
    await action()
    await settle(setup, WIDGETS.length)
  }
  await step('load', () => setup.show(true))
  await step('remount', async () => {
    setup.show(false)
    await settle(setup, 0)
    setup.show(true)
  })
  await step('filter change', () => setup.store.getState().setRange({ preset: 'last90Days' }))
  await step('toggle back', () => setup.store.getState().setRange({ preset: 'last12Months' }))
  return [...setup.container.querySelectorAll('li')]
    .filter((item) => item.getAttribute('data-state') !== 'ready')
    .map((item) => `${item.getAttribute('data-widget')}=${item.getAttribute('data-state')}`)
}

// ---------------------------------------------------------------------------------------------

function count(counter: Counter, scenario: Scenario, path?: string): number {
  return counter.log.filter(
    (entry) => entry.scenario === scenario && (path === undefined || entry.path === path),
  ).length
}

function distinct(counter: Counter, scenario: Scenario): number {
  return new Set(counter.log.filter((entry) => entry.scenario === scenario).map((e) => e.url)).size
}

const ratio = (naive: number, ours: number) =>
  ours === 0 ? (naive === 0 ? '=' : `${naive} vs 0`) : `${(naive / ours).toFixed(1)}×`

/**
 * Bench section: request counts of our stack versus one `useQuery` per widget, per scenario
 * (load, remount, filter change, toggle back) and per dataset.
 */
export async function runRequestsBench(): Promise<BenchSection> {
  const started = performance.now()
  const removeDom = await installDom()
  try {
    const libs = await loadLibraries()
    if (libs.tanstack.isServer) {
      throw new Error(
        'requests bench: @tanstack/react-query was imported before the DOM existed (isServer)',
      )
    }
    const setups = { ours: await mountSetup(libs, 'ours'), naive: await mountSetup(libs, 'naive') }
    const notReady: string[] = []
    for (const [kind, setup] of Object.entries(setups)) {
      const failed = await runScenarios(setup)
      notReady.push(...failed.map((entry) => `${kind}: ${entry}`))
      await setup.unmount()
    }
    const ours = setups.ours.counter
    const naive = setups.naive.counter
    const paths = [...new Set([...ours.log, ...naive.log].map((entry) => entry.path))]

    const scenarioTable: BenchTable = {
      columns: ['scenario', 'ours (requests)', 'naive useQuery (requests)', 'naive ÷ ours'],
      rows: [
        ...SCENARIOS.map((scenario) => [
          scenario,
          count(ours, scenario),
          count(naive, scenario),
          ratio(count(naive, scenario), count(ours, scenario)),
        ]),
        ['total', ours.log.length, naive.log.length, ratio(naive.log.length, ours.log.length)],
      ],
    }
    const datasetTable: BenchTable = {
      columns: [
        'dataset (path)',
        ...SCENARIOS.flatMap((scenario) => [`${scenario}: ours`, `${scenario}: naive`]),
      ],
      rows: paths.map((path) => [
        path,
        ...SCENARIOS.flatMap((scenario) => [
          count(ours, scenario, path),
          count(naive, scenario, path),
        ]),
      ]),
    }

    const loadDistinct = distinct(ours, 'load')
    const filterDistinct = distinct(ours, 'filter change')
    const goals: BenchSection['goals'] = [
      {
        goal: `load: at most one request per distinct dataset+filters (${DATASETS.length})`,
        met: count(ours, 'load') <= DATASETS.length && count(ours, 'load') === loadDistinct,
        detail: `${count(ours, 'load')} requests, ${loadDistinct} distinct URLs (naive: ${count(naive, 'load')})`,
      },
      {
        goal: 'remount within the refresh window: 0 requests',
        met: count(ours, 'remount') === 0,
        detail: `${count(ours, 'remount')} (naive: ${count(naive, 'remount')})`,
      },
      {
        goal: `filter change: at most one request per affected dataset (${DATASETS.length})`,
        met:
          count(ours, 'filter change') <= DATASETS.length &&
          count(ours, 'filter change') === filterDistinct,
        detail: `${count(ours, 'filter change')} requests, ${filterDistinct} distinct URLs (naive: ${count(naive, 'filter change')})`,
      },
      {
        goal: 'toggle back to earlier filters within the refresh window: 0 requests',
        met: count(ours, 'toggle back') === 0,
        detail: `${count(ours, 'toggle back')} (naive: ${count(naive, 'toggle back')})`,
      },
      {
        goal: 'every widget ends ready (no errors skew the counts)',
        met: notReady.length === 0,
        detail: notReady.length === 0 ? 'all 24 widget instances ready' : notReady.join(', '),
      },
    ]

    return {
      title: 'Requests of a 12-widget dashboard (6 datasets)',
      method:
        `12 widgets, two per dataset over ${DATASETS.length} datasets (report and raw hooks mixed), ` +
        'rendered with react-dom into jsdom against the in-process simulator ' +
        `(seed 42, ${LATENCY_MS} ms abortable latency); every request the simulator receives is counted. ` +
        '"ours": @lago-analytics/react hooks in LagoAnalyticsProvider with the QueryClient it creates; ' +
        '"naive": one plain useQuery per widget with a per-widget key calling the same client, ' +
        'new QueryClient() defaults (staleTime 0). Remount unmounts and remounts the widgets under ' +
        'a mounted provider; filter change sets the range to last 90 days, toggle back to last 12 months. ' +
        'Each scenario is counted after all widgets are settled and nothing has been in flight for ' +
        `${QUIET_MS} ms; one run (counts are deterministic). ` +
        `Section ran in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      tables: [scenarioTable, datasetTable],
      goals,
    }
  } finally {
    removeDom()
  }
}
