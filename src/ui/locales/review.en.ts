/** English strings of the review dashboard (namespace `review`), key for key with review.zh.ts. */
import type { reviewZh } from './review.zh.ts'

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const reviewEn: Shape<typeof reviewZh> = {
  title: 'Annual plan review',
}
