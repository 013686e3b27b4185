const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/**
 * Converts a decimal number (JSON number or numeric string such as `"1000.0"`, `"3333.3333"`,
 * `"1.5e3"`) into an integer, after shifting the decimal point `shift` places to the right.
 *
 * The conversion works on the decimal digits, never on a binary float product, so
 * `decimalToMinor('12.345', 3)` is exactly `12345` and `decimalToMinor(0.1 + 0.2, 2)` is `30`.
 * A fractional remainder is rounded half away from zero (`2.5 → 3`, `-2.5 → -3`).
 *
 * Returns `null` when the input is not a finite decimal or the result is not a safe integer.
 */
export function decimalToMinor(value: number | string, shift = 0): number | null {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    if (Number.isInteger(value) && shift === 0) return Number.isSafeInteger(value) ? value : null
    // Shortest round-trip representation: 0.1 + 0.2 → "0.30000000000000004".
    text = String(value)
  } else {
    text = value.trim()
  }
  const match = DECIMAL.exec(text)
  if (!match) return null
  const [, sign, whole = '', fraction = '', exponent = '0'] = match
  const point = whole.length + Number(exponent) + shift
  const digits = (whole + fraction).replace(/^0+/, '')
  const offset = point - whole.length - fraction.length + digits.length
  // `digits` now reads as 0.<digits> × 10^offset.
  if (digits === '') return 0
  if (offset > 16) return null
  let integerPart: string
  let roundUp = false
  if (offset <= 0) {
    integerPart = '0'
    roundUp = offset === 0 && digits.charCodeAt(0) >= 53 // first dropped digit ≥ '5'
  } else if (offset >= digits.length) {
    integerPart = digits + '0'.repeat(offset - digits.length)
  } else {
    integerPart = digits.slice(0, offset)
    roundUp = digits.charCodeAt(offset) >= 53
  }
  let magnitude = Number(integerPart) + (roundUp ? 1 : 0)
  if (!Number.isSafeInteger(magnitude)) return null
  if (sign === '-' && magnitude !== 0) magnitude = -magnitude
  return magnitude
}
