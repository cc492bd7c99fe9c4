/**
 * A drill as xstate actor logic, for UIs (`useActor`/`useSelector` from @xstate/react): events move the simulated
 * clock, record actions and finish the drill; every snapshot is a new object, so selectors see each change.
 * The record it keeps (`DrillRecord`) is what gets saved: replaying it rebuilds exactly the same drill.
 */
import { fromTransition } from 'xstate'
import { DrillSession } from './drillRunner.ts'
import type { ActionInput, DrillOptions } from './drillRunner.ts'
import { createRegistry } from './model.ts'
import type { Plan } from './model.ts'
import { validateAdhocInject } from './scenario.ts'
import type { Scenario } from './scenario.ts'
import { score } from './scorer.ts'
import type { Evaluation } from './evaluation.ts'
import { simTime } from './types.ts'
import type { ActionId, RoleId, SimTime } from './types.ts'

/** Everything needed to rebuild a drill: the clock and the actions taken, nothing derived. */
export interface DrillRecord {
  readonly scenarioId: string
  readonly planId: string
  readonly now: SimTime
  readonly actions: readonly ActionInput[]
  readonly participants: readonly string[]
  readonly ended: boolean
  /** The trainer's interventions (deliver now, hold, ad-hoc inject), replayed in place among the actions. */
  readonly interventions?: readonly Intervention[]
}

/** A trainer's move on the inject script, at a simulated time, after `afterActions` actions had been taken. */
export type Intervention =
  | { readonly kind: 'deliver' | 'hold'; readonly at: SimTime; readonly afterActions: number; readonly inject: string }
  | { readonly kind: 'adhoc'; readonly at: SimTime; readonly afterActions: number; readonly inject: AdhocSpec }

/** An ad-hoc inject as the trainer wrote it (validated like a scenario's inject; without `event` it is a message only). */
export interface AdhocSpec {
  readonly id: string
  readonly event?: string
  readonly data?: Readonly<Record<string, unknown>>
  readonly from?: { readonly zh: string; readonly en: string }
  readonly to?: readonly string[]
  readonly channel?: string
  readonly message?: { readonly zh: string; readonly en: string }
}

export interface DrillState {
  readonly session: DrillSession
  readonly record: DrillRecord
  /** Increments on every change: a cheap identity for memoised selectors. */
  readonly version: number
  readonly evaluation: Evaluation | null
  /** The last refused event, e.g. an action after the end (shown, never thrown into React). */
  readonly error: string | null
}

export type DrillEvent =
  | { readonly type: 'drill.advance'; readonly to: SimTime }
  | { readonly type: 'drill.advanceBy'; readonly ms: number }
  | { readonly type: 'drill.next-inject' }
  | { readonly type: 'drill.act'; readonly role: RoleId; readonly action: ActionId; readonly note?: string }
  | { readonly type: 'drill.deliver'; readonly inject: string }
  | { readonly type: 'drill.hold'; readonly inject: string }
  | { readonly type: 'drill.adhoc'; readonly inject: AdhocSpec }
  | { readonly type: 'drill.finish' }

export interface DrillActorInput extends DrillOptions {
  readonly plan: Plan
  readonly scenario: Scenario
  /** A saved record to resume from (same clock, same actions). */
  readonly resume?: DrillRecord
  readonly participants?: readonly string[]
}

export const drillLogic = fromTransition(
  (state: DrillState, event: DrillEvent): DrillState => {
    const s = state.session
    if (s.isEnded && event.type !== 'drill.finish') return { ...state, error: 'The drill has ended.' }
    try {
      switch (event.type) {
        case 'drill.advance':
          if (event.to <= s.now) return state
          s.advanceTo(event.to)
          return bump(state, { now: s.now })
        case 'drill.advanceBy':
          if (!(event.ms > 0)) return state
          s.advanceTo(simTime(s.now + event.ms))
          return bump(state, { now: s.now })
        case 'drill.next-inject': {
          const next = s.nextEventTime()
          if (next === null) return { ...state, error: 'No more injects.' }
          s.advanceTo(next > s.now ? next : s.now)
          return bump(state, { now: s.now })
        }
        case 'drill.act': {
          const input = { role: event.role, action: event.action, ...(event.note !== undefined && event.note !== '' ? { note: event.note } : {}) }
          s.advanceTo(s.now)
          s.act(input)
          return bump(state, { actions: [...state.record.actions, { at: s.now, ...input }] })
        }
        case 'drill.deliver':
        case 'drill.hold':
        case 'drill.adhoc': {
          s.advanceTo(s.now)
          const iv = { at: s.now, afterActions: state.record.actions.length }
          if (event.type === 'drill.adhoc') {
            s.addInject(validateAdhocInject(s.scenario, createRegistry([s.plan]), { ...event.inject }, event.inject.id, s.now))
            return bump(state, { interventions: [...(state.record.interventions ?? []), { kind: 'adhoc', ...iv, inject: event.inject }] })
          }
          if (event.type === 'drill.deliver') s.deliverNow(event.inject)
          else s.hold(event.inject)
          return bump(state, { interventions: [...(state.record.interventions ?? []), { kind: event.type === 'drill.deliver' ? 'deliver' : 'hold', ...iv, inject: event.inject }] })
        }
        case 'drill.finish': {
          if (state.evaluation) return state
          const result = s.finish(endOf(s))
          const evaluation = score(result, { participants: state.record.participants })
          return { ...bump(state, { now: result.endedAt, ended: true }), evaluation }
        }
      }
    } catch (e) {
      return { ...state, error: e instanceof Error ? e.message : String(e) }
    }
  },
  ({ input }: { input: DrillActorInput }): DrillState => restoreDrill(input),
)

/** Rebuilds a drill from its record by replaying its actions at their times (deterministic). */
export function restoreDrill(input: DrillActorInput): DrillState {
  const session = new DrillSession(input.plan, input.scenario, input)
  const r = input.resume
  const participants = r?.participants ?? input.participants ?? []
  // Whatever is due at the start is delivered at once; an action is taken after the injects due at its time (as in
  // headless runs), so a replay meets the drill exactly as the participant did.
  session.advanceTo(session.now)
  const interventions = r?.interventions ?? []
  let next = 0
  const intervene = (upTo: number) => {
    for (; next < interventions.length && (interventions[next] as Intervention).afterActions <= upTo; next++) {
      const iv = interventions[next] as Intervention
      session.advanceTo(iv.at)
      if (iv.kind === 'adhoc') session.addInject(validateAdhocInject(session.scenario, createRegistry([session.plan]), { ...iv.inject }, iv.inject.id, session.now))
      else if (iv.kind === 'deliver') session.deliverNow(iv.inject)
      else session.hold(iv.inject)
    }
  }
  const actions = r?.actions ?? []
  actions.forEach((a, i) => {
    intervene(i)
    session.advanceTo(a.at)
    session.act(a)
  })
  intervene(Infinity)
  if (r && r.now > session.now) session.advanceTo(r.now)
  let evaluation: Evaluation | null = null
  if (r?.ended) {
    evaluation = score(session.finish(endOf(session)), { participants })
  }
  return {
    session,
    record: {
      scenarioId: input.scenario.id, planId: input.plan.definition.id, now: session.now, actions, participants, ended: r?.ended ?? false,
      ...(interventions.length > 0 ? { interventions } : {}),
    },
    version: 0,
    evaluation,
    error: null,
  }
}

// --- internal ---

/** A drill ends at the scenario's end, or once every known deadline has passed (as headless runs do). */
function endOf(s: DrillSession): SimTime {
  const end = s.scenario.end ?? s.lastDue()
  return end > s.now ? end : s.now
}

function bump(state: DrillState, change: Partial<DrillRecord>): DrillState {
  return { ...state, record: { ...state.record, ...change }, version: state.version + 1, error: null }
}
