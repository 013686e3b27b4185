import type { WaterfallStepKey } from '@lago-analytics/core'

export interface MrrWaterfallText {
  steps: { [K in WaterfallStepKey]: string }
  step: string
  change: string
  mrrAfter: string
}

export const DEFAULT_MRR_WATERFALL_TEXT: MrrWaterfallText = {
  steps: {
    starting: 'Starting MRR',
    new: 'New',
    expansion: 'Expansion',
    contraction: 'Contraction',
    churn: 'Churn',
    ending: 'Ending MRR',
  },
  step: 'Movement',
  change: 'Amount',
  mrrAfter: 'MRR after',
}
