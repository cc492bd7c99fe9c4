/**
 * The obligation ledger of one drill: which duties are armed and why, what their deadlines run from, who may meet
 * them, which action met each, and their status. The ledger is the only place that computes these; everything
 * else (scorer, drill view, autopilots, contingency conditions, the UI) reads its plain `Obligation` snapshots.
 */
import { durationOf } from './duration.ts'
import type { Duration } from './duration.ts'
import { anchorOf, atLevel, criticalAt, mayAct } from './model.ts'
import type { DurationRef, ExpectationDef, PlanDefinition, ResolvedParams } from './model.ts'
import type { Facts } from './condition.ts'
import type { Timeline } from './timeline.ts'
import { simTime } from './types.ts'
import type { ExpectationId, LevelId, RoleId, SimTime } from './types.ts'

/** Why a duty was armed: the scenario event, participant action or timer of that step, and any level change it made. */
export interface Cause {
  readonly kind: 'start' | 'event' | 'action' | 'timer' | 'schedule'
  /** Event type, action id or timer event (`schedule`: a recurring period opening). */
  readonly ref: string
  readonly at: SimTime
  /** Set when the step raised the level. */
  readonly levelFrom?: LevelId | null
  readonly levelTo?: LevelId
}

/** What a deadline runs from, resolved: the kind of anchor, what it names, and when that happened (null: not yet). */
export interface ResolvedAnchor {
  readonly kind: 'armed' | 'expectation' | 'event' | 'level' | 'period'
  readonly ref: string | null
  readonly at: SimTime | null
}

/** One time an action landed on an occurrence. */
export interface Performance {
  readonly at: SimTime
  readonly role: RoleId
  /** Index of the action in the drill's action list. */
  readonly action: number
  /** Recipients the action named (action log v2), or null when it named none (taken to reach all). */
  readonly to: readonly RoleId[] | null
  /** The level the action declared, if any. */
  readonly level: LevelId | null
  /** The drill's computed level when it was done. */
  readonly levelThen: LevelId | null
  /** Set when the act met this through another duty's `covers` (that occurrence's key). */
  readonly coveredBy: string | null
}

export type ObligationStatus = 'open' | 'on-time' | 'late' | 'missed' | 'wrong-role' | 'out-of-order' | 'incomplete' | 'wrong-level' | 'not-applicable'

/** Why a level rise owed a duty again that was already met. */
export interface RenewReason {
  readonly kind: 'new-body' | 'new-recipients' | 'renew'
  readonly at: SimTime
  readonly level: LevelId | null
  readonly recipients: readonly RoleId[]
}

/** One occurrence of an expectation, as plain data. */
export interface Obligation {
  readonly key: string
  readonly expectation: ExpectationId
  readonly occurrence: number
  /** The level in force at its latest arming. */
  readonly level: LevelId | null
  readonly armedAt: SimTime
  readonly cause: Cause
  /** Later armings of the same pending occurrence (level rises). */
  readonly rearmed: readonly Cause[]
  /** Level rises that found it met and carried it over. */
  readonly carried: readonly Cause[]
  readonly renewed: RenewReason | null
  readonly anchor: ResolvedAnchor
  /** Null while open-ended (no `within`, arming state still active) or while its anchor has not happened. */
  readonly due: SimTime | null
  /** When the drill left the state that armed it (a stale occurrence), or null. */
  readonly staleAt: SimTime | null
  /** Roles that may meet it now (or when it was met): the level in force then. */
  readonly roles: readonly RoleId[]
  readonly recipients: readonly RoleId[]
  readonly critical: boolean
  readonly done: Performance | null
  readonly wrongRole: readonly Performance[]
  /** A scenario event that made it not applicable while open and not overdue. */
  readonly discharged: { readonly at: SimTime; readonly event: string } | null
  /** Status now (`open` while not done and not yet due), final once the drill has ended. */
  readonly status: ObligationStatus
  readonly lateBy: number | null
  readonly missingRecipients: readonly RoleId[]
  /** For an ending step done early: the steps still open when it was done. */
  readonly openBefore: readonly string[]
}

export type MatchResult =
  | { readonly kind: 'satisfied'; readonly key: string; readonly met: readonly string[] }
  | { readonly kind: 'wrong-role'; readonly key: string; readonly met: readonly string[] }
  | { readonly kind: 'unmatched'; readonly met: readonly string[] }

/** What an action carries besides its actor (action log v2). */
export interface ActDetail {
  readonly to?: readonly RoleId[]
  readonly level?: LevelId
}

/** Upper bound on occurrences one drill may create (a runaway cadence is an error naming the expectation). */
export const MAX_OCCURRENCES = 20_000

/** A drill would grow past a bound (`MAX_OCCURRENCES`): bad input, not a crash; the CLI reports it with exit 2. */
export class DrillLimitError extends Error {
  override readonly name = 'DrillLimitError'
  constructor(
    readonly expectation: string,
    message: string,
  ) {
    super(message)
  }
}

export class Ledger {
  private readonly list: Entry[] = []
  private readonly series: Series[] = []
  private readonly order: Map<string, number>
  private readonly byId = new Map<string, Entry[]>()
  private readonly events: { type: string; at: SimTime }[] = []
  private readonly levels: { level: LevelId; at: SimTime }[] = []
  private version = 0
  private cache: { version: number; now: SimTime; ended: boolean; levelNow: LevelId | null; list: readonly Obligation[] } | null = null

  constructor(
    readonly plan: PlanDefinition,
    readonly params: ResolvedParams,
    readonly timeline: Timeline,
  ) {
    this.order = new Map(plan.expectations.map((e, i) => [e.id as string, i]))
  }

  /** A scenario event was delivered (for `{ event }` anchors and `dischargedBy`). */
  noteEvent(type: string, at: SimTime): void {
    this.events.push({ type, at })
    for (const e of this.list) {
      if (e.done !== null || e.discharged !== null || !(e.exp.dischargedBy ?? []).includes(type)) continue
      const due = this.dueOf(e)
      if (due === null || due >= at) {
        e.discharged = { at, event: type }
        this.version++
      }
    }
  }

  /** The level reached (for `{ level: true }` anchors). */
  noteLevel(level: LevelId, at: SimTime): void {
    this.levels.push({ level, at })
  }

  /** Arms expectations (a state was entered) for the given cause. See the README's "How a drill runs". */
  arm(ids: readonly ExpectationId[], at: SimTime, level: LevelId | null, facts: Facts, cause: Cause): void {
    this.version++
    for (const id of ids) {
      const exp = this.expectation(id)
      if (exp.every !== undefined) {
        this.armSeries(exp, at, level, facts, cause)
        continue
      }
      const existing = this.byId.get(id) ?? []
      const pending = existing.find((i) => i.done === null && i.discharged === null)
      if (pending) {
        pending.arms.push({ at, level, facts, cause })
        // An open-ended duty that fell due when its state was left keeps that deadline (the earlier one applies).
        if (exp.within === undefined && pending.staleAt !== null) pending.fellDue ??= pending.staleAt
        pending.staleAt = null
        continue
      }
      const last = existing.length > 0 ? (existing[existing.length - 1] as Entry) : undefined
      let renewed: RenewReason | null = null
      let required: readonly RoleId[] | null = null
      if (last && last.done !== null && cause.levelTo !== undefined) {
        const rolesNow = this.rolesAt(last, level)
        const wanted = atLevel(exp.recipients ?? [], level) ?? []
        const reached = last.done.to ?? last.required ?? atLevel(exp.recipients ?? [], this.levelOf(last)) ?? []
        const added = wanted.filter((r) => !reached.some((t) => mayAct(this.plan, [r], t)))
        if (exp.onRise === 'renew') renewed = { kind: 'renew', at, level, recipients: [] }
        else if (!mayAct(this.plan, rolesNow, last.done.role)) renewed = { kind: 'new-body', at, level, recipients: [] }
        else if (added.length > 0) {
          renewed = { kind: 'new-recipients', at, level, recipients: added }
          required = added
        } else {
          last.carried.push(cause)
          continue
        }
      }
      this.add(exp, at, [{ at, level, facts, cause }], null, renewed, required)
    }
    this.version++
  }

  /** The arming state was left: recurring obligations stop, open-ended ones fall due now, the rest become stale. */
  disarm(ids: readonly ExpectationId[], at: SimTime): void {
    this.version++
    for (const id of ids) {
      const exp = this.expectation(id)
      if (exp.every !== undefined) {
        for (const s of this.series) if (s.exp === exp && s.endedAt === null) this.endSeries(s, at)
        continue
      }
      for (const i of this.byId.get(id) ?? []) if (i.staleAt === null) i.staleAt = at
    }
    this.version++
  }

  /** Opens the periods of recurring obligations that have started by `now`. */
  materialize(now: SimTime): void {
    for (const s of this.series) {
      for (;;) {
        if (s.endedAt !== null) break
        const opens = s.next === 0 ? s.startAt : s.dueAt(s.next - 1)
        if (opens > now) break
        const due = s.dueAt(s.next)
        const e = this.add(s.exp, opens, [{ at: opens, level: s.level, facts: s.facts, cause: s.next === 0 ? s.cause : { kind: 'schedule', ref: s.exp.id, at: opens } }], due, null, null)
        e.series = s
        s.next++
        this.version++
      }
    }
  }

  /**
   * Credits an action (see the README's "Credit assignment"): the open occurrence with that action that the actor
   * may meet, current before stale, then earliest due, earliest armed, plan order; then every open occurrence its
   * `covers` names. With no occurrence the actor may meet, the best other one records a wrong-role attempt.
   */
  match(actionId: string, role: RoleId, at: SimTime, index: number, levelNow: LevelId | null, detail: ActDetail = {}): MatchResult {
    this.materialize(at)
    let best: Entry | null = null
    let bestKey: readonly number[] = []
    let wrong: Entry | null = null
    let wrongKey: readonly number[] = []
    for (const i of this.list) {
      if (i.done !== null || i.discharged !== null || i.exp.action !== actionId || i.armedAt > at) continue
      const stale = i.staleAt !== null && i.staleAt <= at ? 1 : 0
      const due = this.dueOf(i)
      const rank = [stale, due === null ? Number.MAX_SAFE_INTEGER : due, i.armedAt, this.planOrder(i.exp.id), i.seq]
      if (mayAct(this.plan, this.rolesAt(i, levelNow), role)) {
        if (best === null || less(rank, bestKey)) [best, bestKey] = [i, rank]
      } else if (wrong === null || less(rank, wrongKey)) [wrong, wrongKey] = [i, rank]
    }
    const perf = (coveredBy: string | null): Performance => ({ at, role, action: index, to: detail.to ?? null, level: detail.level ?? null, levelThen: levelNow, coveredBy })
    this.version++
    if (best) {
      best.done = perf(null)
      best.doneRoles = this.rolesAt(best, levelNow)
      const met = [best.key]
      for (const c of best.exp.covers ?? []) {
        for (const j of this.byId.get(c.expectation) ?? []) {
          if (j.done !== null || j.discharged !== null || j.armedAt > at) continue
          j.done = perf(best.key)
          j.doneRoles = this.rolesAt(j, levelNow)
          met.push(j.key)
        }
      }
      this.version++
      return { kind: 'satisfied', key: best.key, met }
    }
    if (wrong) {
      wrong.wrongRole.push(perf(null))
      this.version++
      return { kind: 'wrong-role', key: wrong.key, met: [] }
    }
    return { kind: 'unmatched', met: [] }
  }

  /** Expectation ids with at least one met occurrence. */
  metIds(): string[] {
    const out = new Set<string>()
    for (const i of this.list) if (i.done !== null) out.add(i.exp.id)
    return [...out]
  }

  /** The obligations as plain data, with their status at `now` (final when `ended`). Cached until something changes. */
  obligations(now: SimTime, ended: boolean, levelNow: LevelId | null): readonly Obligation[] {
    const c = this.cache
    if (c && c.version === this.version && c.ended === ended && c.levelNow === levelNow) {
      if (c.now === now) return c.list
      // Only the status of what is still open depends on the clock; most stay as they were.
      const list = c.list.map((o) => {
        if (o.done !== null || o.discharged !== null) return o
        const status = openStatus(o.wrongRole.length > 0, o.due, now)
        return status === o.status ? o : { ...o, status }
      })
      this.cache = { ...c, now, list }
      return list
    }
    const list = this.list.map((i) => this.snapshot(i, now, ended, levelNow))
    this.cache = { version: this.version, now, ended, levelNow, list }
    return list
  }

  /** Changes whenever anything in the ledger does (a cheap identity for callers' caches). */
  get revision(): number {
    return this.version
  }

  /** Keys of the occurrences still open (not met, not discharged), in arming order: a cheap scan for autopilots. */
  openKeys(): string[] {
    const out: string[] = []
    for (const i of this.list) if (i.done === null && i.discharged === null) out.push(i.key)
    return out
  }

  /** One occurrence as plain data (as in `obligations`), computed on demand. */
  obligation(key: string, now: SimTime, ended: boolean, levelNow: LevelId | null): Obligation | undefined {
    const e = this.byId.get(key.slice(0, key.lastIndexOf('#')))?.find((x) => x.key === key)
    return e === undefined ? undefined : this.snapshot(e, now, ended, levelNow)
  }

  /** The occurrences of one expectation, in order, as plain data. */
  occurrencesOf(id: string, now: SimTime, ended: boolean, levelNow: LevelId | null): Obligation[] {
    return (this.byId.get(id) ?? []).map((e) => this.snapshot(e, now, ended, levelNow))
  }

  /** The latest deadline known now. */
  lastDue(from: SimTime): SimTime {
    let last = from
    for (const i of this.list) {
      const due = this.dueOf(i)
      if (due !== null && due > last) last = due
    }
    return last
  }

  planOrder(id: string): number {
    return this.order.get(id) ?? Number.MAX_SAFE_INTEGER
  }

  // --- internal ---

  private snapshot(i: Entry, now: SimTime, ended: boolean, levelNow: LevelId | null): Obligation {
    // Open-ended at the end (its arming state still active, or its anchor never happened): due at the end.
    const due = this.dueOf(i) ?? (ended ? now : null)
    const anchor = this.anchorOf(i)
    const levelThen = i.done?.levelThen ?? levelNow
    const roles = i.doneRoles ?? this.rolesAt(i, levelThen)
    const recipients = i.required ?? atLevel(i.exp.recipients ?? [], this.levelOf(i)) ?? []
    const d = i.done
    let status: ObligationStatus
    let lateBy: number | null = null
    let missing: readonly RoleId[] = []
    let openBefore: readonly string[] = []
    if (d !== null) {
      const late = due !== null && d.at > due ? d.at - due : null
      lateBy = late
      openBefore = this.openBefore(i, d.at)
      // A recipient is reached when the act names it, or a role that acts for it (the group's leader for the group).
      missing = d.to !== null ? recipients.filter((r) => !(d.to as readonly RoleId[]).some((t) => mayAct(this.plan, [r], t))) : []
      if (i.exp.declaresLevel && d.level !== null && d.levelThen !== null && d.level !== d.levelThen) status = 'wrong-level'
      else if (openBefore.length > 0) status = 'out-of-order'
      else if (missing.length > 0) status = 'incomplete'
      else status = late !== null ? 'late' : 'on-time'
    } else if (i.discharged !== null) status = 'not-applicable'
    else if (!ended) status = openStatus(i.wrongRole.length > 0, due, now)
    else if (i.wrongRole.length > 0) status = 'wrong-role'
    else if (i.exp.optional || due === null || due > now) status = 'not-applicable'
    else status = 'missed'
    return {
      key: i.key,
      expectation: i.exp.id,
      occurrence: i.seq,
      level: this.levelOf(i),
      armedAt: i.armedAt,
      cause: (i.arms[0] as Arming).cause,
      rearmed: i.arms.length > 1 ? i.arms.slice(1).map((a) => a.cause) : NONE,
      carried: i.carried.length > 0 ? [...i.carried] : NONE,
      renewed: i.renewed,
      anchor,
      due,
      staleAt: i.staleAt,
      roles,
      recipients,
      critical: criticalAt(i.exp, levelThen ?? this.levelOf(i)),
      done: d,
      wrongRole: i.wrongRole.length > 0 ? [...i.wrongRole] : NONE,
      discharged: i.discharged,
      status,
      lateBy,
      missingRecipients: missing,
      openBefore,
    }
  }

  /**
   * Steps this one must follow (`after`) that were not yet met when it was done: for an ending step, any occurrence
   * armed by then and still open; otherwise a predecessor first met only later.
   */
  private openBefore(i: Entry, at: SimTime): string[] {
    const out: string[] = []
    for (const id of i.exp.after ?? []) {
      const list = this.byId.get(id) ?? []
      if (i.exp.endsHandling) {
        if (list.some((j) => j.armedAt <= at && j.discharged === null && (j.done === null || j.done.at > at) && !this.notOwed(j, at))) out.push(id)
        continue
      }
      let first: SimTime | null = null
      for (const j of list) if (j.done !== null && (first === null || j.done.at < first)) first = j.done.at
      if (first !== null && first > at) out.push(id)
    }
    return out
  }

  /** An optional step, or a recurring period not yet due, is not owed before the end. */
  private notOwed(j: Entry, at: SimTime): boolean {
    if (j.exp.optional) return true
    const due = this.dueOf(j)
    return j.series !== null && due !== null && due > at
  }

  /** Roles that may meet it at `level` (the level in force), falling back to those of its arming level. */
  private rolesAt(i: Entry, level: LevelId | null): readonly RoleId[] {
    return atLevel(i.exp.roles, level) ?? atLevel(i.exp.roles, this.levelOf(i)) ?? []
  }

  private levelOf(i: Entry): LevelId | null {
    const last = i.arms[i.arms.length - 1]
    return last ? last.level : null
  }

  /**
   * The deadline: fixed for a recurring period; when the arming state was left for one without `within`; else
   * `within` after its anchor. Re-armings (level rises) tighten it only with a deadline still in the future then.
   */
  private dueOf(i: Entry, depth = 0): SimTime | null {
    if (i.fixedDue !== null) return i.fixedDue
    if (this.memoVersion !== this.version) {
      this.memo.clear()
      this.anchors.clear()
      this.memoVersion = this.version
    }
    const hit = this.memo.get(i)
    if (hit !== undefined) return hit
    const due = this.computeDue(i, depth)
    this.memo.set(i, due)
    return due
  }

  private readonly memo = new Map<Entry, SimTime | null>()
  private memoVersion = -1

  private computeDue(i: Entry, depth: number): SimTime | null {
    if (i.exp.within === undefined) return i.fellDue ?? i.staleAt
    if (depth > 16) throw new Error(`Deadline chain too deep at expectation "${i.exp.id}" in plan "${this.plan.id}"`)
    let best: SimTime | null = null
    for (const a of i.arms) {
      const from = this.anchorTime(i.exp, a, depth)
      if (from === null) continue
      const due = this.timeline.add(from, this.duration(atLevel(i.exp.within, a.level), i.exp, a.facts))
      if (best !== null && due < a.at) continue
      if (best === null || due < best) best = due
    }
    return best
  }

  private anchorOf(i: Entry): ResolvedAnchor {
    if (this.memoVersion !== this.version) {
      this.memo.clear()
      this.anchors.clear()
      this.memoVersion = this.version
    }
    const hit = this.anchors.get(i)
    if (hit !== undefined) return hit
    const made = this.resolveAnchor(i)
    this.anchors.set(i, made)
    return made
  }

  private readonly anchors = new Map<Entry, ResolvedAnchor>()

  private resolveAnchor(i: Entry): ResolvedAnchor {
    if (i.series !== null) return { kind: 'period', ref: i.exp.id, at: i.armedAt }
    const a = anchorOf(i.exp)
    const first = i.arms[0] as Arming
    const at = i.exp.within === undefined ? first.at : this.anchorTime(i.exp, first, 0)
    if ('expectation' in a) return { kind: 'expectation', ref: a.expectation, at }
    if ('event' in a) return { kind: 'event', ref: a.event, at }
    if ('level' in a) return { kind: 'level', ref: first.level, at }
    return { kind: 'armed', ref: first.cause.ref, at }
  }

  private anchorTime(exp: ExpectationDef, a: Arming, depth: number): SimTime | null {
    const anchor = anchorOf(exp)
    if ('expectation' in anchor) {
      const t = this.triggerTime(anchor.expectation, a.at, depth)
      return t === null ? null : t > a.at ? t : a.at
    }
    if ('event' in anchor) {
      let t: SimTime | null = null
      for (const e of this.events) if (e.type === anchor.event && e.at <= a.at) t = e.at
      return t ?? a.at
    }
    if ('level' in anchor) {
      let t: SimTime | null = null
      for (const l of this.levels) if (l.level === a.level && l.at <= a.at) t ??= l.at
      return t ?? a.at
    }
    return a.at
  }

  /** When the anchor step was performed (or fell due, pr-all-03); null while neither is known. */
  private triggerTime(id: ExpectationId, armedAt: SimTime, depth: number): SimTime | null {
    const list = this.byId.get(id)
    if (!list || list.length === 0) return armedAt
    let pick = list[0] as Entry
    for (const j of list) if (j.armedAt <= armedAt) pick = j
    if (pick.done !== null) return pick.done.at
    return this.dueOf(pick, depth + 1)
  }

  private add(exp: ExpectationDef, armedAt: SimTime, arms: Arming[], fixedDue: SimTime | null, renewed: RenewReason | null, required: readonly RoleId[] | null): Entry {
    if (this.list.length >= MAX_OCCURRENCES) throw new DrillLimitError(exp.id, `expectation "${exp.id}" of plan "${this.plan.id}" would create more than ${MAX_OCCURRENCES} occurrences in one drill; check its cadence and the drill's length`)
    const seq = (this.byId.get(exp.id)?.length ?? 0) + 1
    const e: Entry = { key: `${exp.id}#${seq}`, exp, seq, armedAt, arms, fixedDue, staleAt: null, fellDue: null, done: null, doneRoles: null, wrongRole: [], carried: [], renewed, required, discharged: null, series: null }
    this.list.push(e)
    const l = this.byId.get(exp.id)
    if (l) l.push(e)
    else this.byId.set(exp.id, [e])
    return e
  }

  private armSeries(exp: ExpectationDef, at: SimTime, level: LevelId | null, facts: Facts, cause: Cause): void {
    const every = this.duration(atLevel(exp.every, level), exp, facts)
    // Ended in this same step (the state was left and another arming it entered): keep the cadence.
    const prev = this.series.find((s) => s.exp === exp && (s.endedAt === null || s.endedAt === at))
    if (prev) {
      const same = sameDuration(prev.every, every)
      if (same) {
        this.reopen(prev)
        return
      }
      const pendingDue = prev.dropped[0]?.fixedDue ?? null
      if (prev.endedAt === null) this.endSeries(prev, at)
      const s = this.newSeries(exp, at, every, level, facts, cause)
      const next = this.timeline.add(at, every)
      if (pendingDue !== null && pendingDue < next) s.shift = pendingDue - next
      this.series.push(s)
      this.materialize(at)
      return
    }
    this.series.push(this.newSeries(exp, at, every, level, facts, cause))
    this.materialize(at)
  }

  private newSeries(exp: ExpectationDef, startAt: SimTime, every: Duration, level: LevelId | null, facts: Facts, cause: Cause): Series {
    const repeat = (k: number) => (every.months === 0 && every.workingDays === 0 ? simTime(startAt + every.ms * k) : this.repeat(startAt, every, k))
    const s: Series = {
      exp, startAt, every, level, facts, cause, endedAt: null, next: 0, dropped: [], shift: 0,
      dueAt: (k: number) => simTime(repeat(k + 1) + s.shift),
    }
    if (every.ms <= 0 && every.months === 0 && every.workingDays === 0) throw new Error(`Expectation "${exp.id}" of plan "${this.plan.id}" has a cadence of zero`)
    return s
  }

  private reopen(s: Series): void {
    if (s.endedAt === null) return
    s.endedAt = null
    for (const e of s.dropped) {
      this.list.push(e)
      ;(this.byId.get(e.exp.id) as Entry[]).push(e)
    }
    s.dropped = []
  }

  private endSeries(s: Series, at: SimTime): void {
    this.materialize(at)
    s.endedAt = at
    // A period whose deadline falls after the end is not owed (pr-cil-10), unless it was already met.
    for (let k = this.list.length - 1; k >= 0; k--) {
      const i = this.list[k] as Entry
      if (i.series === s && i.done === null && i.fixedDue !== null && i.fixedDue > at) {
        this.list.splice(k, 1)
        const l = this.byId.get(i.exp.id) as Entry[]
        l.splice(l.indexOf(i), 1)
        s.dropped.unshift(i)
      }
    }
  }

  private repeat(start: SimTime, every: Duration, times: number): SimTime {
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

// --- internal ---

interface Arming {
  readonly at: SimTime
  readonly level: LevelId | null
  /** The facts when it was armed, for deadlines the scenario sets (`{ fact: 'replyBy' }`). */
  readonly facts: Facts
  readonly cause: Cause
}

interface Entry {
  readonly key: string
  readonly exp: ExpectationDef
  readonly seq: number
  readonly armedAt: SimTime
  readonly arms: Arming[]
  readonly fixedDue: SimTime | null
  staleAt: SimTime | null
  /** For a duty without `within`: when it first fell due (its state left), kept when it is re-armed. */
  fellDue: SimTime | null
  done: Performance | null
  doneRoles: readonly RoleId[] | null
  readonly wrongRole: Performance[]
  readonly carried: Cause[]
  readonly renewed: RenewReason | null
  /** Recipients owed by this occurrence when a rise owes only the added ones. */
  readonly required: readonly RoleId[] | null
  discharged: { at: SimTime; event: string } | null
  series: Series | null
}

interface Series {
  readonly exp: ExpectationDef
  readonly startAt: SimTime
  readonly every: Duration
  readonly level: LevelId | null
  readonly facts: Facts
  readonly cause: Cause
  endedAt: SimTime | null
  /** Index of the next period to open (0 = the first, opening at the start). */
  next: number
  /** Pending periods removed when the series ended, kept so a same-step re-arming can restore them. */
  dropped: Entry[]
  /** Moves every due time (ms): a cadence change owes the next report no later than the old pending one. */
  shift: number
  readonly dueAt: (k: number) => SimTime
}

const NONE: readonly never[] = Object.freeze([])

/** The status of an occurrence not yet met while the drill runs: overdue (missed, or wrong-role if only attempted by one), else open. */
function openStatus(attempted: boolean, due: SimTime | null, now: SimTime): ObligationStatus {
  if (due === null || due >= now) return 'open'
  return attempted ? 'wrong-role' : 'missed'
}

function sameDuration(a: Duration, b: Duration): boolean {
  return a.ms === b.ms && a.months === b.months && a.workingDays === b.workingDays
}

function less(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as number
    const y = b[k] as number
    if (x !== y) return x < y
  }
  return false
}
