/** The plan model shared by every plan: roles, actions, capabilities, parameters, severity rules, events and expectations. */
import type { AnyStateMachine } from 'xstate'
import type { Condition } from './condition.ts'
import type { ScenarioRecipe } from './generator.ts'
import type { ActionId, Bilingual, CapabilityId, ExpectationId, LevelId, PlanId, RoleId } from './types.ts'

export type PhaseId = 'initial' | 'response' | 'recovery' | 'post'

export const PHASES: readonly { readonly id: PhaseId; readonly name: Bilingual }[] = [
  { id: 'initial', name: { zh: '先期处置', en: 'Initial response' } },
  { id: 'response', name: { zh: '应急处置', en: 'Emergency response' } },
  { id: 'recovery', name: { zh: '恢复', en: 'Recovery' } },
  { id: 'post', name: { zh: '后期处置', en: 'Post-incident' } },
]

export interface RoleDef {
  readonly id: RoleId
  readonly name: Bilingual
  /** Participants cannot play external bodies (regulator, media, customers); they only receive. */
  readonly external?: boolean
  readonly clause?: string
}

export interface ActionDef {
  readonly id: ActionId
  readonly name: Bilingual
}

export interface CapabilityDef {
  readonly id: CapabilityId
  readonly name: Bilingual
}

export type ParamValue = number | string | boolean | readonly string[]

export type ParamKind = 'duration' | 'number' | 'integer' | 'string' | 'string-list' | 'boolean'

export interface ParamDef {
  readonly id: string
  readonly kind: ParamKind
  readonly default: ParamValue
  /** `source`: the value is written in the seed; `default`: the seed leaves it open and the project chose it. */
  readonly origin: 'source' | 'default'
  readonly text: Bilingual
  readonly clause?: string
  readonly min?: number
  readonly max?: number
  /** For `string-list`: the allowed items. */
  readonly values?: readonly string[]
}

export type ResolvedParams = Readonly<Record<string, ParamValue>>

export interface LevelDef {
  readonly id: LevelId
  readonly name: Bilingual
  /** Higher is more severe; levels only ever rise during a drill. */
  readonly rank: number
  readonly clause: string
}

export interface SeverityRule {
  readonly level: LevelId
  readonly when: Condition
  readonly clause: string
  readonly text: Bilingual
  readonly projectRule?: string
}

export interface SeverityModel {
  /** `highest`: every rule that matches is a candidate and the most severe wins; `first`: the first matching rule wins. */
  readonly combine: 'highest' | 'first'
  readonly rules: readonly SeverityRule[]
  /** Level when no rule matches. */
  readonly otherwise: LevelId
  readonly projectRule?: string
}

export type EventFieldKind = 'integer' | 'number' | 'boolean' | 'string' | 'enum' | 'enum-list' | 'offset'

export interface EventField {
  readonly kind: EventFieldKind
  readonly required?: boolean
  readonly min?: number
  readonly max?: number
  readonly values?: readonly string[]
  readonly text?: Bilingual
}

export interface EventDef {
  readonly id: string
  readonly name: Bilingual
  readonly fields: Readonly<Record<string, EventField>>
  /** Carries facts for participants but no rule of its own (pr-all-10): no transition is expected to handle it. */
  readonly informational?: boolean
  /** Cross-field checks on data that already has the right field types; each problem names its field. */
  readonly refine?: (data: Readonly<Record<string, unknown>>) => readonly { readonly field: string; readonly message: string }[]
}

/** A value that differs by the plan's level; `otherwise` covers levels not listed (and plans without levels). */
export type ByLevel<T> = T | { readonly byLevel: Readonly<Partial<Record<string, T>>>; readonly otherwise?: T }

/**
 * A duration literal (`2h`), the id of a duration parameter (`{ param: 'emergencyReportWithinMajor' }`), or a fact
 * injected by the scenario (`{ fact: 'replyBy' }`, e.g. a regulator's reply deadline counted from its inquiry).
 */
export type DurationRef = string | { readonly param: string } | { readonly fact: string }

/**
 * What a deadline runs from (see the README's "Deadline anchors"):
 * - `{ armed: true }` (the default): the moment the duty was armed, i.e. the event, action or level change that made
 *   it necessary (the obligation records which);
 * - `{ expectation }` (or the bare id): when that step was performed, or its deadline if it never was (pr-all-03),
 *   but never before the duty itself was armed (a measure a later update makes necessary runs from that update);
 * - `{ event }`: the latest delivery of that scenario event at or before the arming (e.g. discovery, 「事发后」);
 * - `{ level: true }`: the moment the level in force at the arming was reached.
 */
export type Anchor =
  | { readonly armed: true }
  | { readonly expectation: ExpectationId }
  | { readonly event: string }
  | { readonly level: true }

/** Another duty one act of this expectation also discharges (「全面启动」 covers 「启动部分流程」), with the clause that says so. */
export interface Cover {
  readonly expectation: ExpectationId
  readonly clause: string
}

/** A role that acts for another (a group's leader for the group, a department named as the reporter for 「相关部门」). */
export interface ActsFor {
  readonly role: RoleId
  readonly for: RoleId
  readonly clause: string
}

export interface ExpectationDef {
  readonly id: ExpectationId
  readonly action: ActionId
  /** Roles whose action satisfies the expectation; the first is the one the plan names. */
  readonly roles: ByLevel<readonly RoleId[]>
  readonly capability: CapabilityId
  readonly phase: PhaseId
  /** Deadline after the trigger. Absent: due when the state that armed it is left (or at the drill's end). */
  readonly within?: ByLevel<DurationRef>
  /** What the deadline runs from (see `Anchor`); a bare id is `{ expectation: id }`. Absent: the moment it is armed. */
  readonly from?: ExpectationId | Anchor
  /** Other duties one act of this also discharges (open occurrences armed by then), each with its clause. */
  readonly covers?: readonly Cover[]
  /**
   * On a level rise that re-arms a duty already met: `carry` (default) keeps it met unless the new level adds a body
   * (the one who met it may not act at the new level) or recipients (owed anew to those only); `renew` always owes it again.
   */
  readonly onRise?: 'carry' | 'renew'
  /** The action declares a level (action log `level`): a level other than the computed one is `wrong-level` (pr-all-04). */
  readonly declaresLevel?: boolean
  /** The end of handling: done while a step in `after` is still open is ending early (an improvement finding). */
  readonly endsHandling?: boolean
  /** Scenario events that make an open, not yet overdue occurrence not applicable (e.g. `incident.closed` for a declared end). */
  readonly dischargedBy?: readonly string[]
  /** Recurring obligation while the arming state stays active: first due one interval after arming. */
  readonly every?: ByLevel<DurationRef>
  /** Ordering: the first performance of this must not precede the first performance of each of these. */
  readonly after?: readonly ExpectationId[]
  readonly critical: ByLevel<boolean>
  readonly weight?: number
  /** Optional steps (「酌情」, 「可」) are never penalised when absent and carry no weight. */
  readonly optional?: boolean
  /** Clause citation, e.g. `001 第十二条(一)`. */
  readonly clause: ByLevel<string>
  readonly text: Bilingual
  /** The seed's own wording, verbatim. */
  readonly quote?: ByLevel<string>
  /** Project rules (not in source) this expectation relies on. */
  readonly projectRules?: readonly string[]
  /** Who receives it, for reports. */
  readonly recipients?: ByLevel<readonly RoleId[]>
}

export interface ProjectRule {
  readonly id: string
  readonly topic: Bilingual
  readonly rule: Bilingual
}

export interface PlanSource {
  readonly seed: string
  readonly title: string
  readonly clauseScheme: string
}

export interface PlanDefinition {
  readonly id: PlanId
  readonly version: string
  readonly title: Bilingual
  readonly summary: Bilingual
  readonly source: PlanSource
  readonly roles: readonly RoleDef[]
  readonly actions: readonly ActionDef[]
  readonly capabilities: readonly CapabilityDef[]
  readonly params: readonly ParamDef[]
  readonly levels: readonly LevelDef[]
  readonly severity?: SeverityModel
  readonly events: readonly EventDef[]
  readonly expectations: readonly ExpectationDef[]
  readonly projectRules: readonly ProjectRule[]
  /** Who acts for whom (a role may meet any duty of the role it acts for). */
  readonly actsFor?: readonly ActsFor[]
  /** Recipes for the seeded scenario generator (`plandrill generate`). */
  readonly recipes?: readonly ScenarioRecipe[]
}

/** A plan as the engine runs it: its data and its statechart. */
export interface Plan {
  readonly definition: PlanDefinition
  readonly machine: AnyStateMachine
}

export interface PlanRegistry {
  get(id: string): Plan | undefined
  ids(): readonly string[]
}

export function createRegistry(plans: readonly Plan[]): PlanRegistry {
  const byId = new Map(plans.map((p) => [p.definition.id as string, p]))
  return { get: (id) => byId.get(id), ids: () => [...byId.keys()] }
}

/** Resolves a level-dependent value; `level` null means "no level yet / plan without levels". */
export function atLevel<T>(value: ByLevel<T>, level: string | null): T | undefined {
  if (isByLevel(value)) {
    const hit = level !== null ? value.byLevel[level] : undefined
    return hit !== undefined ? hit : value.otherwise
  }
  return value
}

export function isByLevel<T>(value: ByLevel<T>): value is { readonly byLevel: Readonly<Partial<Record<string, T>>>; readonly otherwise?: T } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'byLevel' in value
}

/** Every value a level-dependent field can take, for analysis and documentation. */
export function allLevelValues<T>(value: ByLevel<T>): T[] {
  if (!isByLevel(value)) return [value]
  const out = Object.values(value.byLevel).filter((v): v is T => v !== undefined)
  if (value.otherwise !== undefined) out.push(value.otherwise)
  return out
}

/** The one rule for who may meet a duty: a role the plan assigns it to, or one that acts for such a role (`actsFor`). */
export function mayAct(plan: PlanDefinition, roles: readonly string[], role: string): boolean {
  if (roles.includes(role)) return true
  for (const a of plan.actsFor ?? []) if (a.role === role && roles.includes(a.for)) return true
  return false
}

/** Whether the expectation is critical at a level (null: no level yet). */
export function criticalAt(exp: ExpectationDef, level: string | null): boolean {
  return atLevel(exp.critical, level) === true
}

/** Whether the expectation is critical at some level (for documentation and reviews). */
export function everCritical(exp: ExpectationDef): boolean {
  return allLevelValues(exp.critical).some((c) => c === true)
}

/** The anchor of an expectation's deadline, normalised. */
export function anchorOf(exp: ExpectationDef): Anchor {
  const f = exp.from
  if (f === undefined) return { armed: true }
  if (typeof f === 'string') return { expectation: f }
  return f
}

export function expectationById(plan: PlanDefinition, id: string): ExpectationDef {
  const e = plan.expectations.find((x) => x.id === id)
  if (!e) throw new Error(`Unknown expectation "${id}" in plan "${plan.id}"`)
  return e
}

export function levelRank(plan: PlanDefinition, level: string | null): number {
  if (level === null) return -Infinity
  const l = plan.levels.find((x) => x.id === level)
  if (!l) throw new Error(`Unknown level "${level}" in plan "${plan.id}"`)
  return l.rank
}

/** Default parameters merged with a scenario's overrides (already validated by the loader). */
export function resolveParams(plan: PlanDefinition, overrides: Readonly<Record<string, ParamValue>> = {}): ResolvedParams {
  const out: Record<string, ParamValue> = {}
  for (const p of plan.params) out[p.id] = overrides[p.id] ?? p.default
  return out
}
