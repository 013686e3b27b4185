/**
 * Characters that make a spreadsheet treat a text cell as a formula (OWASP "CSV injection"),
 * including their full-width forms, which some spreadsheet apps normalise.
 */
const TRIGGER = /^(?:[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|\s+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/**
 * Makes a text cell inert in spreadsheets: a value starting with `=`, `+`, `-`, `@`, tab or CR
 * (or with whitespace and then one of `=+-@`) gets a leading `'`, so Excel, LibreOffice and
 * Google Sheets show it as text instead of evaluating it. Only text cells go through this: real
 * numbers in numeric columns (`-12.5`) are written as numbers.
 */
export function neutralizeFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text
}
