import { LagoAnalyticsContext } from '@lago-analytics/react'
import { useContext } from 'react'

/** The `locale` prop, else the provider's locale, else `en-US` (never the runtime default). */
export function useLocale(locale: string | undefined): string {
  const context = useContext(LagoAnalyticsContext)
  return locale ?? context?.locale ?? 'en-US'
}
