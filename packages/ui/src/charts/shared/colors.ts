/** The channels of `#rgb`/`#rrggbb`, else `null`. */
function rgbOf(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1]
  if (hex === undefined) return null
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}

/** `#rgb`/`#rrggbb` with an alpha, as `rgba()`; other colour syntaxes are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const rgb = rgbOf(color)
  if (rgb === null) return color
  return `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})`
}

/** Hue in degrees of a saturated `#rgb`/`#rrggbb` colour; `null` for greys and other syntaxes. */
function hueOf(color: string): number | null {
  const rgb = rgbOf(color)
  if (rgb === null) return null
  const [r, g, b] = rgb.map((c) => c / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const delta = max - Math.min(r, g, b)
  if (delta < 0.2) return null
  const hue =
    max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4
  return (hue * 60 + 360) % 360
}

/**
 * Whether two colours read as the same hue (within `degrees`), e.g. a palette colour that would
 * be mistaken for the theme's decrease colour. Unparseable colours and greys never match.
 */
export function sameHue(a: string, b: string, degrees = 12): boolean {
  const x = hueOf(a)
  const y = hueOf(b)
  if (x === null || y === null) return false
  const difference = Math.abs(x - y)
  return Math.min(difference, 360 - difference) <= degrees
}

/** Linear interpolation between two `#rrggbb` colours (`t` in [0, 1]); `from` otherwise. */
export function mixColors(from: string, to: string, t: number): string {
  const parse = (color: string) => {
    const hex = /^#([0-9a-f]{6})$/i.exec(color.trim())?.[1]
    return hex === undefined ? null : [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
  }
  const a = parse(from)
  const b = parse(to)
  if (a === null || b === null) return t < 0.5 ? from : to
  const clamped = Math.min(1, Math.max(0, t))
  const channel = (i: number) =>
    Math.round((a[i] as number) + ((b[i] as number) - (a[i] as number)) * clamped)
      .toString(16)
      .padStart(2, '0')
  return `#${channel(0)}${channel(1)}${channel(2)}`
}
