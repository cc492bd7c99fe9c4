/** Annual plan review: many evaluations -> per plan and period trends, weakest expectations, coverage gaps and bilingual recommendations. */
import { z } from 'zod'
import { parseDuration, formatDuration } from './duration.ts'
import { InputError, formatPath } from './errors.ts'
import { EVALUATION_SCHEMA, EVALUATION_SCHEMA_V1, STATUSES } from './evaluation.ts'
import type { ExpectationStatus } from './evaluation.ts'
import { allLevelValues, everCritical } from './model.ts'
import type { PlanDefinition, PlanRegistry } from './model.ts'
import { parseIsoDateTime } from './time.ts'
import type { Bilingual } from './types.ts'

export const REVIEW_SCHEMA = 'plandrill/review@1'

/**
 * Every threshold the review's recommendations use, in one place. Shares are of the drills (in the reviewed period)
 * in which the expectation was armed; a drill counts once however many occurrences a recurring step had.
 */
export const REVIEW_THRESHOLDS = {
  /** Rate-based recommendations need the expectation armed in at least this many drills: fewer is too little evidence. */
  minDrills: 5,
  /** Missed or late in at least this share of drills ⇒ `train`: staff need practice on the step. */
  train: 0.3,
  /**
   * Missed or late in at least this share of drills ⇒ the clause itself is suspect, not the people: `revise` when
   * lateness dominates (the time limit or its resources look unrealistic), `clarify` when omission dominates (the
   * text does not make the step or its trigger clear). Replaces `train`.
   */
  rewrite: 0.6,
  /** Done by a role the plan does not assign in at least this share of drills ⇒ `clarify-roles`: the role assignment is unclear. */
  clarifyRoles: 0.2,
  /** Done before a step the plan puts first in at least this share of drills ⇒ `clarify-order`: the sequence is unclear. */
  clarifyOrder: 0.25,
  /** Failure rate up by at least this much (absolute, 0..1) from one year to the next ⇒ `watch`: a worsening trend. */
  worsening: 0.15,
  /** A year-over-year comparison needs the expectation armed in at least this many drills in each of the two years. */
  minDrillsPerYear: 10,
} as const

export type RecommendationKind = 'revise' | 'clarify' | 'clarify-roles' | 'clarify-order' | 'train' | 'watch' | 'add-scenario' | 'run-scenario'

/** What makes a drill evidence for each kind of recommendation: the statuses its expectation had there. */
export const RECOMMENDATION_EVIDENCE: Readonly<Record<RecommendationKind, readonly ExpectationStatus[]>> = {
  revise: ['late', 'missed'], clarify: ['late', 'missed'], train: ['late', 'missed'], watch: ['late', 'missed'],
  'clarify-roles': ['wrong-role'], 'clarify-order': ['out-of-order'], 'add-scenario': [], 'run-scenario': [],
}

/** Order in which recommendations are listed (most consequential first). */
export const RECOMMENDATION_KINDS: readonly RecommendationKind[] = ['revise', 'clarify', 'clarify-roles', 'clarify-order', 'train', 'watch', 'add-scenario', 'run-scenario']

/** One input file: its name (for reports) and its parsed JSON, or `problem` when it could not be read or parsed at all. */
export interface ReviewInput {
  readonly file: string
  readonly data: unknown
  /** Set by the adapter when the file could not be read or is not JSON; it is then listed in `skipped` with this reason. */
  readonly problem?: string
}

export interface ReviewOptions {
  /** Only this plan (others are counted in `filtered.otherPlans`). */
  readonly plan?: string
  /** First day included, by the drill's local start date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from?: string
  /** Last day included (same forms; `2025` means up to 2025-12-31). */
  readonly to?: string
  /** Only drills of this scenario (others are counted in `filtered.otherScenarios`). */
  readonly scenario?: string
  /**
   * Only the steps assigned to this role: expectation and capability status counts, lateness, coverage gaps and
   * recommendations consider that role's expectations alone; drill counts, scores and ratings stay whole-drill.
   */
  readonly role?: string
  /** For plan versions, expectation order, clause texts and names; evaluations of unknown plans or other versions are skipped. */
  readonly plans?: PlanRegistry
  /** Shipped scenarios, to list those never run in the period. */
  readonly scenarios?: readonly { readonly id: string; readonly plan: string; readonly title?: Bilingual }[]
}

export interface StatusCounts {
  /** Occurrences armed (occurrence ≥ 1, status not `not-applicable`). */
  readonly armed: number
  readonly onTime: number
  readonly late: number
  readonly missed: number
  readonly wrongRole: number
  readonly outOfOrder: number
  /** (late + missed + wrong-role + out-of-order) / armed, 3 decimals; null when never armed. */
  readonly failureRate: number | null
}

export interface ExpectationReview extends StatusCounts {
  readonly id: string
  /** The clause most often cited for it (clauses can differ by level); `clauses` lists them all. */
  readonly clause: string
  readonly clauses: readonly string[]
  readonly text: Bilingual
  readonly capability: string
  readonly critical: boolean
  readonly optional: boolean
  /** Drills in which it was armed at least once. */
  readonly drills: number
  /** Drills in which the scenario reached it at all (armed, even if it then did not apply). */
  readonly exercised: number
  readonly missedOrLateDrills: number
  readonly wrongRoleDrills: number
  readonly outOfOrderDrills: number
  readonly medianLateBy: string | null
  readonly worstLateBy: string | null
  readonly medianLateMs: number | null
  readonly worstLateMs: number | null
  /** Roles that did it although the plan assigns it to another, most frequent first. */
  readonly wrongRoles: readonly { readonly role: string; readonly count: number }[]
}

export interface CapabilityReview extends StatusCounts {
  readonly id: string
  readonly name: Bilingual
  /** Drills in which it was scored. */
  readonly drills: number
  readonly meanScore: number | null
  readonly ratings: RatingCounts
}

export interface RatingCounts {
  readonly P: number
  readonly S: number
  readonly M: number
  readonly U: number
}

export interface PeriodReview {
  /** `2026` or `2026-Q1`. */
  readonly period: string
  readonly kind: 'year' | 'quarter'
  readonly drills: number
  readonly participants: number
  readonly meanScore: number | null
  /** Drill scores in 10-point bins: [0,10), [10,20), … [90,100]. */
  readonly histogram: readonly number[]
  readonly ratings: RatingCounts
  readonly expectations: readonly ({ readonly id: string; readonly drills: number } & StatusCounts)[]
  readonly capabilities: readonly { readonly id: string; readonly drills: number; readonly meanScore: number | null; readonly ratings: RatingCounts }[]
}

export interface YearOverYear {
  readonly from: string
  readonly to: string
  readonly meanScore: { readonly from: number | null; readonly to: number | null; readonly change: number | null }
  /** Failure rates in each year and the change (to − from); null where an expectation was not armed in a year. */
  readonly expectations: readonly { readonly id: string; readonly from: number | null; readonly to: number | null; readonly change: number | null }[]
}

export interface RecommendationEvidence {
  /** Drills the evidence is drawn from (armed in, or all drills of the plan for coverage). */
  readonly drills: number
  /** Drills showing the problem. */
  readonly count: number
  /** count / drills, 3 decimals. */
  readonly share: number
  readonly statuses?: { readonly onTime: number; readonly late: number; readonly missed: number; readonly wrongRole: number; readonly outOfOrder: number }
  readonly medianLateBy?: string | null
  readonly worstLateBy?: string | null
  readonly wrongRoles?: readonly { readonly role: string; readonly count: number }[]
  readonly years?: { readonly from: string; readonly to: string; readonly fromRate: number; readonly toRate: number }
  readonly scenario?: string
}

export interface Recommendation {
  readonly kind: RecommendationKind
  /** The expectation concerned, or null for a scenario never run. */
  readonly expectation: string | null
  readonly clause: string | null
  readonly critical: boolean
  readonly evidence: RecommendationEvidence
  readonly text: Bilingual
}

export interface PlanReview {
  readonly id: string
  readonly version: string
  readonly title: Bilingual
  readonly drills: number
  readonly participants: number
  readonly meanScore: number | null
  readonly histogram: readonly number[]
  readonly ratings: RatingCounts
  /** Local dates (in each drill's own offset) of the first and last drill. */
  readonly firstDrill: string | null
  readonly lastDrill: string | null
  readonly scenarios: readonly { readonly id: string; readonly drills: number }[]
  readonly scenariosNeverRun: readonly string[]
  /** In plan order when the plan is known, else by id. */
  readonly expectations: readonly ExpectationReview[]
  readonly capabilities: readonly CapabilityReview[]
  /** Years and quarters, chronologically (each year before its quarters). */
  readonly periods: readonly PeriodReview[]
  readonly yearOverYear: readonly YearOverYear[]
  /** Expectations of the plan that no drill in the period reached: clauses never exercised. */
  readonly coverageGaps: readonly { readonly expectation: string; readonly clause: string; readonly critical: boolean }[]
  readonly recommendations: readonly Recommendation[]
}

export interface Review {
  readonly schema: typeof REVIEW_SCHEMA
  readonly filter: { readonly plan: string | null; readonly from: string | null; readonly to: string | null; readonly scenario: string | null; readonly role: string | null }
  /** Inputs seen, evaluations used, and valid evaluations left out by the filter. */
  readonly inputs: number
  readonly used: number
  /** Evaluations used, by the schema version they came in (`@1` files are read as they are). */
  readonly bySchema: Readonly<Record<(typeof REVIEWED_SCHEMAS)[number], number>>
  readonly filtered: { readonly otherPlans: number; readonly otherScenarios: number; readonly outOfRange: number }
  readonly thresholds: typeof REVIEW_THRESHOLDS
  readonly plans: readonly PlanReview[]
  readonly skipped: readonly { readonly file: string; readonly reason: string }[]
}

/**
 * Streams evaluations into running totals; `merge` combines two accumulators (counts add, sets unite, lateness lists
 * concatenate), so reviewing A and B separately and merging equals reviewing A ∪ B. A duplicated evaluation id keeps
 * the copy added first (within `merge`, this accumulator's copy).
 */
export interface ReviewAccumulator {
  add(input: ReviewInput): void
  merge(other: ReviewAccumulator): void
  finish(): Review
}

/** Creates an empty accumulator; `options` must be the same for accumulators that are merged. */
export function createReviewAccumulator(options: ReviewOptions = {}): ReviewAccumulator {
  return new Accumulator(options)
}

/**
 * Reviews evaluations. Pure; the result does not depend on the order of `inputs` (they are taken in file-name order,
 * so of two files with the same evaluation id the one whose name sorts first is kept). Bad inputs — not JSON, another
 * schema version, malformed, a duplicated id, a plan or plan version the registry does not have — are listed in
 * `skipped`, never mixed in. Throws InputError only for bad options (`from`/`to`).
 */
export function reviewEvaluations(inputs: readonly ReviewInput[], options: ReviewOptions = {}): Review {
  const acc = new Accumulator(options)
  const order = inputs.map((_, i) => i)
  let keys: (string | undefined)[] | null = null
  order.sort((a, b) => {
    const fa = (inputs[a] as ReviewInput).file
    const fb = (inputs[b] as ReviewInput).file
    if (fa !== fb) return fa < fb ? -1 : 1
    // Same name twice (only in hand-made input sets): order by content so the choice is still order-free.
    keys ??= []
    const ka = (keys[a] ??= contentKey(inputs[a] as ReviewInput))
    const kb = (keys[b] ??= contentKey(inputs[b] as ReviewInput))
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
  for (const i of order) acc.add(inputs[i] as ReviewInput)
  return acc.finish()
}

/** Parses a `--from`/`--to` bound (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) into the inclusive local date it stands for, or an error. */
export function parseReviewBound(text: string, end: 'from' | 'to'): string | { readonly error: string } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (!m) return { error: `"${text}" is not a date (e.g. 2025, 2025-07 or 2025-07-01)` }
  const y = m[1] as string
  if (m[2] === undefined) return end === 'from' ? `${y}-01-01` : `${y}-12-31`
  const mo = Number(m[2])
  if (mo < 1 || mo > 12) return { error: `"${text}": month ${mo} does not exist` }
  if (m[3] === undefined) return end === 'from' ? `${y}-${m[2]}-01` : `${y}-${m[2]}-31`
  const parsed = parseIsoDateTime(`${text}T00:00:00Z`)
  if ('error' in parsed) return { error: parsed.error.replace('T00:00:00Z', '') }
  return text
}

const bilingual = z.object({ zh: z.string(), en: z.string() })
const rating = z.enum(['P', 'S', 'M', 'U'])
const ISO_OFFSET = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/
const isoText = z.string().regex(ISO_OFFSET, 'not an ISO date-time with offset')

/** Evaluation schemas the review reads (`@1` files and kept evaluations still count; `bySchema` says how many of each). */
export const REVIEWED_SCHEMAS = [EVALUATION_SCHEMA_V1, EVALUATION_SCHEMA] as const

/** What the review reads from an evaluation (`plandrill/evaluation@1` or `@2`), as a zod schema; other fields are not checked. */
export const reviewedEvaluationSchema = z.object({
  schema: z.enum(REVIEWED_SCHEMAS),
  playedAs: z.string().nullable().optional(),
  id: z.string().min(1),
  plan: z.object({ id: z.string().min(1), version: z.string().min(1), title: bilingual }),
  scenario: z.object({ id: z.string().min(1), title: bilingual }),
  participants: z.array(z.string()),
  startedAt: isoText,
  score: z.number().min(0).max(100),
  rating,
  expectations: z.array(
    z.object({
      id: z.string().min(1),
      occurrence: z.number().int().min(0),
      role: z.string(),
      capability: z.string(),
      critical: z.boolean(),
      optional: z.boolean(),
      clause: z.string(),
      text: bilingual,
      due: isoText.nullable(),
      doneAt: isoText.nullable(),
      doneBy: z.string().nullable(),
      status: z.enum(STATUSES),
      lateBy: z.string().nullable(),
      /** @2: false for another role's step in a solo drill (shown there, not reviewed). */
      scored: z.boolean().optional(),
    }),
  ),
  capabilities: z.array(z.object({ id: z.string().min(1), name: bilingual, score: z.number().min(0).max(100), rating })),
})

/** An evaluation as the review reads it. */
export type ReviewedEvaluation = z.infer<typeof reviewedEvaluationSchema>
type ParsedEvaluation = ReviewedEvaluation

/**
 * A hand-written mirror of `reviewedEvaluationSchema`, field for field and never looser: when it says yes, zod would too
 * (a property test holds them together), and the object is read as it is, without zod copying 20 expectation objects
 * per evaluation. When it says no, zod decides and words the reasons. This keeps 100,000 evaluations under 2 s.
 */
export function isReviewableEvaluation(d: unknown): d is ParsedEvaluation {
  if (!isObj(d) || (d.schema !== EVALUATION_SCHEMA && d.schema !== EVALUATION_SCHEMA_V1) || !nonEmpty(d.id) || typeof d.startedAt !== 'string' || !ISO_OFFSET.test(d.startedAt)) return false
  if (!isScore(d.score) || !isRating(d.rating)) return false
  const plan = d.plan
  const scenario = d.scenario
  if (!isObj(plan) || !nonEmpty(plan.id) || !nonEmpty(plan.version) || !isBilingual(plan.title)) return false
  if (!isObj(scenario) || !nonEmpty(scenario.id) || !isBilingual(scenario.title)) return false
  if (d.playedAs !== undefined && !isStringOrNull(d.playedAs)) return false
  const participants = d.participants
  if (!Array.isArray(participants)) return false
  for (const p of participants) if (typeof p !== 'string') return false
  const exps = d.expectations
  if (!Array.isArray(exps)) return false
  for (const x of exps) {
    if (!isObj(x) || !nonEmpty(x.id) || !Number.isSafeInteger(x.occurrence) || (x.occurrence as number) < 0) return false
    if (typeof x.role !== 'string' || typeof x.capability !== 'string' || typeof x.critical !== 'boolean' || typeof x.optional !== 'boolean' || typeof x.clause !== 'string') return false
    if (!isBilingual(x.text) || !isIsoOrNull(x.due) || !isIsoOrNull(x.doneAt) || !isStringOrNull(x.doneBy) || !isStringOrNull(x.lateBy) || !STATUS_SET.has(x.status as string)) return false
    if (x.scored !== undefined && typeof x.scored !== 'boolean') return false
  }
  const caps = d.capabilities
  if (!Array.isArray(caps)) return false
  for (const c of caps) if (!isObj(c) || !nonEmpty(c.id) || !isBilingual(c.name) || !isScore(c.score) || !isRating(c.rating)) return false
  return true
}

// --- internal ---
type RatingId = keyof RatingCounts
type Counter = { P: number; S: number; M: number; U: number }

const HIST_BINS = 10

// Per-drill flags for an expectation (a recurring step counts once per drill).
const F_ARMED = 1
const F_EXERCISED = 2
const F_MISSED_OR_LATE = 4
const F_WRONG_ROLE = 8
const F_OUT_OF_ORDER = 16

class ExpCounts {
  armed = 0
  onTime = 0
  late = 0
  missed = 0
  wrongRole = 0
  outOfOrder = 0
  drills = 0
  exercised = 0
  missedOrLateDrills = 0
  wrongRoleDrills = 0
  outOfOrderDrills = 0
  lateness: number[] = []
  wrongRoles = new Map<string, number>()
  stamp = 0
  flags = 0

  merge(o: ExpCounts): void {
    this.armed += o.armed
    this.onTime += o.onTime
    this.late += o.late
    this.missed += o.missed
    this.wrongRole += o.wrongRole
    this.outOfOrder += o.outOfOrder
    this.drills += o.drills
    this.exercised += o.exercised
    this.missedOrLateDrills += o.missedOrLateDrills
    this.wrongRoleDrills += o.wrongRoleDrills
    this.outOfOrderDrills += o.outOfOrderDrills
    for (const x of o.lateness) this.lateness.push(x)
    addCounts(this.wrongRoles, o.wrongRoles)
  }
}

class CapCounts {
  armed = 0
  onTime = 0
  late = 0
  missed = 0
  wrongRole = 0
  outOfOrder = 0
  drills = 0
  scoreTenths = 0
  ratings: Counter = { P: 0, S: 0, M: 0, U: 0 }

  merge(o: CapCounts): void {
    this.armed += o.armed
    this.onTime += o.onTime
    this.late += o.late
    this.missed += o.missed
    this.wrongRole += o.wrongRole
    this.outOfOrder += o.outOfOrder
    this.drills += o.drills
    this.scoreTenths += o.scoreTenths
    addRatings(this.ratings, o.ratings)
  }
}

/** Totals for one plan over one period (or the whole range). */
class Bucket {
  drills = 0
  /** Scores are kept to one decimal: summing tenths as integers makes the mean independent of order. */
  scoreTenths = 0
  histogram: number[] = new Array<number>(HIST_BINS).fill(0)
  ratings: Counter = { P: 0, S: 0, M: 0, U: 0 }
  participants = new Set<string>()
  expectations = new Map<string, ExpCounts>()
  capabilities = new Map<string, CapCounts>()

  exp(id: string): ExpCounts {
    let c = this.expectations.get(id)
    if (c === undefined) this.expectations.set(id, (c = new ExpCounts()))
    return c
  }

  cap(id: string): CapCounts {
    let c = this.capabilities.get(id)
    if (c === undefined) this.capabilities.set(id, (c = new CapCounts()))
    return c
  }

  merge(o: Bucket): void {
    this.drills += o.drills
    this.scoreTenths += o.scoreTenths
    for (let i = 0; i < HIST_BINS; i++) this.histogram[i] = (this.histogram[i] as number) + (o.histogram[i] as number)
    addRatings(this.ratings, o.ratings)
    for (const p of o.participants) this.participants.add(p)
    for (const [id, c] of o.expectations) this.exp(id).merge(c)
    for (const [id, c] of o.capabilities) this.cap(id).merge(c)
  }
}

/** Order-free descriptive data about an expectation, gathered from the evaluations (the registry's wins when known). */
interface ExpMeta {
  text: Bilingual
  capability: string
  critical: boolean
  optional: boolean
  role: string
  /** Clauses cited by armed occurrences, with counts. */
  clauses: Map<string, number>
  /** The least clause cited anywhere (also by entries never armed), for expectations no drill armed. */
  anyClause: string
}

class PlanAcc {
  title: Bilingual | null = null
  total = new Bucket()
  periods = new Map<string, Bucket>()
  scenarios = new Map<string, number>()
  meta = new Map<string, ExpMeta>()
  capNames = new Map<string, Bilingual>()
  firstDrill: string | null = null
  lastDrill: string | null = null

  constructor(
    readonly id: string,
    readonly version: string,
  ) {}

  period(key: string): Bucket {
    let b = this.periods.get(key)
    if (b === undefined) this.periods.set(key, (b = new Bucket()))
    return b
  }

  merge(o: PlanAcc): void {
    if (o.title !== null) this.title = this.title === null ? o.title : minText(this.title, o.title)
    this.total.merge(o.total)
    for (const [k, b] of o.periods) this.period(k).merge(b)
    addCounts(this.scenarios, o.scenarios)
    for (const [id, m] of o.meta) {
      const mine = this.meta.get(id)
      if (mine === undefined) this.meta.set(id, { ...m, clauses: new Map(m.clauses) })
      else {
        mergeMeta(mine, m.text, m.capability, m.critical, m.optional, m.role, m.anyClause)
        addCounts(mine.clauses, m.clauses)
      }
    }
    for (const [id, n] of o.capNames) {
      const mine = this.capNames.get(id)
      this.capNames.set(id, mine === undefined ? n : minText(mine, n))
    }
    if (o.firstDrill !== null && (this.firstDrill === null || o.firstDrill < this.firstDrill)) this.firstDrill = o.firstDrill
    if (o.lastDrill !== null && (this.lastDrill === null || o.lastDrill > this.lastDrill)) this.lastDrill = o.lastDrill
  }
}

class Accumulator implements ReviewAccumulator {
  private readonly planAccs = new Map<string, PlanAcc>()
  private readonly ids = new Set<string>()
  private readonly skipped: { file: string; reason: string }[] = []
  private readonly bySchema: Record<(typeof REVIEWED_SCHEMAS)[number], number> = { [EVALUATION_SCHEMA_V1]: 0, [EVALUATION_SCHEMA]: 0 }
  private inputs = 0
  private used = 0
  private otherPlans = 0
  private otherScenarios = 0
  private outOfRange = 0
  private serial = 0
  private readonly from: string | null
  private readonly to: string | null
  private readonly lateCache = new Map<string, number | null>()

  constructor(private readonly options: ReviewOptions) {
    const issues: { path: string; message: string }[] = []
    const bound = (text: string | undefined, end: 'from' | 'to') => {
      if (text === undefined) return null
      const b = parseReviewBound(text, end)
      if (typeof b === 'string') return b
      issues.push({ path: end, message: b.error })
      return null
    }
    this.from = bound(options.from, 'from')
    this.to = bound(options.to, 'to')
    if (issues.length > 0) throw new InputError('bad-time', 'review options', issues)
  }

  add(input: ReviewInput): void {
    this.inputs++
    const skip = (reason: string): void => {
      this.skipped.push({ file: input.file, reason })
    }
    if (input.problem !== undefined) return skip(input.problem)
    const data = input.data
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return skip('not a JSON object, so not an evaluation')
    const schema = (data as { schema?: unknown }).schema
    if (schema !== EVALUATION_SCHEMA && schema !== EVALUATION_SCHEMA_V1) {
      return skip(schema === undefined ? `has no "schema"; expected "${EVALUATION_SCHEMA}"` : `schema is ${JSON.stringify(schema)}; this review reads "${EVALUATION_SCHEMA}" and "${EVALUATION_SCHEMA_V1}" only`)
    }
    let e: ParsedEvaluation
    if (isReviewableEvaluation(data)) e = data
    else {
      const parsed = reviewedEvaluationSchema.safeParse(data)
      if (!parsed.success) return skip(`malformed evaluation: ${describeIssues(parsed.error.issues)}`)
      e = parsed.data
    }
    if (this.ids.has(e.id)) return skip(`duplicate evaluation id "${e.id}" (an earlier file has it; that one is kept)`)
    this.ids.add(e.id)
    if (this.options.plan !== undefined && e.plan.id !== this.options.plan) {
      this.otherPlans++
      return
    }
    const registry = this.options.plans
    if (registry !== undefined) {
      const known = registry.get(e.plan.id)
      if (known === undefined) return skip(`plan "${e.plan.id}" is not known here (known: ${registry.ids().join(', ') || 'none'})`)
      if (known.definition.version !== e.plan.version) {
        return skip(`scored against plan "${e.plan.id}" version ${e.plan.version}, but the current version is ${known.definition.version}; review it with that version, not mixed in`)
      }
    }
    if (this.options.scenario !== undefined && e.scenario.id !== this.options.scenario) {
      this.otherScenarios++
      return
    }
    const day = e.startedAt.slice(0, 10)
    if ((this.from !== null && day < this.from) || (this.to !== null && day > this.to)) {
      this.outOfRange++
      return
    }
    this.used++
    this.bySchema[e.schema]++
    this.take(e, day)
  }

  merge(other: ReviewAccumulator): void {
    if (!(other instanceof Accumulator)) throw new Error('ReviewAccumulator.merge: can only merge accumulators made by createReviewAccumulator')
    const o = other
    for (const s of o.skipped) this.skipped.push(s)
    this.inputs += o.inputs
    this.used += o.used
    for (const k of REVIEWED_SCHEMAS) this.bySchema[k] += o.bySchema[k]
    this.otherPlans += o.otherPlans
    this.otherScenarios += o.otherScenarios
    this.outOfRange += o.outOfRange
    // Stamps mark "already counted in this drill"; after a merge new drills must get stamps above both sides'.
    this.serial += o.serial
    for (const [key, p] of o.planAccs) {
      let mine = this.planAccs.get(key)
      if (mine === undefined) this.planAccs.set(key, (mine = new PlanAcc(p.id, p.version)))
      mine.merge(p)
    }
    // A duplicate across the two sides: the other side already counted it, so it cannot be taken back; report it.
    for (const id of o.ids) {
      if (this.ids.has(id)) this.skipped.push({ file: '(merged)', reason: `duplicate evaluation id "${id}" in both merged sets; counted twice` })
      else this.ids.add(id)
    }
  }

  finish(): Review {
    const plans = [...this.planAccs.values()]
      .sort((a, b) => cmp(a.id, b.id) || cmp(a.version, b.version))
      .map((p) => finishPlan(p, this.options))
    const skipped = [...this.skipped].sort((a, b) => cmp(a.file, b.file) || cmp(a.reason, b.reason))
    return {
      schema: REVIEW_SCHEMA,
      filter: {
        plan: this.options.plan ?? null,
        from: this.options.from ?? null,
        to: this.options.to ?? null,
        scenario: this.options.scenario ?? null,
        role: this.options.role ?? null,
      },
      inputs: this.inputs,
      used: this.used,
      bySchema: { ...this.bySchema },
      filtered: { otherPlans: this.otherPlans, otherScenarios: this.otherScenarios, outOfRange: this.outOfRange },
      thresholds: REVIEW_THRESHOLDS,
      plans,
      skipped,
    }
  }

  private planAcc(e: ParsedEvaluation): PlanAcc {
    // With a registry every version is the registry's; without one, versions are kept apart.
    const key = this.options.plans !== undefined ? e.plan.id : `${e.plan.id}\u0000${e.plan.version}`
    let p = this.planAccs.get(key)
    if (p === undefined) this.planAccs.set(key, (p = new PlanAcc(e.plan.id, e.plan.version)))
    return p
  }

  private take(e: ParsedEvaluation, day: string): void {
    const p = this.planAcc(e)
    p.title = p.title === null ? e.plan.title : minText(p.title, e.plan.title)
    p.scenarios.set(e.scenario.id, (p.scenarios.get(e.scenario.id) ?? 0) + 1)
    if (p.firstDrill === null || day < p.firstDrill) p.firstDrill = day
    if (p.lastDrill === null || day > p.lastDrill) p.lastDrill = day
    const year = day.slice(0, 4)
    const quarter = `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
    const buckets = [p.total, p.period(year), p.period(quarter)]
    const stamp = ++this.serial
    const tenths = Math.round(e.score * 10)
    const bin = Math.min(HIST_BINS - 1, Math.floor(e.score / 10))
    for (const b of buckets) {
      b.drills++
      b.scoreTenths += tenths
      b.histogram[bin] = (b.histogram[bin] as number) + 1
      b.ratings[e.rating]++
      for (const name of e.participants) b.participants.add(name)
    }
    for (const c of e.capabilities) {
      const name = p.capNames.get(c.id)
      p.capNames.set(c.id, name === undefined ? c.name : minText(name, c.name))
      const ct = Math.round(c.score * 10)
      for (const b of buckets) {
        const cc = b.cap(c.id)
        cc.drills++
        cc.scoreTenths += ct
        cc.ratings[c.rating]++
      }
    }
    const role = this.options.role
    for (const x of e.expectations) {
      if (role !== undefined && x.role !== role) continue
      if (x.scored === false) continue
      let meta = p.meta.get(x.id)
      if (meta === undefined) p.meta.set(x.id, (meta = { text: x.text, capability: x.capability, critical: x.critical, optional: x.optional, role: x.role, clauses: new Map(), anyClause: x.clause }))
      else mergeMeta(meta, x.text, x.capability, x.critical, x.optional, x.role, x.clause)
      if (x.occurrence < 1) continue
      const armed = x.status !== 'not-applicable'
      if (armed && x.clause !== '') meta.clauses.set(x.clause, (meta.clauses.get(x.clause) ?? 0) + 1)
      let flags = F_EXERCISED
      let late: number | null = null
      switch (x.status) {
        case 'late':
          flags |= F_ARMED | F_MISSED_OR_LATE
          late = this.lateness(x.lateBy, x.due, x.doneAt)
          break
        case 'missed':
          flags |= F_ARMED | F_MISSED_OR_LATE
          break
        case 'wrong-role':
          flags |= F_ARMED | F_WRONG_ROLE
          break
        case 'out-of-order':
          flags |= F_ARMED | F_OUT_OF_ORDER
          break
        case 'on-time':
        case 'incomplete':
          flags |= F_ARMED
          break
        case 'wrong-level':
          flags |= F_ARMED | F_MISSED_OR_LATE
          break
        case 'not-applicable':
          break
        default: {
          const never: never = x.status
          throw new Error(`Unknown expectation status ${String(never)}`)
        }
      }
      for (const b of buckets) {
        const c = b.exp(x.id)
        if (c.stamp !== stamp) {
          c.stamp = stamp
          c.flags = 0
        }
        const fresh = flags & ~c.flags
        c.flags |= flags
        if (fresh & F_EXERCISED) c.exercised++
        if (fresh & F_ARMED) c.drills++
        if (fresh & F_MISSED_OR_LATE) c.missedOrLateDrills++
        if (fresh & F_WRONG_ROLE) c.wrongRoleDrills++
        if (fresh & F_OUT_OF_ORDER) c.outOfOrderDrills++
        if (!armed) continue
        c.armed++
        const cc = b.cap(x.capability)
        cc.armed++
        countStatus(c, x.status)
        countStatus(cc, x.status)
        if (late !== null) c.lateness.push(late)
        if (x.status === 'wrong-role' && x.doneBy !== null) c.wrongRoles.set(x.doneBy, (c.wrongRoles.get(x.doneBy) ?? 0) + 1)
      }
    }
  }

  /** Lateness in ms: from `lateBy` (cached, the same texts recur), else due → doneAt. */
  private lateness(lateBy: string | null, due: string | null, doneAt: string | null): number | null {
    if (lateBy !== null) {
      let ms = this.lateCache.get(lateBy)
      if (ms === undefined) {
        const d = parseDuration(lateBy)
        ms = 'error' in d || d.months !== 0 || d.workingDays !== 0 ? null : d.ms
        this.lateCache.set(lateBy, ms)
      }
      if (ms !== null) return ms
    }
    if (due !== null && doneAt !== null) {
      const a = parseIsoDateTime(due)
      const b = parseIsoDateTime(doneAt)
      if (!('error' in a) && !('error' in b) && b.epochMs > a.epochMs) return b.epochMs - a.epochMs
    }
    return null
  }
}

type StatusTally = { onTime: number; late: number; missed: number; wrongRole: number; outOfOrder: number }

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES)

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function nonEmpty(x: unknown): boolean {
  return typeof x === 'string' && x.length > 0
}

function isBilingual(x: unknown): boolean {
  return isObj(x) && typeof x.zh === 'string' && typeof x.en === 'string'
}

function isScore(x: unknown): boolean {
  return typeof x === 'number' && x >= 0 && x <= 100
}

function isRating(x: unknown): boolean {
  return x === 'P' || x === 'S' || x === 'M' || x === 'U'
}

function isIsoOrNull(x: unknown): boolean {
  return x === null || (typeof x === 'string' && ISO_OFFSET.test(x))
}

function isStringOrNull(x: unknown): boolean {
  return x === null || typeof x === 'string'
}

function countStatus(c: StatusTally, s: ExpectationStatus): void {
  if (s === 'on-time') c.onTime++
  else if (s === 'late') c.late++
  else if (s === 'missed') c.missed++
  else if (s === 'wrong-role') c.wrongRole++
  else if (s === 'out-of-order') c.outOfOrder++
}

function finishPlan(p: PlanAcc, options: ReviewOptions): PlanReview {
  const def = options.plans?.get(p.id)?.definition
  const order = expectationOrder(p, def, options.role)
  const metaOf = (id: string) => describeExpectation(id, p, def)
  const roleName = (id: string): Bilingual => def?.roles.find((r) => r.id === id)?.name ?? { zh: id, en: id }

  const expectations = order.map((id) => expectationReview(id, p.total.expectations.get(id), metaOf(id)))
  const capIds = capabilityOrder(p, def)
  const capabilities = capIds.map((id) => capabilityReview(id, p.total.capabilities.get(id), def?.capabilities.find((c) => c.id === id)?.name ?? p.capNames.get(id) ?? { zh: id, en: id }))

  const periodKeys = [...p.periods.keys()].sort(cmp)
  const periods: PeriodReview[] = periodKeys.map((key) => {
    const b = p.periods.get(key) as Bucket
    return {
      period: key,
      kind: key.length === 4 ? 'year' : 'quarter',
      drills: b.drills,
      participants: b.participants.size,
      meanScore: mean(b.scoreTenths, b.drills),
      histogram: [...b.histogram],
      ratings: { ...b.ratings },
      expectations: order.filter((id) => b.expectations.has(id)).map((id) => {
        const c = b.expectations.get(id) as ExpCounts
        return { id, drills: c.drills, ...statusCounts(c) }
      }),
      capabilities: capIds.filter((id) => b.capabilities.get(id)?.drills).map((id) => {
        const c = b.capabilities.get(id) as CapCounts
        return { id, drills: c.drills, meanScore: mean(c.scoreTenths, c.drills), ratings: { ...c.ratings } }
      }),
    }
  })

  const years = periodKeys.filter((k) => k.length === 4)
  const yearOverYear: YearOverYear[] = []
  for (let i = 1; i < years.length; i++) {
    const a = p.periods.get(years[i - 1] as string) as Bucket
    const b = p.periods.get(years[i] as string) as Bucket
    const ma = mean(a.scoreTenths, a.drills)
    const mb = mean(b.scoreTenths, b.drills)
    yearOverYear.push({
      from: years[i - 1] as string,
      to: years[i] as string,
      meanScore: { from: ma, to: mb, change: ma !== null && mb !== null ? round1(mb - ma) : null },
      expectations: order.filter((id) => a.expectations.get(id)?.armed || b.expectations.get(id)?.armed).map((id) => {
        const ra = failureRate(a.expectations.get(id))
        const rb = failureRate(b.expectations.get(id))
        return { id, from: ra, to: rb, change: ra !== null && rb !== null ? round3(rb - ra) : null }
      }),
    })
  }

  const coverageGaps = order
    .filter((id) => (p.total.expectations.get(id)?.exercised ?? 0) === 0)
    .map((id) => {
      const m = metaOf(id)
      return { expectation: id, clause: m.clause, critical: m.critical }
    })

  const ran = new Set(p.scenarios.keys())
  const shipped = (options.scenarios ?? []).filter((s) => s.plan === p.id)
  const neverRun = [...new Set(shipped.filter((s) => !ran.has(s.id)).map((s) => s.id))].sort(cmp)

  const recommendations = recommend({ p, def, expectations, coverageGaps, yearOverYear, neverRun, shipped, metaOf, roleName })

  return {
    id: p.id,
    version: def?.version ?? p.version,
    title: def ? { zh: def.title.zh, en: def.title.en } : (p.title ?? { zh: p.id, en: p.id }),
    drills: p.total.drills,
    participants: p.total.participants.size,
    meanScore: mean(p.total.scoreTenths, p.total.drills),
    histogram: [...p.total.histogram],
    ratings: { ...p.total.ratings },
    firstDrill: p.firstDrill,
    lastDrill: p.lastDrill,
    scenarios: [...p.scenarios.entries()].sort((a, b) => cmp(a[0], b[0])).map(([id, drills]) => ({ id, drills })),
    scenariosNeverRun: neverRun,
    expectations,
    capabilities,
    periods,
    yearOverYear,
    coverageGaps,
    recommendations,
  }
}

interface Described {
  text: Bilingual
  capability: string
  critical: boolean
  optional: boolean
  role: string
  clause: string
  clauses: string[]
}

function describeExpectation(id: string, p: PlanAcc, def: PlanDefinition | undefined): Described {
  const m = p.meta.get(id)
  const d = def?.expectations.find((x) => x.id === id)
  // Clauses cited in the drills, most cited first; the plan's own (all levels) when none was cited.
  const cited = m ? [...m.clauses.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([c]) => c) : []
  const own = d ? allLevelValues(d.clause).filter((c) => c !== '') : []
  const fallback = m !== undefined && m.anyClause !== '' ? [m.anyClause] : []
  const clauses = [...new Set([...cited, ...own, ...(own.length === 0 ? fallback : [])])]
  const clause = cited[0] ?? own[0] ?? fallback[0] ?? ''
  return {
    text: d ? { zh: d.text.zh, en: d.text.en } : (m?.text ?? { zh: id, en: id }),
    capability: d?.capability ?? m?.capability ?? '',
    critical: d ? everCritical(d) : (m?.critical ?? false),
    optional: d ? d.optional === true : (m?.optional ?? false),
    role: d ? (allLevelValues(d.roles)[0]?.[0] ?? m?.role ?? '') : (m?.role ?? ''),
    clause,
    clauses: [...clauses].sort(cmp),
  }
}

function expectationOrder(p: PlanAcc, def: PlanDefinition | undefined, role: string | undefined): string[] {
  // With a role filter, `meta` holds only that role's steps; the plan adds those it assigns to the role at any level.
  const seen = [...p.meta.keys()].sort(cmp)
  if (!def) return seen
  const own = def.expectations.filter((e) => role === undefined || allLevelValues(e.roles).some((rs) => (rs as readonly string[]).includes(role)) || p.meta.has(e.id)).map((e) => e.id as string)
  const known = new Set(own)
  return [...own, ...seen.filter((id) => !known.has(id))]
}

function capabilityOrder(p: PlanAcc, def: PlanDefinition | undefined): string[] {
  const seen = [...new Set([...p.total.capabilities.keys(), ...p.capNames.keys()])].sort(cmp)
  if (!def) return seen
  const own = def.capabilities.map((c) => c.id as string)
  const known = new Set(own)
  return [...own, ...seen.filter((id) => !known.has(id))]
}

function statusCounts(c: { armed: number } & StatusTally): StatusCounts {
  return {
    armed: c.armed,
    onTime: c.onTime,
    late: c.late,
    missed: c.missed,
    wrongRole: c.wrongRole,
    outOfOrder: c.outOfOrder,
    failureRate: c.armed > 0 ? round3((c.late + c.missed + c.wrongRole + c.outOfOrder) / c.armed) : null,
  }
}

function failureRate(c: ExpCounts | undefined): number | null {
  return c && c.armed > 0 ? round3((c.late + c.missed + c.wrongRole + c.outOfOrder) / c.armed) : null
}

function expectationReview(id: string, c: ExpCounts | undefined, m: Described): ExpectationReview {
  const counts = c ?? new ExpCounts()
  const sorted = Float64Array.from(counts.lateness).sort()
  const median = sorted.length === 0 ? null : Math.round(sorted.length % 2 === 1 ? (sorted[(sorted.length - 1) / 2] as number) : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2)
  const worst = sorted.length === 0 ? null : (sorted[sorted.length - 1] as number)
  return {
    id,
    clause: m.clause,
    clauses: m.clauses,
    text: m.text,
    capability: m.capability,
    critical: m.critical,
    optional: m.optional,
    drills: counts.drills,
    exercised: counts.exercised,
    ...statusCounts(counts),
    missedOrLateDrills: counts.missedOrLateDrills,
    wrongRoleDrills: counts.wrongRoleDrills,
    outOfOrderDrills: counts.outOfOrderDrills,
    medianLateBy: median === null ? null : formatDuration(median),
    worstLateBy: worst === null ? null : formatDuration(worst),
    medianLateMs: median,
    worstLateMs: worst,
    wrongRoles: [...counts.wrongRoles.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([role, count]) => ({ role, count })),
  }
}

function capabilityReview(id: string, c: CapCounts | undefined, name: Bilingual): CapabilityReview {
  const counts = c ?? new CapCounts()
  return { id, name: { zh: name.zh, en: name.en }, drills: counts.drills, meanScore: mean(counts.scoreTenths, counts.drills), ratings: { ...counts.ratings }, ...statusCounts(counts) }
}

interface RecommendInput {
  p: PlanAcc
  def: PlanDefinition | undefined
  expectations: readonly ExpectationReview[]
  coverageGaps: PlanReview['coverageGaps']
  yearOverYear: readonly YearOverYear[]
  neverRun: readonly string[]
  shipped: NonNullable<ReviewOptions['scenarios']>
  metaOf: (id: string) => Described
  roleName: (id: string) => Bilingual
}

function recommend(r: RecommendInput): Recommendation[] {
  const T = REVIEW_THRESHOLDS
  const out: Recommendation[] = []
  for (const x of r.expectations) {
    if (x.drills < T.minDrills) continue
    const m = r.metaOf(x.id)
    const name = x.text
    const base = { expectation: x.id, clause: x.clause, critical: x.critical }
    const statuses = { onTime: x.onTime, late: x.late, missed: x.missed, wrongRole: x.wrongRole, outOfOrder: x.outOfOrder }
    const failShare = round3(x.missedOrLateDrills / x.drills)
    if (failShare >= T.train) {
      const kind: RecommendationKind = failShare < T.rewrite ? 'train' : x.late >= x.missed ? 'revise' : 'clarify'
      const evidence: RecommendationEvidence = { drills: x.drills, count: x.missedOrLateDrills, share: failShare, statuses, medianLateBy: x.medianLateBy, worstLateBy: x.worstLateBy }
      out.push({ kind, ...base, evidence, text: failureText(kind, name, r.roleName(m.role), x, failShare) })
    }
    const wrongShare = round3(x.wrongRoleDrills / x.drills)
    if (wrongShare >= T.clarifyRoles) {
      const top = x.wrongRoles[0]
      const who = top ? r.roleName(top.role) : null
      const want = r.roleName(m.role)
      out.push({
        kind: 'clarify-roles',
        ...base,
        evidence: { drills: x.drills, count: x.wrongRoleDrills, share: wrongShare, statuses, wrongRoles: x.wrongRoles },
        text: {
          zh: `「${name.zh}」在 ${x.drills} 次演练中有 ${x.wrongRoleDrills} 次由预案未指定的角色完成（${pct(wrongShare)}${who ? `，多为${who.zh}` : ''}），预案规定由${want.zh}负责。预案的职责分工可能不清晰：建议在条文中明确责任主体及交接方式。依据 ${x.clause}。`,
          en: `"${name.en}" was done by a role the plan does not assign in ${x.wrongRoleDrills} of ${x.drills} drills (${pct(wrongShare)}${who ? `, mostly ${who.en}` : ''}); the plan assigns it to ${want.en}. The role assignment looks unclear: state who is responsible and how work is handed over. Clause ${x.clause}.`,
        },
      })
    }
    const orderShare = round3(x.outOfOrderDrills / x.drills)
    if (orderShare >= T.clarifyOrder) {
      out.push({
        kind: 'clarify-order',
        ...base,
        evidence: { drills: x.drills, count: x.outOfOrderDrills, share: orderShare, statuses },
        text: {
          zh: `「${name.zh}」在 ${x.drills} 次演练中有 ${x.outOfOrderDrills} 次先于其前置步骤完成（${pct(orderShare)}）。建议在预案中明确步骤先后顺序（如附流程图）。依据 ${x.clause}。`,
          en: `"${name.en}" was done before a step the plan puts first in ${x.outOfOrderDrills} of ${x.drills} drills (${pct(orderShare)}). Make the order of steps explicit in the plan (e.g. with a flow chart). Clause ${x.clause}.`,
        },
      })
    }
  }
  // Worsening year over year (latest comparison in which the step had enough drills in both years).
  const byId = new Map(r.expectations.map((x) => [x.id, x]))
  const watched = new Set<string>()
  for (let i = r.yearOverYear.length - 1; i >= 0; i--) {
    const y = r.yearOverYear[i] as YearOverYear
    const a = r.p.periods.get(y.from) as Bucket
    const b = r.p.periods.get(y.to) as Bucket
    for (const e of y.expectations) {
      if (watched.has(e.id) || e.change === null || e.from === null || e.to === null || e.change < T.worsening) continue
      if ((a.expectations.get(e.id)?.drills ?? 0) < T.minDrillsPerYear || (b.expectations.get(e.id)?.drills ?? 0) < T.minDrillsPerYear) continue
      watched.add(e.id)
      const x = byId.get(e.id) as ExpectationReview
      const drills = b.expectations.get(e.id)?.drills ?? 0
      const failed = b.expectations.get(e.id)?.missedOrLateDrills ?? 0
      out.push({
        kind: 'watch',
        expectation: e.id,
        clause: x.clause,
        critical: x.critical,
        evidence: { drills, count: failed, share: round3(drills > 0 ? failed / drills : 0), years: { from: y.from, to: y.to, fromRate: e.from, toRate: e.to } },
        text: {
          zh: `「${x.text.zh}」的失败率由 ${y.from} 年的 ${pct(e.from)} 升至 ${y.to} 年的 ${pct(e.to)}（上升 ${pct(e.change)}）。建议查明原因（人员变动、流程变化等）并安排复训。依据 ${x.clause}。`,
          en: `The failure rate of "${x.text.en}" rose from ${pct(e.from)} in ${y.from} to ${pct(e.to)} in ${y.to} (up ${pct(e.change)}). Find out why (staff turnover, changed procedures…) and re-train. Clause ${x.clause}.`,
        },
      })
    }
  }
  for (const g of r.coverageGaps) {
    const m = r.metaOf(g.expectation)
    out.push({
      kind: 'add-scenario',
      expectation: g.expectation,
      clause: g.clause,
      critical: g.critical,
      evidence: { drills: r.p.total.drills, count: 0, share: 0 },
      text: {
        zh: `「${m.text.zh}」在所评期间的 ${r.p.total.drills} 次演练中从未被触发，该条款未经演练检验。建议新增或调整演练场景以覆盖该条款。依据 ${g.clause}。`,
        en: `"${m.text.en}" was never reached in the ${r.p.total.drills} drills of the period, so this clause is untested. Add or adapt a scenario that exercises it. Clause ${g.clause}.`,
      },
    })
  }
  for (const id of r.neverRun) {
    const title = r.shipped.find((s) => s.id === id && s.title !== undefined)?.title
    out.push({
      kind: 'run-scenario',
      expectation: null,
      clause: null,
      critical: false,
      evidence: { drills: r.p.total.drills, count: 0, share: 0, scenario: id },
      text: {
        zh: `场景「${title?.zh ?? id}」（${id}）在所评期间从未演练。建议将其纳入下一年度演练计划。`,
        en: `Scenario "${title?.en ?? id}" (${id}) was never run in the period. Include it in next year's drill programme.`,
      },
    })
  }
  const rank = (k: RecommendationKind) => RECOMMENDATION_KINDS.indexOf(k)
  return out.sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      Number(b.critical) - Number(a.critical) ||
      b.evidence.share - a.evidence.share ||
      cmp(a.expectation ?? a.evidence.scenario ?? '', b.expectation ?? b.evidence.scenario ?? ''),
  )
}

function failureText(kind: RecommendationKind, name: Bilingual, role: Bilingual, x: ExpectationReview, share: number): Bilingual {
  const lateZh = x.medianLateBy !== null ? `，超时中位数 ${x.medianLateBy}、最长 ${x.worstLateBy}` : ''
  const lateEn = x.medianLateBy !== null ? `; median lateness ${x.medianLateBy}, worst ${x.worstLateBy}` : ''
  const factsZh = `「${name.zh}」在 ${x.drills} 次演练中有 ${x.missedOrLateDrills} 次超时或未完成（${pct(share)}；未完成 ${x.missed} 次、超时 ${x.late} 次${lateZh}）。`
  const factsEn = `"${name.en}" was late or missed in ${x.missedOrLateDrills} of ${x.drills} drills (${pct(share)}; missed ${x.missed}, late ${x.late}${lateEn}).`
  switch (kind) {
    case 'revise':
      return {
        zh: `${factsZh}多数演练均未能在时限内完成，时限或所需资源可能不切实际：建议复核并修订该条款的时限或资源安排。依据 ${x.clause}。`,
        en: `${factsEn} Most drills could not meet the time limit, which may be unrealistic: review and revise the clause's time limit or the resources behind it. Clause ${x.clause}.`,
      }
    case 'clarify':
      return {
        zh: `${factsZh}多数演练遗漏了该步骤，条文可能未写清触发条件或具体做法：建议修订条文予以明确，并在演练前组织宣贯。依据 ${x.clause}。`,
        en: `${factsEn} Most drills left the step out; the clause may not make its trigger or method clear: reword it and brief staff before the next drill. Clause ${x.clause}.`,
      }
    default:
      return {
        zh: `${factsZh}建议对${role.zh}开展该步骤的专项培训，并在下次演练中复练。依据 ${x.clause}。`,
        en: `${factsEn} Train ${role.en} on this step and drill it again. Clause ${x.clause}.`,
      }
  }
}

function mergeMeta(m: ExpMeta, text: Bilingual, capability: string, critical: boolean, optional: boolean, role: string, clause: string): void {
  if (clause !== m.anyClause && clause !== '' && (m.anyClause === '' || clause < m.anyClause)) m.anyClause = clause
  if (text !== m.text && (text.zh !== m.text.zh || text.en !== m.text.en)) m.text = minText(m.text, text)
  if (capability < m.capability) m.capability = capability
  if (critical) m.critical = true
  if (optional) m.optional = true
  if (role !== m.role && role !== '' && (m.role === '' || role < m.role)) m.role = role
}

function minText(a: Bilingual, b: Bilingual): Bilingual {
  if (a === b) return a
  return cmp(a.zh, b.zh) < 0 || (a.zh === b.zh && cmp(a.en, b.en) <= 0) ? a : b
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n)
}

function addRatings(into: Counter, from: Counter): void {
  for (const r of ['P', 'S', 'M', 'U'] as const satisfies readonly RatingId[]) into[r] += from[r]
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`)
  return shown.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '')
}

function contentKey(input: ReviewInput): string {
  try {
    return `${input.problem ?? ''}\u0000${JSON.stringify(input.data) ?? ''}`
  } catch {
    return input.problem ?? ''
  }
}

function mean(tenths: number, n: number): number | null {
  return n > 0 ? round1(tenths / 10 / n) : null
}

function round1(x: number): number {
  return Math.round(x * 10) / 10
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
