/**
 * Starts the example host app: `npm run demo` runs this. With LAGO_API_URL and LAGO_API_KEY set
 * it reads that Lago (and its Data API with LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN,
 * LAGO_ORGANIZATION_ID); otherwise the simulator.
 */
import { startDemoServer } from './startDemoServer.ts'

const env = process.env
const lago =
  env.LAGO_API_URL && env.LAGO_API_KEY
    ? {
        apiUrl: env.LAGO_API_URL,
        apiKey: env.LAGO_API_KEY,
        dataApi:
          env.LAGO_DATA_API_URL && env.LAGO_DATA_API_TOKEN && env.LAGO_ORGANIZATION_ID
            ? {
                url: env.LAGO_DATA_API_URL,
                token: env.LAGO_DATA_API_TOKEN,
                organizationId: env.LAGO_ORGANIZATION_ID,
              }
            : undefined,
      }
    : undefined

const server = await startDemoServer({
  port: Number(env.PORT ?? 5173),
  host: env.HOST ?? '127.0.0.1',
  lago,
})
console.log(
  `\n  Lago Analytics demo, reading ${server.source}\n\n  ➜  ${server.url}\n\n  Ctrl-C stops it.\n`,
)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
