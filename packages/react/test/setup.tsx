// The shared simulator harness (internal/test-harness), re-exported for this package's tests.
export {
  harness,
  NOW,
  type Harness,
  type HarnessOptions,
} from '@lago-analytics/internal-test-harness'
