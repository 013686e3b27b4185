const formats = new Map<string, unknown>()

/** A cached `Intl` formatter for a locale (or list of locales) and options. */
export function intlFormat<F>(
  Format: new (locales: string[], options: object) => F,
  locale: string | readonly string[],
  options: object,
): F {
  const locales = typeof locale === 'string' ? [locale] : [...locale]
  const key = JSON.stringify([Format.name, locales, options])
  let format = formats.get(key) as F | undefined
  if (format === undefined) {
    if (formats.size > 200) formats.clear()
    formats.set(key, (format = new Format(locales, options)))
  }
  return format
}
