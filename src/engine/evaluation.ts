/**
 * The evaluation document (`plandrill/evaluation@2`): what the scorer writes and what history and review read.
 * Files and kept evaluations of `@1` still open: `upgradeEvaluation` (./evaluationSchema.ts) reads them into this
 * shape, with `upgradedFrom` saying where they came from.
 */
import type { Rating } from './scoring.ts'
import type { Bilingual } from './types.ts'

export const EVALUATION_SCHEMA = 'plandrill/evaluation@2'
export const EVALUATION_SCHEMA_V1 = 'plandrill/evaluation@1'

/**
 * `incomplete`: done, but without a recipient the clause requires; `wrong-level`: a grading or warning that declared
 * another level than the facts give (both @2).
 */
export const STATUSES = ['on-time', 'late', 'missed', 'wrong-role', 'out-of-order', 'incomplete', 'wrong-level', 'not-applicable'] as const
export type ExpectationStatus = (typeof STATUSES)[number]

/** The one set of status labels every output uses (terminal, Markdown, AAR, the app). */
export const STATUS_NAMES = {
  zh: { 'on-time': '按时', late: '超时', missed: '未做', 'wrong-role': '主体错误', 'out-of-order': '顺序错误', incomplete: '报送不全', 'wrong-level': '定级错误', 'not-applicable': '不适用' },
  en: { 'on-time': 'on time', late: 'late', missed: 'missed', 'wrong-role': 'wrong role', 'out-of-order': 'out of order', incomplete: 'incomplete', 'wrong-level': 'wrong level', 'not-applicable': 'n/a' },
} as const satisfies Record<'zh' | 'en', Record<ExpectationStatus, string>>

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
  // --- @2: why it was owed and what met it (null/empty in files upgraded from @1) ---
  /** The event, action, timer or level change that armed it. */
  readonly armedBy: EvaluatedCause | null
  /** What its deadline ran from: `armed` (the arming itself), `expectation`, `event`, `level` or `period` (recurring). */
  readonly anchor: { readonly kind: string; readonly ref: string | null; readonly at: string | null } | null
  /** Recipients the clause requires of this occurrence, and those the act did not name. */
  readonly recipients: readonly string[]
  readonly missingRecipients: readonly string[]
  /** The level the act declared (a grading or warning), if any. */
  readonly declaredLevel: string | null
  /** Set when a level rise owed it again: why (`new-body`, `new-recipients`, `renew`). */
  readonly renewed: { readonly kind: string; readonly level: string | null; readonly recipients: readonly string[] } | null
  /** Level rises that found it met and carried it over. */
  readonly carriedOver: readonly { readonly at: string; readonly level: string | null }[]
  /** The occurrence whose act also discharged this one (`covers`). */
  readonly coveredBy: string | null
  /** For an end declared early: the steps still open then. */
  readonly openBefore: readonly string[]
  /** The scenario event that made it not applicable (e.g. `incident.closed` for a declared end). */
  readonly dischargedBy: string | null
  /** False when a solo trainee played another role: shown, not scored. */
  readonly scored: boolean
}

export interface EvaluatedCause {
  readonly kind: string
  readonly ref: string
  readonly at: string
  readonly levelFrom?: string | null
  readonly levelTo?: string
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
  readonly to?: readonly string[]
  readonly level?: string
  readonly source: string
  readonly match: 'satisfied' | 'wrong-role' | 'unmatched'
  /** `<expectation>#<occurrence>` it satisfied or was attempted on, or null. */
  readonly expectation: string | null
  /** @2: every occurrence it met (the one above, then those its `covers` discharged). */
  readonly met?: readonly string[]
}

export interface Evaluation {
  readonly schema: typeof EVALUATION_SCHEMA
  readonly id: string
  readonly plan: { readonly id: string; readonly version: string; readonly title: Bilingual }
  /** `hash`: a digest of the scenario's content (@2), so a changed scenario gives another evaluation id. */
  readonly scenario: { readonly id: string; readonly title: Bilingual; readonly hash?: string }
  readonly seed: number
  readonly autopilot: string | null
  readonly participants: readonly string[]
  /** The role a trainee played alone (the others by the perfect autopilot), or null: the whole organisation. */
  readonly playedAs: string | null
  /** The schema a file was upgraded from (`plandrill/evaluation@1`), absent for one scored as @2. */
  readonly upgradedFrom?: string
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

/** An evaluation as `@1` wrote it: the same document without the `@2` fields. */
export type EvaluationV1 = Omit<Evaluation, 'schema' | 'playedAs' | 'upgradedFrom' | 'expectations' | 'summary'> & {
  readonly schema: typeof EVALUATION_SCHEMA_V1
  readonly summary: Readonly<Record<string, number>>
  readonly expectations: readonly Omit<EvaluatedExpectation, 'armedBy' | 'anchor' | 'recipients' | 'missingRecipients' | 'declaredLevel' | 'renewed' | 'carriedOver' | 'coveredBy' | 'openBefore' | 'dischargedBy' | 'scored'>[]
}

/** Reads a `@1` evaluation into the `@2` shape (the new fields empty, `upgradedFrom` saying so); `@2` passes through. */
export function upgradeEvaluation(e: Evaluation | EvaluationV1): Evaluation {
  if (e.schema === EVALUATION_SCHEMA) return e
  const summary = Object.fromEntries(STATUSES.map((s) => [s, e.summary[s] ?? 0])) as Record<ExpectationStatus, number>
  return {
    ...e,
    schema: EVALUATION_SCHEMA,
    upgradedFrom: EVALUATION_SCHEMA_V1,
    playedAs: null,
    summary,
    expectations: e.expectations.map((x) => ({
      ...x, armedBy: null, anchor: null, recipients: [], missingRecipients: [], declaredLevel: null, renewed: null, carriedOver: [],
      coveredBy: null, openBefore: [], dischargedBy: null, scored: true,
    })),
  }
}
