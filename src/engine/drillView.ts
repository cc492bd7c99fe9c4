/** What a running drill shows a participant: clock, phase, level, delivered injects, and (as hints) armed obligations. */
import type { DrillSession } from './drillRunner.ts'
import type { Inject } from './scenario.ts'
import { atLevel, PHASES } from './model.ts'
import type { PhaseId } from './model.ts'
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
  const ledger = drill.ledger
  const now = drill.now
  const obligations: ObligationView[] = ledger.instances().map((i) => {
    const due = ledger.dueOf(i)
    const level = ledger.levelOf(i)
    const status: ObligationView['status'] = i.done !== null ? 'done' : i.wrongRole.length > 0 ? 'wrong-role' : due !== null && due < now ? 'overdue' : 'open'
    return {
      key: i.key,
      id: i.expectation.id,
      occurrence: i.seq,
      action: i.expectation.action,
      roles: ledger.rolesOf(i),
      phase: i.expectation.phase,
      critical: i.expectation.critical,
      optional: i.expectation.optional === true,
      clause: atLevel(i.expectation.clause, level) ?? '',
      armedAt: i.armedAt,
      due,
      status,
      doneAt: i.done?.at ?? null,
    }
  })
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
