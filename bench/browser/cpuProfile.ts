/** The parts of a CDP `Profiler.Profile` used here. */
export interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
    children?: number[]
  }[]
  /** Microseconds (monotonic clock). */
  startTime: number
  endTime: number
  samples?: number[]
  /** Microseconds between consecutive samples. */
  timeDeltas?: number[]
}

export interface FunctionTime {
  /** `name (file:line)`. */
  readonly name: string
  readonly selfMs: number
  /** Time with the function anywhere on the stack (callees included). */
  readonly totalMs: number
}

export interface WindowProfile {
  /** Sampled CPU time in the window (idle excluded). */
  readonly busyMs: number
  /** Functions by self time, most first. */
  readonly bySelf: readonly FunctionTime[]
  /** Functions by total time (callees included), most first. */
  readonly byTotal: readonly FunctionTime[]
}

const NOT_FUNCTIONS = new Set(['(root)', '(program)', '(idle)', '(garbage collector)'])

/** Samples with their time (µs) and duration (µs, until the next sample). */
function timeline(profile: CpuProfile): { id: number; at: number; duration: number }[] {
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  const out: { id: number; at: number; duration: number }[] = []
  let at = profile.startTime
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0
    out.push({ id: samples[i] as number, at, duration: deltas[i + 1] ?? 0 })
  }
  return out
}

function indexNodes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id)
  }
  const label = (id: number): string => {
    const frame = byId.get(id)?.callFrame
    if (frame === undefined) return '?'
    const name = frame.functionName === '' ? '(anonymous)' : frame.functionName
    if (frame.url === '') return name
    const file =
      frame.url
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '.js') ?? frame.url
    return `${name} (${file}:${frame.lineNumber + 1})`
  }
  const stack = (id: number): number[] => {
    const ids: number[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) ids.push(at)
    return ids
  }
  return { byId, label, stack }
}

/** Time (µs) of the end of the last sample with `functionName` on the stack; `null` if none. */
export function lastSampleOf(profile: CpuProfile, functionName: string): number | null {
  const { byId, stack } = indexNodes(profile)
  let end: number | null = null
  for (const sample of timeline(profile)) {
    if (stack(sample.id).some((id) => byId.get(id)?.callFrame.functionName === functionName)) {
      end = sample.at + sample.duration
    }
  }
  return end
}

/** Self and total time per function over the samples in `[fromUs, toUs)`. */
export function profileWindow(
  profile: CpuProfile,
  fromUs: number,
  toUs: number,
  top = 8,
): WindowProfile {
  const { byId, label, stack } = indexNodes(profile)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let busy = 0
  for (const sample of timeline(profile)) {
    if (sample.at < fromUs || sample.at >= toUs) continue
    if (byId.get(sample.id)?.callFrame.functionName === '(idle)') continue
    const ms = sample.duration / 1000
    busy += ms
    const own = label(sample.id)
    self.set(own, (self.get(own) ?? 0) + ms)
    const seen = new Set<string>()
    for (const id of stack(sample.id)) {
      const name = label(id)
      if (NOT_FUNCTIONS.has(name) || seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
  return {
    busyMs: busy,
    bySelf: rank(self).map(([name, selfMs]) => ({
      name,
      selfMs,
      totalMs: total.get(name) ?? selfMs,
    })),
    byTotal: rank(total).map(([name, totalMs]) => ({
      name,
      selfMs: self.get(name) ?? 0,
      totalMs,
    })),
  }
}
