/** A scripted `fetch` for unit tests: records every call, answers from a queue or a function. */
export interface RecordedCall {
  url: string
  headers: Record<string, string>
  signal: AbortSignal | undefined
}

export type Reply = Response | Error | ((call: RecordedCall) => Response | Promise<Response>)

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.headers as Record<string, string> | undefined),
    },
  })
}

export function fakeFetch(...replies: Reply[]) {
  const calls: RecordedCall[] = []
  const queue = [...replies]
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value
    })
    const call: RecordedCall = { url: String(input), headers, signal: init?.signal ?? undefined }
    calls.push(call)
    const reply = queue.length > 1 ? queue.shift() : queue[0]
    if (reply === undefined) throw new Error('fakeFetch: no reply scripted')
    if (reply instanceof Error) throw reply
    if (typeof reply === 'function') return reply(call)
    return reply.clone()
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}

/** A fetch that never answers until its signal aborts (like a hung upstream). */
export function hangingFetch(): typeof globalThis.fetch {
  return ((_input: unknown, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true })
    })) as typeof globalThis.fetch
}
