export {
  createSimulator,
  type Simulator,
  type SimulatorOptions,
  type SimulatorStats,
} from './createSimulator'
export { createSimulatorFetch } from './createSimulatorFetch'
export { startSimulator, type RunningSimulator, type StartSimulatorOptions } from './startSimulator'
export {
  DEFAULT_API_KEY,
  DEFAULT_CUSTOMERS,
  DEFAULT_DATA_API_TOKEN,
  DEFAULT_MONTHS,
  DEFAULT_SEED,
  MAX_CUSTOMERS,
} from './defaults'
export {
  FAULT_HEADER,
  FAULT_NAMES,
  parseFaultHeader,
  type Fault,
  type FaultName,
  type FaultOptions,
} from './faults'
export type { RateLimitOptions } from './rateLimiter'
export type { LedgerSummary } from './summarizeLedger'
