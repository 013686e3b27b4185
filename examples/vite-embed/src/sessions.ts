/**
 * The host app's own sessions, as the browser sees them: an opaque token sent to the host's
 * server, which decides what it may read (server/demoSessions.ts). Never a Lago key.
 */
export const STAFF_TOKEN = 'demo-session-staff'
export const customerToken = (externalCustomerId: string) =>
  `demo-session-customer:${externalCustomerId}`
