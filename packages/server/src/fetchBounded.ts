/**
 * One upstream HTTP call with a deadline (headers and body) and a body size cap. Never throws:
 * network trouble, timeouts and oversized bodies come back as values. Redirects are refused so
 * credentials never follow one to another origin.
 */

export type BoundedResponse =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string }
  | { kind: 'too_large' }

export interface BoundedFetchOptions {
  fetch: typeof globalThis.fetch
  timeoutMs: number
  maxBytes: number
}

const TIMEOUT = Symbol('timeout')

export async function fetchBounded(
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  options: BoundedFetchOptions,
): Promise<BoundedResponse> {
  const controller = new AbortController()
  // The deadline holds even with a `fetch` that ignores its signal.
  let expire: (value: BoundedResponse) => void = () => undefined
  const deadline = new Promise<BoundedResponse>((resolve) => {
    expire = resolve
  })
  const timer = setTimeout(() => {
    controller.abort(TIMEOUT)
    expire({ kind: 'timeout' })
  }, options.timeoutMs)
  try {
    return await Promise.race([attempt(url, init, options, controller), deadline])
  } finally {
    clearTimeout(timer)
  }
}

async function attempt(
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  options: BoundedFetchOptions,
  controller: AbortController,
): Promise<BoundedResponse> {
  try {
    const response = await options.fetch(url, {
      method: init.method,
      headers: init.headers,
      ...(init.body === undefined ? {} : { body: init.body }),
      signal: controller.signal,
      redirect: 'error',
    })
    const declared = Number(response.headers.get('content-length') ?? Number.NaN)
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      return { kind: 'too_large' }
    }
    if (response.body === null) {
      return { kind: 'response', status: response.status, headers: response.headers, text: '' }
    }
    const reader = response.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => undefined)
        return { kind: 'too_large' }
      }
      chunks.push(value)
    }
    const bytes = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
    return {
      kind: 'response',
      status: response.status,
      headers: response.headers,
      text: new TextDecoder().decode(bytes),
    }
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason === TIMEOUT)
      return { kind: 'timeout' }
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) }
  }
}
