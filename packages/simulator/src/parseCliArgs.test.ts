import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './parseCliArgs'

describe('parseCliArgs', () => {
  it('maps flags to simulator options', () => {
    expect(
      parseCliArgs([
        '--port',
        '4010',
        '--seed',
        '7',
        '--host',
        '0.0.0.0',
        '--customers',
        '1000',
        '--months',
        '30',
        '--now',
        '2026-01-15T00:00:00Z',
        '--no-premium',
        '--allow-fault-header',
        '--hostile-names',
        '--cors',
      ]),
    ).toEqual({
      kind: 'start',
      options: {
        port: 4010,
        host: '0.0.0.0',
        seed: 7,
        customers: 1000,
        months: 30,
        now: '2026-01-15T00:00:00Z',
        premium: false,
        allowFaultHeader: true,
        hostileNames: true,
        cors: true,
      },
    })
    expect(parseCliArgs([])).toEqual({ kind: 'start', options: {} })
    expect(parseCliArgs(['--seed', 'demo'])).toEqual({ kind: 'start', options: { seed: 'demo' } })
  })

  it('recognises help and reports bad input', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' })
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' })
    expect(parseCliArgs(['--port', 'x'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--port'),
    })
    expect(parseCliArgs(['--now', 'tomorrow'])).toMatchObject({ kind: 'error' })
    expect(parseCliArgs(['--bogus'])).toMatchObject({ kind: 'error' })
  })
})
