import { useCallback, type Ref } from 'react'

/** One callback ref feeding a forwarded ref and an internal one. */
export function useMergedRef<T>(
  forwarded: Ref<T> | undefined,
  own: Ref<T> | undefined,
): (node: T | null) => void {
  return useCallback(
    (node: T | null) => {
      for (const ref of [forwarded, own]) {
        if (typeof ref === 'function') ref(node)
        else if (ref != null) (ref as { current: T | null }).current = node
      }
    },
    [forwarded, own],
  )
}
