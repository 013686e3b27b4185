import type { DashboardMessages } from './DashboardMessages.ts'

/** Widget ids whose default title is not the message of the same name. */
const TITLE_KEYS: Readonly<Record<string, keyof DashboardMessages>> = {
  planPivot: 'planOverTime',
  overdueBalance: 'overdueOverTime',
  credits: 'creditConsumption',
  forecast: 'usageForecast',
}

/** The default title of a prebuilt widget: its message, else its id. */
export function widgetTitle(id: string, messages: DashboardMessages): string {
  const value: unknown = messages[TITLE_KEYS[id] ?? (id as keyof DashboardMessages)]
  return typeof value === 'string' ? value : id
}
