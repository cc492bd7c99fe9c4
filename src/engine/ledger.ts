/** The expectation ledger of one drill: which obligations are armed, when they fall due, and which action met each. */
import { durationOf } from './duration.ts'
import type { Duration } from './duration.ts'
import { atLevel } from './model.ts'
import type { DurationRef, ExpectationDef, PlanDefinition, ResolvedParams } from './model.ts'
import type { Facts } from './condition.ts'
import type { Timeline } from './timeline.ts'
import { simTime } from './types.ts'
import type { ExpectationId, LevelId, RoleId, SimTime } from './types.ts'

/** One time a participant's action landed on an instance. */
export interface Performance {
  readonly at: SimTime
  readonly role: RoleId
  /** Index of the action in the drill's action list. */
  readonly action: number
}

/** One occurrence of an expectation: armed once, or one period of a recurring obligation. */
export interface Instance {
  readonly key: string
  readonly expectation: ExpectationDef
  /** 1-based occurrence number within its expectation. */
  readonly seq: number
  /** When the window opens (the arming moment; for a recurring one, the start of its period). */
  readonly armedAt: SimTime
  /** Re-armings of a pending instance (a level rise): the earliest resulting deadline applies. */
  readonly arms: readonly Arming[]
  /** Fixed deadline (recurring periods); otherwise derived from `within` and the trigger. */
  readonly fixedDue: SimTime | null
  disarmedAt: SimTime | null
  done: Performance | null
  /** Performances by roles the plan does not assign (they do not satisfy the instance). */
  readonly wrongRole: Performance[]
}

export interface Arming {
  readonly at: SimTime
  readonly level: LevelId | null
  /** The facts when it was armed, for deadlines the scenario sets (`{ fact: 'replyBy' }`). */
  readonly facts: Facts
}

export type MatchResult =
  | { readonly kind: 'satisfied'; readonly instance: Instance }
  | { readonly kind: 'wrong-role'; readonly instance: Instance }
  | { readonly kind: 'unmatched' }

export class Ledger {
  private readonly list: Instance[] = []
  private readonly series: Series[] = []
  private readonly order: Map<string, number>
  private readonly byId = new Map<string, Instance[]>()

  constructor(
    readonly plan: PlanDefinition,
    readonly params: ResolvedParams,
    readonly timeline: Timeline,
  ) {
    this.order = new Map(plan.expectations.map((e, i) => [e.id as string, i]))
  }

  /** Arms expectations at `at` (a state was entered). See the README's "Arming" rules. */
  arm(ids: readonly ExpectationId[], at: SimTime, level: LevelId | null, facts: Facts = {}): void {
    for (const id of ids) {
      const exp = this.expectation(id)
      if (exp.every !== undefined) {
        for (const s of this.series) if (s.expectation === exp && s.disarmedAt === null) this.endSeries(s, at)
        this.series.push({ expectation: exp, startAt: at, every: this.duration(atLevel(exp.every, level), exp, facts), level, facts, disarmedAt: null, next: 1 })
        this.materialize(at)
        continue
      }
      const existing = this.byId.get(id)
      const pending = existing?.find((i) => i.done === null)
      if (pending) {
        ;(pending.arms as Arming[]).push({ at, level, facts })
        continue
      }
      this.add({ expectation: exp, seq: (existing?.length ?? 0) + 1, armedAt: at, arms: [{ at, level, facts }], fixedDue: null, disarmedAt: null, done: null, wrongRole: [], key: '' })
    }
  }

  /** The arming state was left: recurring obligations stop, and open-ended ones fall due now. */
  disarm(ids: readonly ExpectationId[], at: SimTime): void {
    for (const id of ids) {
      const exp = this.expectation(id)
      if (exp.every !== undefined) {
        for (const s of this.series) if (s.expectation === exp && s.disarmedAt === null) this.endSeries(s, at)
        continue
      }
      for (const i of this.byId.get(id) ?? []) if (i.disarmedAt === null) i.disarmedAt = at
    }
  }

  /** Opens the periods of recurring obligations that have started by `now`. */
  materialize(now: SimTime): void {
    for (const s of this.series) {
      for (;;) {
        if (s.disarmedAt !== null) break
        const opens = s.next === 1 ? s.startAt : this.repeat(s.startAt, s.every, s.next - 1)
        if (opens > now) break
        const due = this.repeat(s.startAt, s.every, s.next)
        this.add({ expectation: s.expectation, seq: (this.byId.get(s.expectation.id)?.length ?? 0) + 1, armedAt: opens, arms: [{ at: opens, level: s.level, facts: s.facts }], fixedDue: due, disarmedAt: null, done: null, wrongRole: [], key: '' })
        s.next++
      }
    }
  }

  /** Matches a participant's action to the earliest open instance it can satisfy. */
  match(actionId: string, role: RoleId, at: SimTime, index: number): MatchResult {
    this.materialize(at)
    let first: Instance | null = null
    for (const i of this.list) {
      if (i.done !== null || i.expectation.action !== actionId || i.armedAt > at) continue
      if (this.rolesOf(i).includes(role)) {
        i.done = { at, role, action: index }
        return { kind: 'satisfied', instance: i }
      }
      first ??= i
    }
    if (first) {
      first.wrongRole.push({ at, role, action: index })
      return { kind: 'wrong-role', instance: first }
    }
    return { kind: 'unmatched' }
  }

  /** Instances in a stable order: by when they were armed, then plan order, then occurrence. */
  instances(): readonly Instance[] {
    return this.list
  }

  /** Roles whose action satisfies the instance (those of the level at its latest arming). */
  rolesOf(i: Instance): readonly RoleId[] {
    const last = i.arms[i.arms.length - 1]
    return atLevel(i.expectation.roles, last ? last.level : null) ?? []
  }

  levelOf(i: Instance): LevelId | null {
    const last = i.arms[i.arms.length - 1]
    return last ? last.level : null
  }

  /**
   * The deadline, or null while it is open-ended (no `within`, arming state still active).
   * A deadline counted from another expectation starts when that was performed, or at its own deadline if it
   * was not (pr-all-03), so one failure is not charged twice.
   */
  dueOf(i: Instance, depth = 0): SimTime | null {
    if (i.fixedDue !== null) return i.fixedDue
    if (i.expectation.within === undefined) return i.disarmedAt
    if (depth > 16) throw new Error(`Deadline chain too deep at expectation "${i.expectation.id}" in plan "${this.plan.id}"`)
    let best: SimTime | null = null
    for (const a of i.arms) {
      const within = this.duration(atLevel(i.expectation.within, a.level), i.expectation, a.facts)
      const trigger = i.expectation.from !== undefined ? this.triggerTime(i.expectation.from, a.at, depth) : a.at
      if (trigger === null) continue
      const due = this.timeline.add(trigger, within)
      if (best === null || due < best) best = due
    }
    return best
  }

  /** The moment the trigger expectation was performed (or fell due); null while neither is known. */
  triggerTime(id: ExpectationId, armedAt: SimTime, depth = 0): SimTime | null {
    const list = this.byId.get(id)
    if (!list || list.length === 0) return armedAt
    let pick = list[0] as Instance
    for (const j of list) if (j.armedAt <= armedAt) pick = j
    if (pick.done !== null) return pick.done.at
    const due = this.dueOf(pick, depth + 1)
    return due === null ? null : (due > armedAt ? due : armedAt)
  }

  /** Instances of an expectation, in occurrence order. */
  of(id: string): readonly Instance[] {
    return this.byId.get(id) ?? []
  }

  planOrder(id: string): number {
    return this.order.get(id) ?? Number.MAX_SAFE_INTEGER
  }

  // --- internal ---

  private add(i: Instance): void {
    ;(i as { key: string }).key = `${i.expectation.id}#${i.seq}`
    this.list.push(i)
    const l = this.byId.get(i.expectation.id)
    if (l) l.push(i)
    else this.byId.set(i.expectation.id, [i])
  }

  private endSeries(s: Series, at: SimTime): void {
    this.materialize(at)
    s.disarmedAt = at
    // A period whose deadline falls after the end is not owed (pr-cil-10), unless it was already met.
    for (let k = this.list.length - 1; k >= 0; k--) {
      const i = this.list[k] as Instance
      if (i.expectation === s.expectation && i.done === null && i.fixedDue !== null && i.fixedDue > at && i.armedAt >= s.startAt) {
        this.list.splice(k, 1)
        const l = this.byId.get(i.expectation.id) as Instance[]
        l.splice(l.indexOf(i), 1)
      }
    }
  }

  private repeat(start: SimTime, every: Duration, times: number): SimTime {
    if (every.months === 0 && every.workingDays === 0) return simTime(start + every.ms * times)
    let t = start
    for (let k = 0; k < times; k++) t = this.timeline.add(t, every)
    return t
  }

  private expectation(id: string): ExpectationDef {
    const idx = this.order.get(id)
    if (idx === undefined) throw new Error(`Unknown expectation "${id}" armed in plan "${this.plan.id}"`)
    return this.plan.expectations[idx] as ExpectationDef
  }

  private readonly durations = new Map<string, Duration>()

  private duration(ref: DurationRef | undefined, exp: ExpectationDef, facts: Facts): Duration {
    if (ref === undefined) throw new Error(`Expectation "${exp.id}" in plan "${this.plan.id}" has no deadline for this level`)
    const text = typeof ref === 'string' ? ref : 'param' in ref ? this.params[ref.param] : facts[ref.fact]
    if (typeof text !== 'string') throw new Error(`Deadline ${JSON.stringify(ref)} of expectation "${exp.id}" in plan "${this.plan.id}" is not a duration (got ${JSON.stringify(text)})`)
    let d = this.durations.get(text)
    if (!d) {
      d = durationOf(text)
      this.durations.set(text, d)
    }
    return d
  }
}

interface Series {
  readonly expectation: ExpectationDef
  readonly startAt: SimTime
  readonly every: Duration
  readonly level: LevelId | null
  readonly facts: Facts
  disarmedAt: SimTime | null
  next: number
}
