export { FreshnessBadge, type FreshnessBadgeProps } from './FreshnessBadge.tsx'
export { freshnessMessages, type FreshnessMessages } from './freshnessMessages.ts'
