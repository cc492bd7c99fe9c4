/** What a running drill shows a participant: clock, phase, level, delivered injects, and (as hints) armed obligations. */
import type { DrillSession } from './drillRunner.ts'
import type { Inject } from './scenario.ts'
import { allLevelValues, atLevel, mayAct, PHASES } from './model.ts'
import type { ExpectationDef, PhaseId, PlanDefinition } from './model.ts'
import type { Obligation } from './ledger.ts'
import type { SimTime } from './types.ts'

export interface ObligationView {
  readonly key: string
  readonly id: string
  readonly occurrence: number
  readonly action: string
  readonly roles: readonly string[]
  readonly phase: PhaseId
  readonly critical: boolean
  readonly optional: boolean
  readonly clause: string
  readonly armedAt: SimTime
  /** Null while open-ended or while its trigger has not happened. */
  readonly due: SimTime | null
  readonly status: 'open' | 'overdue' | 'done' | 'wrong-role'
  readonly doneAt: SimTime | null
  /** The ledger's own status now (final once the drill has ended). */
  readonly ledgerStatus: Obligation['status']
  /** Whether the participant may meet it: the played role may act on it (`mayAct`), or always for the whole organisation. */
  readonly mine: boolean
}

export interface DrillView {
  readonly now: SimTime
  readonly nowIso: string
  readonly ended: boolean
  /** The level in force; null before any grading, or while `levelHidden`. */
  readonly level: string | null
  /**
   * True while the participant has a grading still to make (an armed, not yet met duty that declares the level, which
   * they may meet): the level is withheld so the view does not give the answer away. Only with `DrillViewOptions`.
   */
  readonly levelHidden: boolean
  readonly phase: PhaseId
  /** Injects delivered so far, newest last. */
  readonly delivered: readonly Inject[]
  /** When the next inject or timer falls, or null. */
  readonly nextEventAt: SimTime | null
  readonly obligations: readonly ObligationView[]
  /** Actions the participants took (the autopilot's, in solo practice, are not counted). */
  readonly actionCount: number
}

/** A participant's view (practice), as opposed to the trainer's: the level is withheld until they have graded it. */
export interface DrillViewOptions {
  /** The role a solo trainee plays (the autopilot plays the others), or null: the whole organisation. */
  readonly playedAs: string | null
}

/**
 * A participant-facing projection of the drill; components render it and never compute deadlines themselves.
 * Without `options` (the trainer's console, the projector) every duty is `mine` and the level is never hidden.
 */
export function selectDrillView(drill: DrillSession, options?: DrillViewOptions): DrillView {
  const now = drill.now
  const plan = drill.definition
  const defs = new Map(plan.expectations.map((e) => [e.id as string, e]))
  const playedAs = options?.playedAs ?? null
  let levelHidden = false
  const obligations: ObligationView[] = drill.obligations().map((o) => {
    const exp = defs.get(o.expectation) as ExpectationDef
    const status: ObligationView['status'] =
      o.done !== null ? 'done' : o.status === 'wrong-role' || o.wrongRole.length > 0 ? 'wrong-role' : o.status === 'missed' ? 'overdue' : 'open'
    const mine = playedAs === null || mayAct(plan, o.roles, playedAs)
    if (options && mine && exp.declaresLevel === true && o.done === null && o.status !== 'not-applicable' && o.armedAt <= now) levelHidden = true
    return {
      key: o.key,
      id: o.expectation,
      occurrence: o.occurrence,
      action: exp.action,
      roles: o.roles,
      phase: exp.phase,
      critical: o.critical,
      optional: exp.optional === true,
      clause: atLevel(exp.clause, o.level) ?? '',
      armedAt: o.armedAt,
      due: o.due,
      status,
      doneAt: o.done?.at ?? null,
      ledgerStatus: o.status,
      mine,
    }
  }).filter((o) => o.ledgerStatus !== 'not-applicable' || o.status === 'done')
  if (drill.isEnded || plan.levels.length === 0) levelHidden = false
  return {
    now,
    nowIso: drill.timeline.iso(now),
    ended: drill.isEnded,
    level: levelHidden ? null : drill.context.level,
    levelHidden,
    phase: currentPhase(drill, obligations),
    delivered: drill.delivered,
    nextEventAt: drill.nextEventTime(),
    obligations,
    actionCount: drill.actions.filter((a) => a.source !== 'autopilot').length,
  }
}

/** What an entry form offers for an action besides role and note: recipients and a declared level, when a duty it meets asks for them. */
export interface ActionFields {
  /** Some duty this action meets names recipients (at some level): offer a choice of recipients. */
  readonly recipients: boolean
  /** Some duty this action meets declares the level (a grading or warning): offer the plan's levels. */
  readonly declaresLevel: boolean
}

export function actionFields(plan: PlanDefinition, action: string): ActionFields {
  const exps = plan.expectations.filter((e) => e.action === action)
  return {
    recipients: exps.some((e) => e.recipients !== undefined && allLevelValues(e.recipients).some((r) => r.length > 0)),
    declaresLevel: plan.levels.length > 0 && exps.some((e) => e.declaresLevel === true),
  }
}

// --- internal ---

/** The phase named by the active states' `meta.phase` (the latest phase wins), else that of the earliest open obligation. */
function currentPhase(drill: DrillSession, obligations: readonly ObligationView[]): PhaseId {
  const order = PHASES.map((p) => p.id)
  const meta = (drill.snapshot as { getMeta?: () => Record<string, { phase?: string } | undefined> }).getMeta?.()
  let best = -1
  if (meta) for (const m of Object.values(meta)) if (m?.phase) best = Math.max(best, order.indexOf(m.phase as PhaseId))
  if (best >= 0) return order[best] as PhaseId
  const open = obligations.filter((o) => o.status !== 'done' && !o.optional)
  return open.length > 0 ? open.reduce((a, b) => (order.indexOf(b.phase) < order.indexOf(a.phase) ? b : a)).phase : 'initial'
}
