const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/**
 * Escapes a string for HTML text and attribute values: customer, plan and metric names are user
 * data and must never reach `innerHTML` (ECharts tooltips, rich labels) unescaped.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char)
}
