import { LagoAnalyticsError, LagoAnalyticsHttpError } from '@lago-analytics/client'

/** What a widget should show. */
export type DatasetState = 'loading' | 'empty' | 'error' | 'ready' | 'unavailable'

/**
 * Why a dataset is unavailable: `plan` — the Lago instance lacks the premium licence or add-on
 * (403 `feature_unavailable`); `data-api` — the Data API is not connected.
 */
export type UnavailableReason = 'plan' | 'data-api'

export function unavailableReason(error: unknown): UnavailableReason | null {
  if (error instanceof LagoAnalyticsHttpError) {
    if (error.isFeatureUnavailable) return 'plan'
    if (error.lagoCode === 'data_api_not_configured') return 'data-api'
  }
  if (error instanceof LagoAnalyticsError && error.code === 'data_api_not_configured')
    return 'data-api'
  return null
}

export function datasetState(
  status: 'pending' | 'error' | 'success',
  error: unknown,
  isEmpty: boolean,
): DatasetState {
  switch (status) {
    case 'pending':
      return 'loading'
    case 'error':
      return unavailableReason(error) ? 'unavailable' : 'error'
    case 'success':
      return isEmpty ? 'empty' : 'ready'
    default: {
      const never: never = status
      throw new Error(`unknown status ${String(never)}`)
    }
  }
}
