/** Drill runner: feeds a scenario's injects, timers and participants' actions in time order into the plan's statechart and keeps the ledger and trace. */
import { createActor } from 'xstate'
import type { ActorScope, AnyMachineSnapshot, AnyStateMachine, EventObject, StateValue } from 'xstate'
import type { WorkingDayCalendar } from './calendar.ts'
import { calendarFor } from './calendar.ts'
import { Ledger } from './ledger.ts'
import type { Cause, Obligation } from './ledger.ts'
import type { Plan, PlanDefinition, ResolvedParams } from './model.ts'
import { resolveParams } from './model.ts'
import { ARM_ACTION, DISARM_ACTION } from './planMachine.ts'
import type { ArmParams, PlanContext } from './planMachine.ts'
import { holdsAt } from './contingency.ts'
import type { ContingencyState } from './contingency.ts'
import { MESSAGE_EVENT } from './scenario.ts'
import type { Inject, Scenario } from './scenario.ts'
import { createTimeline } from './timeline.ts'
import type { Timeline } from './timeline.ts'
import { simTime } from './types.ts'
import type { ActionId, LevelId, RoleId, SimTime } from './types.ts'

/** A participant's move as the runner takes it (from an action log, the UI, a console or an autopilot). */
export interface ActionInput {
  readonly at: SimTime
  readonly role: RoleId
  readonly action: ActionId
  readonly note?: string
  /** Recipients (action log v2): checked against the duty's `recipients`; absent means all of them. */
  readonly to?: readonly RoleId[]
  /** The level the action declares (a grading or a warning), checked against the computed one. */
  readonly level?: LevelId
}

export type ActionSource = 'log' | 'autopilot' | 'participant'

export interface ActionRecord extends ActionInput {
  readonly index: number
  readonly source: ActionSource
  readonly match: 'satisfied' | 'wrong-role' | 'unmatched'
  /** Key of the occurrence it satisfied or was attempted on (`emergency-report#1`). */
  readonly instance: string | null
  /** Every occurrence it met: the one above, then those its `covers` discharged. */
  readonly met: readonly string[]
}

export interface TraceEntry {
  readonly at: SimTime
  /** `skipped`: a contingency inject whose `when` did not hold at its time. */
  readonly kind: 'start' | 'inject' | 'skipped' | 'action' | 'timer' | 'end'
  /** Event type, action id, or timer event. */
  readonly ref: string
  /** The machine's state after the step. */
  readonly state: StateValue
}

export interface LevelChange {
  readonly at: SimTime
  readonly level: LevelId
}

/** An autopilot decides participants' next move from the drill's actual state (never from the script). */
export interface Autopilot {
  readonly id: string
  /** The earliest action it intends to take (at or after `drill.now`), or null if none for now. */
  next(drill: DrillSession): PlannedAction | null
  /** The runner performed the planned action (it may be asked for `next` again without acting, when an inject comes first). */
  taken(planned: PlannedAction): void
}

export interface PlannedAction {
  readonly at: SimTime
  readonly role: RoleId
  readonly action: ActionId
  /** The occurrence the autopilot means to meet. */
  readonly intent: string
  /** The level it declares, for a grading or a warning. */
  readonly level?: LevelId
}

/** The plan logic as the runner drives it: xstate's pure `initialTransition`/`transition`, or a stand-in with the same shape. */
export interface PlanStepper {
  initial(input: { readonly params: ResolvedParams }): readonly [snapshot: StepSnapshot, actions: readonly StepAction[]]
  step(snapshot: StepSnapshot, event: { readonly type: string }): readonly [snapshot: StepSnapshot, actions: readonly StepAction[]]
}

export interface StepSnapshot {
  readonly value: StateValue
  readonly context: unknown
  readonly status: string
}

export interface StepAction {
  readonly type: string
  readonly params?: unknown
}

/**
 * The default stepper: the plan's statechart stepped purely, as xstate's `transition(logic, snapshot, event)` does,
 * but with one inert actor scope per machine: `transition()` builds a new inert actor (and so the machine's whole
 * initial snapshot) on every call, which dominated a drill's cost. Actions are collected, never executed.
 */
export function machineStepper(plan: Plan): PlanStepper {
  const { scope, sink } = inertScope(plan.machine)
  const reacts = reactionsOf(plan)
  const collect = <T>(run: () => T): readonly [T, StepAction[]] => {
    const actions: StepAction[] = []
    sink.actions = actions
    try {
      return [run(), actions]
    } finally {
      sink.actions = null
    }
  }
  const check = (next: AnyMachineSnapshot, what: string) => {
    if (next.status === 'error') throw new Error(`Plan "${plan.definition.id}" machine failed on "${what}": ${String((next as { error?: unknown }).error)}`)
    return next as unknown as StepSnapshot
  }
  return {
    initial: (input) => {
      const [snap, actions] = collect(() => plan.machine.getInitialSnapshot(scope, input))
      return [check(snap, 'initial state'), actions]
    },
    step: (snap, event) => {
      // An event no transition of the chart names cannot change anything: skip the macrostep.
      if (!reacts(event)) return [snap, []]
      const [next, actions] = collect(() => plan.machine.transition(snap as AnyMachineSnapshot, event as EventObject, scope))
      return [check(next, event.type), actions]
    },
  }
}

export interface DrillOptions {
  readonly calendar?: WorkingDayCalendar
  /** Replaces the statechart (benchmarks compare a plain-function baseline through the same runner). */
  readonly stepper?: PlanStepper
}

/** An inject as the room received it: when, and how (on schedule, released early by the trainer, or added ad hoc). */
export interface DeliveredInject extends Inject {
  readonly deliveredAt: SimTime
  readonly how: 'scheduled' | 'early' | 'released' | 'adhoc'
}

export interface SkippedInject {
  readonly id: string
  readonly at: SimTime
}

export interface DrillResult {
  readonly plan: PlanDefinition
  readonly scenario: Scenario
  readonly endedAt: SimTime
  /** Every occurrence of every duty the drill armed, with its final status (plain data). */
  readonly obligations: readonly Obligation[]
  /** The role a trainee played alone (the others by the perfect autopilot), or null for the whole organisation. */
  readonly playedAs: RoleId | null
  readonly actions: readonly ActionRecord[]
  readonly trace: readonly TraceEntry[]
  readonly levels: readonly LevelChange[]
  readonly autopilot: string | null
  readonly timeline: Timeline
  readonly delivered: readonly DeliveredInject[]
  /** Contingency injects whose condition did not hold. */
  readonly skipped: readonly SkippedInject[]
  /** Injects the trainer held back and never released. */
  readonly held: readonly string[]
}

/**
 * One running drill. Deterministic: the same scenario and the same actions at the same simulated times give the
 * same ledger and trace. Time only moves forward, and only when told to (`advanceTo`).
 */
export class DrillSession {
  private readonly ledger: Ledger
  readonly timeline: Timeline
  readonly definition: PlanDefinition
  private snap: StepSnapshot
  private readonly stepper: PlanStepper
  private clock: SimTime = simTime(0)
  /** Injects not yet delivered or skipped, in time order (then file order). */
  private readonly queue: Inject[]
  private readonly held = new Set<string>()
  private readonly deliveredList: DeliveredInject[] = []
  private readonly skippedList: SkippedInject[] = []
  private readonly timers: { at: SimTime; id: string; event: { type: string }; seq: number }[] = []
  private timerSeq = 0
  private readonly actionList: ActionRecord[] = []
  private readonly traceList: TraceEntry[] = []
  private readonly levelList: LevelChange[] = []
  private ended: SimTime | null = null
  private cause: Cause = { kind: 'start', ref: 'drill.started', at: simTime(0) }

  constructor(
    readonly plan: Plan,
    readonly scenario: Scenario,
    options: DrillOptions = {},
  ) {
    if (scenario.plan !== plan.definition.id) throw new Error(`Scenario "${scenario.id}" is for plan "${scenario.plan}", not "${plan.definition.id}"`)
    this.definition = plan.definition
    this.queue = [...scenario.injects]
    this.timeline = createTimeline(scenario.start, calendarFor(scenario, options.calendar))
    const params = resolveParams(plan.definition, scenario.params)
    this.ledger = new Ledger(plan.definition, params, this.timeline)
    this.stepper = options.stepper ?? machineStepper(plan)
    const [snap, actions] = this.stepper.initial({ params })
    this.snap = snap
    this.apply(actions)
    this.traceList.push({ at: this.clock, kind: 'start', ref: 'drill.started', state: snap.value })
  }

  get now(): SimTime {
    return this.clock
  }

  get snapshot(): StepSnapshot {
    return this.snap
  }

  get context(): PlanContext {
    return this.snap.context as PlanContext
  }

  get isEnded(): boolean {
    return this.ended !== null
  }

  get actions(): readonly ActionRecord[] {
    return this.actionList
  }

  get trace(): readonly TraceEntry[] {
    return this.traceList
  }

  get levels(): readonly LevelChange[] {
    return this.levelList
  }

  /** Injects delivered so far, in the order the room received them. */
  get delivered(): readonly DeliveredInject[] {
    return this.deliveredList
  }

  /** Contingency injects skipped because their condition did not hold. */
  get skipped(): readonly SkippedInject[] {
    return this.skippedList
  }

  /** Injects still to come (held ones included), in time order. */
  get upcoming(): readonly Inject[] {
    return this.queue
  }

  /** Ids of injects the trainer is holding back. */
  get heldIds(): readonly string[] {
    return [...this.held]
  }

  /** Time of the next inject or timer, or null when the script has nothing more to say. */
  nextEventTime(): SimTime | null {
    const inj = this.nextScheduled()
    const timer = this.earliestTimer()
    if (inj && timer) return inj.at <= timer.at ? inj.at : timer.at
    return inj ? inj.at : timer ? timer.at : null
  }

  /** Delivers every inject and timer due by `t` (injects first at equal times), then sets the clock to `t`. */
  advanceTo(t: SimTime): void {
    this.assertRunning()
    if (t < this.clock) throw new Error(`Drill time cannot run backwards (from ${this.clock} to ${t} ms)`)
    for (;;) {
      const inj = this.nextScheduled()
      const timer = this.earliestTimer()
      const injAt = inj && inj.at <= t ? inj.at : Infinity
      const timerAt = timer && timer.at <= t ? timer.at : Infinity
      if (injAt === Infinity && timerAt === Infinity) break
      if (inj && injAt <= timerAt) {
        this.clock = inj.at
        // A contingency inject fires on schedule only if its condition holds now; otherwise it is skipped, and says so.
        if (inj.when !== undefined && !holdsAt(inj.when, this.contingencyState())) this.skip(inj)
        else this.deliver(inj, 'scheduled')
      } else if (timer) {
        this.clock = timer.at
        this.timers.splice(this.timers.indexOf(timer), 1)
        this.step(timer.event, 'timer', timer.event.type)
      }
    }
    this.clock = t
    this.ledger.materialize(t)
  }

  /** The trainer delivers a scheduled (or held) inject now, ahead of its time and whatever its condition. */
  deliverNow(id: string): DeliveredInject {
    this.assertRunning()
    const inj = this.queue.find((i) => i.id === id)
    if (!inj) throw new Error(this.unknownInject(id))
    const how = this.held.delete(id) ? 'released' : 'early'
    return this.deliver(inj, how)
  }

  /** The trainer holds an inject back: it is not delivered when due, until released (`deliverNow`). */
  hold(id: string): void {
    this.assertRunning()
    if (!this.queue.some((i) => i.id === id)) throw new Error(this.unknownInject(id))
    this.held.add(id)
  }

  /** The trainer adds an inject now (validated with `validateAdhocInject`); a message-only one is not fed to the plan. */
  addInject(inj: Inject): DeliveredInject {
    this.assertRunning()
    if (this.deliveredList.some((d) => d.id === inj.id) || this.queue.some((q) => q.id === inj.id)) throw new Error(`An inject with id "${inj.id}" already exists`)
    return this.deliver({ ...inj, at: this.clock }, 'adhoc')
  }

  /** A participant acts now (advance the clock first to act later). The ledger credits it, then the chart sees it. */
  act(input: Omit<ActionInput, 'at'>, source: ActionSource = 'participant'): ActionRecord {
    this.assertRunning()
    const index = this.actionList.length
    const m = this.ledger.match(input.action, input.role, this.clock, index, this.context.level, {
      ...(input.to !== undefined ? { to: input.to } : {}),
      ...(input.level !== undefined ? { level: input.level } : {}),
    })
    const record: ActionRecord = {
      at: this.clock,
      role: input.role,
      action: input.action,
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.to !== undefined ? { to: input.to } : {}),
      ...(input.level !== undefined ? { level: input.level } : {}),
      index,
      source,
      match: m.kind,
      instance: m.kind === 'unmatched' ? null : m.key,
      met: m.met,
    }
    this.actionList.push(record)
    const meets = m.met.map((k) => k.slice(0, k.lastIndexOf('#')))
    this.step({ type: 'action.taken', action: input.action, role: input.role, meets, met: this.ledger.metIds() }, 'action', input.action)
    return record
  }

  /** Changes whenever the obligations do (not with the clock alone). */
  get revision(): number {
    return this.ledger.revision
  }

  /** Keys of the occurrences still open, in arming order (see `obligation` for one of them). */
  openKeys(): string[] {
    return this.ledger.openKeys()
  }

  /** One occurrence with its status now. */
  obligation(key: string): Obligation | undefined {
    return this.ledger.obligation(key, this.clock, this.ended !== null, this.context.level)
  }

  /** The occurrences of one expectation, with their status now. */
  occurrencesOf(id: string): Obligation[] {
    return this.ledger.occurrencesOf(id, this.clock, this.ended !== null, this.context.level)
  }

  /** Every occurrence armed so far, with its status now (final once the drill has ended). */
  obligations(): readonly Obligation[] {
    return this.ledger.obligations(this.clock, this.ended !== null, this.context.level)
  }

  /** Ends the drill at `at` (or now), delivering whatever falls due before it. */
  finish(at?: SimTime): DrillResult {
    if (this.ended === null) {
      const end = at ?? this.clock
      this.advanceTo(end)
      this.ended = end
      this.traceList.push({ at: end, kind: 'end', ref: 'drill.ended', state: this.snap.value })
    }
    return {
      plan: this.definition,
      scenario: this.scenario,
      endedAt: this.ended,
      obligations: this.ledger.obligations(this.ended, true, this.context.level),
      playedAs: null,
      actions: this.actionList,
      trace: this.traceList,
      levels: this.levelList,
      autopilot: null,
      timeline: this.timeline,
      delivered: this.deliveredList,
      skipped: this.skippedList,
      held: [...this.held],
    }
  }

  /** The latest deadline known now (for a drill run until every deadline has passed). */
  lastDue(): SimTime {
    return this.ledger.lastDue(this.clock)
  }

  /** Open occurrences: armed, not yet met by a role that may meet them, nor discharged. */
  pending(): Obligation[] {
    return this.obligations().filter((o) => o.done === null && o.discharged === null)
  }

  // --- internal ---

  private nextScheduled(): Inject | undefined {
    for (const inj of this.queue) if (!this.held.has(inj.id)) return inj
    return undefined
  }

  private skip(inj: Inject): void {
    this.queue.splice(this.queue.indexOf(inj), 1)
    this.skippedList.push({ id: inj.id, at: this.clock })
    this.traceList.push({ at: this.clock, kind: 'skipped', ref: inj.event, state: this.snap.value })
  }

  /** Takes the inject out of the queue (ad-hoc ones were never in it) and delivers it now. */
  private deliver(inj: Inject, how: DeliveredInject['how']): DeliveredInject {
    const k = this.queue.indexOf(inj)
    if (k >= 0) this.queue.splice(k, 1)
    const d: DeliveredInject = { ...inj, deliveredAt: this.clock, how }
    this.deliveredList.push(d)
    if (inj.event === MESSAGE_EVENT) this.traceList.push({ at: this.clock, kind: 'inject', ref: inj.event, state: this.snap.value })
    else this.step({ type: inj.event, ...inj.data }, 'inject', inj.event)
    return d
  }

  private contingencyState(): ContingencyState {
    const done = new Set<string>()
    const armed = new Set<string>()
    for (const o of this.obligations()) {
      armed.add(o.expectation)
      if (o.done !== null) done.add(o.expectation)
    }
    return { doneExpectations: done, armedExpectations: armed, actionsTaken: new Set(this.actionList.map((a) => a.action)), level: (this.snap.context as PlanContext).level }
  }

  private unknownInject(id: string): string {
    return this.deliveredList.some((d) => d.id === id) ? `Inject "${id}" has already been delivered` : `No inject "${id}" is still to come`
  }

  private step(event: { readonly type: string; readonly [field: string]: unknown }, kind: TraceEntry['kind'], ref: string): void {
    const before = (this.snap.context as PlanContext).level
    if (kind === 'inject') this.ledger.noteEvent(event.type, this.clock)
    const [next, actions] = this.stepper.step(this.snap, event)
    this.snap = next
    const after = (next.context as PlanContext).level
    const rose = after !== before && after !== null
    if (rose) {
      this.levelList.push({ at: this.clock, level: after })
      this.ledger.noteLevel(after, this.clock)
    }
    this.cause = { kind: kind === 'inject' ? 'event' : kind === 'action' ? 'action' : 'timer', ref, at: this.clock, ...(rose ? { levelFrom: before, levelTo: after } : {}) }
    this.apply(actions)
    this.traceList.push({ at: this.clock, kind, ref, state: next.value })
  }

  private apply(actions: readonly { type: string; params?: unknown }[]): void {
    const ctx = this.snap.context as PlanContext
    // A chart that reaches its final state exits it at once: the duties that state armed stay current (they are what
    // is owed after the end), so its own exit does not make them stale.
    const finalArms = this.snap.status === 'done' ? new Set<string>() : null
    for (const a of actions) {
      if (a.type === ARM_ACTION) {
        const ids = (a.params as ArmParams).ids
        this.ledger.arm(ids, this.clock, ctx.level, ctx.facts, this.cause)
        if (finalArms) for (const id of ids) finalArms.add(id)
      } else if (a.type === DISARM_ACTION) {
        const ids = (a.params as ArmParams).ids
        const left = finalArms ? ids.filter((id) => !finalArms.has(id)) : ids
        if (left.length > 0) this.ledger.disarm(left, this.clock)
      }
      else if (a.type === 'xstate.raise') {
        const p = a.params as { event: { type: string }; id?: string; delay?: number }
        if (p.delay !== undefined) this.timers.push({ at: simTime(this.clock + p.delay), id: p.id ?? p.event.type, event: p.event, seq: this.timerSeq++ })
      } else if (a.type === 'xstate.cancel') {
        const id = (a.params as { sendId: string }).sendId
        for (let k = this.timers.length - 1; k >= 0; k--) if (this.timers[k]?.id === id) this.timers.splice(k, 1)
      }
    }
  }

  private earliestTimer() {
    let best: (typeof this.timers)[number] | undefined
    for (const t of this.timers) if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t
    return best
  }

  private assertRunning(): void {
    if (this.ended !== null) throw new Error(`Drill of scenario "${this.scenario.id}" has already ended`)
  }
}

export interface RunOptions extends DrillOptions {
  /** Actions from a log, in any order; they are taken in time order (after injects at the same time). */
  readonly actions?: readonly ActionInput[]
  readonly autopilot?: Autopilot
  /** Solo practice as one role: recorded in the result; the autopilot given plays the other roles. */
  readonly playedAs?: RoleId
}

/**
 * Runs a whole drill headless. Without a scenario `end` it runs until the script is exhausted and every known
 * deadline has passed. Pure: no wall clock, no randomness beyond the autopilot's seed.
 */
export function runDrill(plan: Plan, scenario: Scenario, options: RunOptions = {}): DrillResult {
  const drill = new DrillSession(plan, scenario, options)
  const log = inCanonicalOrder(plan.definition, options.actions ?? []).map((a) => ({ a }))
  let nextLog = 0
  const end = scenario.end
  const autopilot = options.autopilot
  for (let guard = 0; ; guard++) {
    if (guard > 1_000_000) throw new Error(`Drill of scenario "${scenario.id}" did not settle (autopilot ${autopilot?.id ?? 'none'})`)
    const tEvent = drill.nextEventTime()
    const logged = log[nextLog]
    const planned = autopilot ? autopilot.next(drill) : null
    const tLog = logged ? logged.a.at : null
    const tAuto = planned ? Math.max(planned.at, drill.now) : null
    const tAct = tLog !== null && (tAuto === null || tLog <= tAuto) ? tLog : tAuto
    const actNext = tAct !== null && (tEvent === null || tAct < tEvent)
    const t = actNext ? tAct : tEvent
    if (t === null || (end !== null && t > end)) break
    drill.advanceTo(simTime(t))
    if (!actNext) continue
    if (tAct === tLog && logged) {
      nextLog++
      drill.act(logged.a, 'log')
    } else if (planned && autopilot) {
      drill.act(planned, 'autopilot')
      autopilot.taken(planned)
    }
  }
  const endAt = end ?? drill.lastDue()
  const result = drill.finish(endAt > drill.now ? endAt : drill.now)
  return { ...result, autopilot: autopilot ? autopilot.id : null, playedAs: options.playedAs ?? null }
}

/**
 * A log in the order the runner takes it: by time, and actions at the same moment in the plan's own order of steps
 * (the first expectation each action can meet), then by role, recipients, level and note. So the credit never depends
 * on the order a log happens to list simultaneous actions in.
 */
export function inCanonicalOrder<T extends ActionInput>(plan: PlanDefinition, actions: readonly T[]): T[] {
  const rank = new Map<string, number>()
  plan.expectations.forEach((e, i) => {
    if (!rank.has(e.action)) rank.set(e.action, i)
  })
  const key = (a: ActionInput) => JSON.stringify([a.role, a.to ?? null, a.level ?? null, a.note ?? null])
  return [...actions]
    .map((a, i) => ({ a, i, r: rank.get(a.action) ?? Number.MAX_SAFE_INTEGER, k: key(a) }))
    .sort((x, y) => x.a.at - y.a.at || x.r - y.r || (x.a.action < y.a.action ? -1 : x.a.action > y.a.action ? 1 : 0) || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0) || x.i - y.i)
    .map((x) => x.a)
}

// --- internal ---

interface Sink {
  actions: StepAction[] | null
}

const scopes = new WeakMap<AnyStateMachine, { scope: ActorScope<AnyMachineSnapshot, EventObject>; sink: Sink }>()

/** One never-started actor per machine provides the scope; its executor appends to whichever step is collecting. */
function inertScope(machine: AnyStateMachine) {
  const hit = scopes.get(machine)
  if (hit) return hit
  const self = createActor(machine, { input: { params: {} } })
  const sink: Sink = { actions: null }
  const scope = {
    self,
    defer: () => undefined,
    id: '',
    logger: () => undefined,
    sessionId: '',
    stopChild: () => undefined,
    system: self.system,
    emit: () => undefined,
    actionExecutor: (action: StepAction) => {
      if (!sink.actions) throw new Error('plan machine executed an action outside a drill step')
      sink.actions.push(action)
    },
  } as unknown as ActorScope<AnyMachineSnapshot, EventObject>
  const entry = { scope, sink }
  scopes.set(machine, entry)
  return entry
}

/**
 * Which events the chart can react to, read from its transitions: event types it names (wildcards included), and
 * for `action.taken` the actions its `performs` guards accept (any other guard on `action.taken` means all actions).
 */
function reactionsOf(plan: Plan): (event: { readonly type: string }) => boolean {
  const types = new Set<string>()
  const prefixes: string[] = []
  let anyEvent = false
  let anyAction = false
  const actions = new Set<string>()
  // The expectation a guard requires performed: `performs`, or a conjunct of `and([...])` that is one.
  const performed = (guard: unknown): PlanDefinition['expectations'][number] | undefined => {
    const g = guard as { type?: string; params?: { expectation?: string }; guards?: readonly unknown[]; check?: unknown } | undefined
    if (g?.type === 'performs') return plan.definition.expectations.find((e) => e.id === g.params?.expectation)
    if (typeof guard === 'function' && Array.isArray(g?.guards) && (guard as { name?: string }).name === 'and') {
      for (const c of g.guards) {
        const hit = performed(c)
        if (hit) return hit
      }
    }
    return undefined
  }
  const visit = (node: AnyStateMachine['root']) => {
    for (const [descriptor, transitions] of node.transitions) {
      if (descriptor === '*') anyEvent = true
      else if (descriptor.endsWith('.*')) prefixes.push(descriptor.slice(0, -1))
      else types.add(descriptor)
      if (descriptor !== 'action.taken' && descriptor !== '*' && descriptor !== 'action.*') continue
      for (const t of transitions) {
        const exp = performed(t.guard)
        if (exp) actions.add(exp.action)
        else anyAction = true
      }
    }
    for (const child of Object.values(node.states)) visit(child)
  }
  visit(plan.machine.root)
  return (event) => {
    if (event.type === 'action.taken') {
      if (!(types.has('action.taken') || anyEvent || prefixes.some((p) => 'action.taken'.startsWith(p)))) return false
      return anyAction || actions.has((event as { action?: string }).action ?? '')
    }
    return anyEvent || types.has(event.type) || event.type.startsWith('xstate.') || prefixes.some((p) => event.type.startsWith(p))
  }
}
