/** `#rgb`/`#rrggbb` with an alpha, as `rgba()`; other colour syntaxes are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1]
  if (hex === undefined) return color
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
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
