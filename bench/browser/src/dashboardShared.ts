/** What the dashboard pages share: the host's proxy, its staff session, the fixed clock. */
export const PROXY_URL = '/api/lago-analytics'
/** examples/vite-embed/server/demoSessions.ts: staff may read every dataset. */
export const STAFF_TOKEN = 'demo-session-staff'
