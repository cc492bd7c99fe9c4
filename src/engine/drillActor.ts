/**
 * A drill as xstate actor logic, for UIs (`useActor`/`useSelector` from @xstate/react): events move the simulated
 * clock, record actions and finish the drill; every snapshot is a new object, so selectors see each change.
 * The record it keeps (`DrillRecord`) is what gets saved: replaying it rebuilds exactly the same drill.
 */
import { fromTransition } from 'xstate'
import { DrillSession, inCanonicalOrder } from './drillRunner.ts'
import type { Autopilot } from './drillRunner.ts'
import { createAutopilot } from './autopilot.ts'
import type { ActionInput, DrillOptions } from './drillRunner.ts'
import { selectDrillView } from './drillView.ts'
import type { DrillView } from './drillView.ts'
import { createRegistry } from './model.ts'
import type { Plan } from './model.ts'
import { validateAdhocInject } from './scenario.ts'
import type { Scenario } from './scenario.ts'
import { score } from './scorer.ts'
import type { Evaluation } from './evaluation.ts'
import { simTime } from './types.ts'
import type { ActionId, LevelId, RoleId, SimTime } from './types.ts'

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
  /** Solo practice as one role: the perfect autopilot plays the others (their actions are not in `actions`). */
  readonly playedAs?: RoleId
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
  /** What the drill was started with (plan, scenario, options); the record says the rest. */
  readonly input: DrillActorInput
  /** The drill rebuilt from the record: read it, never drive it (the next event replaces it). */
  readonly session: DrillSession
  readonly record: DrillRecord
  /** What the participant sees now, as plain data: select this in React. */
  readonly view: DrillView
  readonly evaluation: Evaluation | null
  /** The last refused event, e.g. an action after the end (shown, never thrown into React). */
  readonly error: string | null
}

export type DrillEvent =
  | { readonly type: 'drill.advance'; readonly to: SimTime }
  | { readonly type: 'drill.advanceBy'; readonly ms: number }
  | { readonly type: 'drill.next-inject' }
  | { readonly type: 'drill.act'; readonly role: RoleId; readonly action: ActionId; readonly note?: string; readonly to?: readonly RoleId[]; readonly level?: LevelId }
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
  /** Solo practice as this role (ignored when resuming: the record says). */
  readonly playedAs?: RoleId
}

/**
 * A pure transition: every event makes a new record (the clock, an action, an intervention, the end) and the new
 * state is that record replayed, so an old snapshot never changes under a React selector. A refused event (an
 * action after the end, an unknown inject) leaves the state as it was, with the reason in `error`.
 */
export const drillLogic = fromTransition(
  (state: DrillState, event: DrillEvent): DrillState => {
    const s = state.session
    const r = state.record
    if (r.ended && event.type !== 'drill.finish') return { ...state, error: 'The drill has ended.' }
    let next: DrillRecord
    switch (event.type) {
      case 'drill.advance':
        if (event.to <= r.now) return state
        next = { ...r, now: event.to }
        break
      case 'drill.advanceBy':
        if (!(event.ms > 0)) return state
        next = { ...r, now: simTime(r.now + event.ms) }
        break
      case 'drill.next-inject': {
        const at = s.nextEventTime()
        if (at === null) return { ...state, error: 'No more injects.' }
        next = { ...r, now: at > r.now ? at : r.now }
        break
      }
      case 'drill.act': {
        const input: ActionInput = {
          at: r.now, role: event.role, action: event.action,
          ...(event.to !== undefined && event.to.length > 0 ? { to: event.to } : {}),
          ...(event.level !== undefined ? { level: event.level } : {}),
          ...(event.note !== undefined && event.note !== '' ? { note: event.note } : {}),
        }
        next = { ...r, actions: [...r.actions, input] }
        break
      }
      case 'drill.deliver':
      case 'drill.hold':
      case 'drill.adhoc': {
        const iv = { at: r.now, afterActions: r.actions.length }
        const made: Intervention = event.type === 'drill.adhoc' ? { kind: 'adhoc', ...iv, inject: event.inject } : { kind: event.type === 'drill.deliver' ? 'deliver' : 'hold', ...iv, inject: event.inject }
        next = { ...r, interventions: [...(r.interventions ?? []), made] }
        break
      }
      case 'drill.finish':
        if (state.evaluation) return state
        next = { ...r, ended: true }
        break
    }
    try {
      return restoreDrill({ ...state.input, resume: next })
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
  const playedAs = r ? r.playedAs : input.playedAs
  const team = playedAs !== undefined ? createAutopilot('perfect', input.scenario.seed, { except: playedAs }) : null
  const moveTo = (t: SimTime) => (team ? advanceTeam(session, team, t) : session.advanceTo(t))
  // Whatever is due at the start is delivered at once; an action is taken after the injects due at its time (as in
  // headless runs), so a replay meets the drill exactly as the participant did.
  session.advanceTo(session.now)
  const interventions = r?.interventions ?? []
  let next = 0
  const intervene = (upTo: number) => {
    for (; next < interventions.length && (interventions[next] as Intervention).afterActions <= upTo; next++) {
      const iv = interventions[next] as Intervention
      moveTo(iv.at)
      if (iv.kind === 'adhoc') session.addInject(validateAdhocInject(session.scenario, createRegistry([session.plan]), { ...iv.inject }, iv.inject.id, session.now))
      else if (iv.kind === 'deliver') session.deliverNow(iv.inject)
      else session.hold(iv.inject)
    }
  }
  // Actions at the same moment are taken in the plan's order, as in headless runs (`inCanonicalOrder`).
  const actions = inCanonicalOrder(input.plan.definition, r?.actions ?? [])
  actions.forEach((a, i) => {
    intervene(i)
    moveTo(a.at)
    session.act(a)
  })
  intervene(Infinity)
  if (r && r.now > session.now) moveTo(r.now)
  let evaluation: Evaluation | null = null
  if (r?.ended) {
    moveTo(endOf(session))
    evaluation = score({ ...session.finish(endOf(session)), playedAs: playedAs ?? null }, { participants })
  }
  return {
    input,
    session,
    view: selectDrillView(session),
    record: {
      scenarioId: input.scenario.id, planId: input.plan.definition.id, now: session.now, actions, participants, ended: r?.ended ?? false,
      ...(interventions.length > 0 ? { interventions } : {}),
      ...(playedAs !== undefined ? { playedAs } : {}),
    },
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

/** As the headless runner does: the autopilot acts before any inject or timer due after its action. */
function advanceTeam(s: DrillSession, team: Autopilot, t: SimTime): void {
  for (let guard = 0; guard < 100_000; guard++) {
    const planned = team.next(s)
    const at = planned ? Math.max(planned.at, s.now) : null
    const ev = s.nextEventTime()
    if (planned === null || at === null || at > t) break
    if (ev !== null && ev < at) {
      s.advanceTo(ev)
      continue
    }
    s.advanceTo(simTime(at))
    s.act(planned, 'autopilot')
    team.taken(planned)
  }
  s.advanceTo(t)
}

