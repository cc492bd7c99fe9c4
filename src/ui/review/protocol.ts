/** Messages between the review dashboard and its worker (reading and reviewing thousands of evaluations off the main thread). */
import type { Bilingual, RecommendationKind, Review, ReviewOptions } from '../../engine/index.ts'

export type ReviewFilter = Pick<ReviewOptions, 'plan' | 'from' | 'to' | 'scenario' | 'role'>

export type ToWorker =
  | { readonly type: 'load' }
  | { readonly type: 'files'; readonly files: readonly { readonly name: string; readonly text: string }[] }
  | { readonly type: 'clear-files' }
  | { readonly type: 'review'; readonly seq: number; readonly filter: ReviewFilter }
  | { readonly type: 'drills'; readonly seq: number; readonly filter: ReviewFilter; readonly plan: string; readonly expectation: string; readonly kind: RecommendationKind }

/** What the filters can offer: plans with their scenarios and roles, and the periods drills fall in. */
export interface Facets {
  readonly plans: readonly { readonly id: string; readonly title: Bilingual; readonly scenarios: readonly { readonly id: string; readonly title: Bilingual }[]; readonly roles: readonly { readonly id: string; readonly name: Bilingual }[] }[]
  /** Years and quarters (`2026`, `2026-Q1`), newest first. */
  readonly periods: readonly string[]
}

export interface DrillRef {
  readonly id: string
  readonly file: string
  readonly inHistory: boolean
  readonly startedAt: string
  readonly scenario: Bilingual
  readonly participants: readonly string[]
  readonly score: number
  readonly rating: string
  readonly statuses: readonly string[]
}

export type FromWorker =
  | { readonly type: 'loaded'; readonly history: number; readonly files: number; readonly problem?: string }
  | { readonly type: 'review'; readonly seq: number; readonly review: Review; readonly facets: Facets; readonly ms: number }
  | { readonly type: 'drills'; readonly seq: number; readonly drills: readonly DrillRef[] }
  | { readonly type: 'error'; readonly seq?: number; readonly message: string }
