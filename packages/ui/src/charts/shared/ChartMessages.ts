/** Every user-visible string of a chart frame (override any through `messages`). */
export interface ChartMessages {
  loading: string
  empty: string
  error: string
  retry: string
  unavailablePlan: string
  unavailableDataApi: string
  showTable: string
  showChart: string
  keyboardHint: string
  legend: string
}

export const DEFAULT_CHART_MESSAGES: ChartMessages = {
  loading: 'Loading chart…',
  empty: 'No data for this period',
  error: 'This chart could not be loaded.',
  retry: 'Retry',
  unavailablePlan: 'Not available on this Lago plan.',
  unavailableDataApi: 'Connect the Lago Data API to see this chart.',
  showTable: 'View as table',
  showChart: 'View as chart',
  keyboardHint: 'Use the arrow keys to move between data points, Home and End to jump.',
  legend: 'Series',
}
