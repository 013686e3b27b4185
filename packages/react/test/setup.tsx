// The shared simulator harness (internal/test-harness), re-exported for this package's tests.
// Imported by path: declaring it as a dependency would make react ↔ harness a package cycle.
export {
  harness,
  NOW,
  type Harness,
  type HarnessOptions,
} from '../../../internal/test-harness/index.tsx'
