/** The evaluation document (`plandrill/evaluation@1`): what the scorer writes and what history and review read. */
import type { Rating } from './scoring.ts'
import type { Bilingual } from './types.ts'

export const EVALUATION_SCHEMA = 'plandrill/evaluation@1'

export const STATUSES = ['on-time', 'late', 'missed', 'wrong-role', 'out-of-order', 'not-applicable'] as const
export type ExpectationStatus = (typeof STATUSES)[number]

export interface EvaluatedExpectation {
  readonly id: string
  /** 1 for the first occurrence; recurring obligations and re-armed ones count up. */
  readonly occurrence: number
  readonly action: string
  /** The role the plan names for it (first of `roles`). */
  readonly role: string
  readonly roles: readonly string[]
  readonly capability: string
  readonly phase: string
  readonly critical: boolean
  readonly optional: boolean
  readonly clause: string
  readonly text: Bilingual
  readonly level: string | null
  readonly armedAt: string | null
  readonly due: string | null
  readonly doneAt: string | null
  readonly doneBy: string | null
  readonly status: ExpectationStatus
  /** Compact duration (`1h5m`) when late, else null. */
  readonly lateBy: string | null
  readonly weight: number
  readonly credit: number
}

export interface EvaluatedCapability {
  readonly id: string
  readonly name: Bilingual
  readonly score: number
  readonly rating: Rating
  /** True when a missed critical expectation capped the rating. */
  readonly capped: boolean
  readonly expectations: number
}

export interface Finding {
  readonly kind: 'strength' | 'improvement' | 'observation'
  readonly expectation: string | null
  readonly occurrence: number | null
  readonly clause: string | null
  readonly status: ExpectationStatus | null
  readonly text: Bilingual
}

export interface EvaluatedAction {
  readonly at: string
  readonly role: string
  readonly action: string
  readonly note?: string
  readonly source: string
  readonly match: 'satisfied' | 'wrong-role' | 'unmatched'
  /** `<expectation>#<occurrence>` it satisfied or was attempted on, or null. */
  readonly expectation: string | null
}

export interface Evaluation {
  readonly schema: typeof EVALUATION_SCHEMA
  readonly id: string
  readonly plan: { readonly id: string; readonly version: string; readonly title: Bilingual }
  readonly scenario: { readonly id: string; readonly title: Bilingual }
  readonly seed: number
  readonly autopilot: string | null
  readonly participants: readonly string[]
  readonly severity: string | null
  readonly severityHistory: readonly { readonly at: string; readonly level: string }[]
  readonly startedAt: string
  readonly endedAt: string
  readonly score: number
  readonly rating: Rating
  readonly summary: Readonly<Record<ExpectationStatus, number>>
  readonly expectations: readonly EvaluatedExpectation[]
  readonly capabilities: readonly EvaluatedCapability[]
  readonly findings: readonly Finding[]
  readonly actions: readonly EvaluatedAction[]
}
