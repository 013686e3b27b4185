/** `array[index] += value` for typed arrays under `noUncheckedIndexedAccess`. */
export function addAt(array: Float64Array, index: number, value: number): void {
  array[index] = (array[index] ?? 0) + value
}
