import { useCallback, useRef, useState } from 'react'

/**
 * Controlled/uncontrolled state (Radix style): `value` wins when defined, else internal state
 * starting at `defaultValue`; `onChange` is called on every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue)
  const controlled = value !== undefined
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next)
      onChangeRef.current?.(next)
    },
    [controlled],
  )
  return [controlled ? value : own, set]
}
