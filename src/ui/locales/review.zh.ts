/** Chinese strings of the review dashboard (namespace `review`). Keys must match review.en.ts. */
export const reviewZh = {
  title: '预案年度评估',
} as const
