/** The words of a `FreshnessBadge`; dates and relative times come from `Intl`. */
export interface FreshnessMessages {
  /** `date` is the data cut-off, formatted in the locale and display time zone. */
  dataAsOf: (date: string) => string
  /** `relative` is e.g. `in 15 hours` (`Intl.RelativeTimeFormat`). */
  nextRefresh: (relative: string) => string
  /** Shown when the expected refresh time has passed. */
  refreshDue: string
  /** Tooltip and accessible description. */
  explanation: string
}

const en: FreshnessMessages = {
  dataAsOf: (date) => `Data as of ${date}`,
  nextRefresh: (relative) => `next refresh ${relative}`,
  refreshDue: 'refresh due',
  explanation:
    'Lago refreshes analytics once a day, around 00:00 UTC. Figures for the current day and period are partial until the period ends.',
}

const fr: FreshnessMessages = {
  dataAsOf: (date) => `Données au ${date}`,
  nextRefresh: (relative) => `prochaine actualisation ${relative}`,
  refreshDue: 'actualisation imminente',
  explanation:
    'Lago actualise les analyses une fois par jour, vers 00:00 UTC. Les chiffres du jour et de la période en cours sont partiels.',
}

const de: FreshnessMessages = {
  dataAsOf: (date) => `Daten vom ${date}`,
  nextRefresh: (relative) => `nächste Aktualisierung ${relative}`,
  refreshDue: 'Aktualisierung fällig',
  explanation:
    'Lago aktualisiert die Auswertungen einmal täglich gegen 00:00 UTC. Zahlen des laufenden Tages und Zeitraums sind vorläufig.',
}

const ja: FreshnessMessages = {
  dataAsOf: (date) => `データ基準: ${date}`,
  nextRefresh: (relative) => `次回更新: ${relative}`,
  refreshDue: 'まもなく更新',
  explanation:
    'Lago は毎日 00:00 UTC 頃に分析データを更新します。当日および当期間の数値は暫定値です。',
}

const BY_LANGUAGE: Readonly<Record<string, FreshnessMessages>> = { en, fr, de, ja }

/** Built-in messages for a locale's language (en, fr, de, ja), English otherwise. */
export function freshnessMessages(locale: string): FreshnessMessages {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? 'en'
  return BY_LANGUAGE[language] ?? en
}
