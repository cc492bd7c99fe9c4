/** What a running drill shows a participant: clock, phase, level, delivered injects, and (as hints) armed obligations. */
import type { DrillSession } from './drillRunner.ts'
import type { Inject } from './scenario.ts'
import { atLevel, PHASES } from './model.ts'
import type { ExpectationDef, PhaseId } from './model.ts'
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
}

export interface DrillView {
  readonly now: SimTime
  readonly nowIso: string
  readonly ended: boolean
  readonly level: string | null
  readonly phase: PhaseId
  /** Injects delivered so far, newest last. */
  readonly delivered: readonly Inject[]
  /** When the next inject or timer falls, or null. */
  readonly nextEventAt: SimTime | null
  readonly obligations: readonly ObligationView[]
  readonly actionCount: number
}

/** A participant-facing projection of the drill; components render it and never compute deadlines themselves. */
export function selectDrillView(drill: DrillSession): DrillView {
  const now = drill.now
  const defs = new Map(drill.definition.expectations.map((e) => [e.id as string, e]))
  const obligations: ObligationView[] = drill.obligations().map((o) => {
    const exp = defs.get(o.expectation) as ExpectationDef
    const status: ObligationView['status'] =
      o.done !== null ? 'done' : o.status === 'wrong-role' || o.wrongRole.length > 0 ? 'wrong-role' : o.status === 'missed' ? 'overdue' : 'open'
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
    }
  }).filter((o) => o.ledgerStatus !== 'not-applicable' || o.status === 'done')
  return {
    now,
    nowIso: drill.timeline.iso(now),
    ended: drill.isEnded,
    level: drill.context.level,
    phase: currentPhase(drill, obligations),
    delivered: drill.delivered,
    nextEventAt: drill.nextEventTime(),
    obligations,
    actionCount: drill.actions.length,
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
