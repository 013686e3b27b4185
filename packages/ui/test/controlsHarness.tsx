// Test-only: the shared simulator harness, plus the few DOM APIs jsdom lacks that Radix and cmdk call.
export { harness, NOW, type Harness } from '@lago-analytics/internal-test-harness'

const proto = Element.prototype as unknown as Record<string, unknown>
proto.hasPointerCapture ??= () => false
proto.setPointerCapture ??= () => {}
proto.releasePointerCapture ??= () => {}
proto.scrollIntoView ??= () => {}
