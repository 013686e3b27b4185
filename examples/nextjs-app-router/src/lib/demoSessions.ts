import type { ProxyPrincipal } from '@lago-analytics/server'

/**
 * The example's stand-in for a host app's sessions. A real app verifies its own session cookie
 * or JWT here (Auth.js, iron-session…); what matters is the mapping from the signed-in user to
 * what they may read: staff see the whole organisation, a customer only their own figures.
 */
export const STAFF_TOKEN = 'demo-session-staff'
export const CUSTOMER_TOKEN_PREFIX = 'demo-session-customer:'

const CUSTOMER_DATASETS = [
  'grossRevenue',
  'overdueBalance',
  'usage',
  'usageAmounts',
  'prepaidCredits',
  'invoicedUsageByMetric',
  'usageForecast',
] as const

export function authorizeDemoSession(request: Request): ProxyPrincipal | null {
  const token = (request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '')
  if (token === STAFF_TOKEN) return { datasets: 'all', subject: 'staff' }
  if (token.startsWith(CUSTOMER_TOKEN_PREFIX)) {
    const externalCustomerId = token.slice(CUSTOMER_TOKEN_PREFIX.length)
    if (!externalCustomerId) return null
    return {
      datasets: [...CUSTOMER_DATASETS],
      externalCustomerId,
      subject: `customer:${externalCustomerId}`,
    }
  }
  return null
}
