#!/usr/bin/env node
/** `lago-analytics-simulator`: see `parseCliArgs.ts` for the options. */
import { CLI_HELP, parseCliArgs } from './parseCliArgs'
import { startSimulator } from './startSimulator'

async function main(): Promise<void> {
  const command = parseCliArgs(process.argv.slice(2))
  switch (command.kind) {
    case 'help':
      process.stdout.write(CLI_HELP)
      return
    case 'error':
      process.stderr.write(`lago-analytics-simulator: ${command.message}\n\n${CLI_HELP}`)
      process.exitCode = 2
      return
    case 'start': {
      const running = await startSimulator(command.options)
      const stop = (): void => {
        void running.close().then(() => process.exit(0))
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      process.stdout.write(
        `${JSON.stringify({
          url: running.url,
          apiKey: running.apiKey,
          dataApiUrl: running.dataApiUrl,
          dataApiToken: running.dataApiToken,
          organizationId: running.organizationId,
        })}\n`,
      )
      return
    }
    default: {
      const exhaustive: never = command
      throw new Error(`unknown command ${JSON.stringify(exhaustive)}`)
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `lago-analytics-simulator: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
