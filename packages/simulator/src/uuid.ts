import { hashKeys } from './hash'

/** A deterministic RFC 4122 version-4-shaped UUID derived from integer keys. */
export function uuidFromKeys(...keys: readonly number[]): string {
  const a = hashKeys(...keys, 1)
  const b = hashKeys(...keys, 2)
  const c = hashKeys(...keys, 3)
  const d = hashKeys(...keys, 4)
  const hex = (n: number): string => n.toString(16).padStart(8, '0')
  const h = hex(a) + hex(b) + hex(c) + hex(d)
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}
