/** Autopilot policies: simulated participants that act on what the running drill has actually armed, never on the script. */
import type { Autopilot, DrillSession, PlannedAction } from './drillRunner.ts'
import type { Obligation } from './ledger.ts'
import { mayAct } from './model.ts'
import type { ExpectationDef } from './model.ts'
import { between, createRng, deriveSeed, pick } from './random.ts'
import { AUTOPILOT } from './scoring.ts'
import { simTime } from './types.ts'
import type { RoleId, SimTime } from './types.ts'

export const AUTOPILOT_POLICIES = ['perfect', 'late', 'none', 'random'] as const
export type AutopilotPolicy = (typeof AUTOPILOT_POLICIES)[number]

/**
 * - `perfect`: every armed, non-optional expectation done by the plan's own role early in its window, in order.
 * - `late`: every one done by the plan's role after its deadline.
 * - `none`: nothing.
 * - `random`: a seeded mix of on-time, late, wrong-role and missed, and some optional steps.
 */
export function createAutopilot(policy: AutopilotPolicy, seed = 0, options: { readonly except?: RoleId } = {}): Autopilot {
  return new PolicyAutopilot(policy, seed >>> 0, options.except ?? null)
}

// --- internal ---

type Decision = PlannedAction | 'skip'

class PolicyAutopilot implements Autopilot {
  readonly id: string
  private readonly decisions = new Map<string, Decision>()
  private readonly taken_ = new Set<string>()

  constructor(
    private readonly policy: AutopilotPolicy,
    private readonly seed: number,
    /** Solo practice: the trainee's role; the autopilot leaves every duty that role may meet to the trainee. */
    private readonly except: RoleId | null,
  ) {
    this.id = policy
  }

  private defs: Map<string, ExpectationDef> | null = null
  /** For occurrences not yet ready: the state of the drill when that was last found. */
  private readonly waiting = new Map<string, string>()

  next(drill: DrillSession): PlannedAction | null {
    if (this.policy === 'none') return null
    let best: PlannedAction | null = null
    // Only what is still open, and a full view only of what has no decision yet: this runs before every step.
    for (const key of drill.openKeys()) {
      if (this.taken_.has(key)) continue
      let d = this.decisions.get(key)
      if (d === undefined) {
        // Still waiting for a predecessor, and nothing it could be waiting for has changed since: skip the work.
        const stamp = `${drill.revision}/${this.decisions.size}/${this.taken_.size}/${drill.upcoming.length}`
        if (this.waiting.get(key) === stamp) continue
        const inst = drill.obligation(key)
        if (inst === undefined) continue
        // Solo practice: the trainee's duties are the trainee's.
        const made = this.except !== null && mayAct(drill.definition, inst.roles, this.except) ? 'skip' : this.decide(drill, inst)
        if (made === undefined) {
          this.waiting.set(key, stamp)
          continue
        }
        d = made
        this.decisions.set(key, d)
      }
      if (d === 'skip') continue
      if (best === null || d.at < best.at) best = d
    }
    return best
  }

  taken(planned: PlannedAction): void {
    this.taken_.add(planned.intent)
  }

  /** A decision once the instance is ready (its predecessors done), or undefined to wait. */
  private decide(drill: DrillSession, inst: Obligation): Decision | undefined {
    const exp = this.def(drill, inst.expectation)
    const rng = this.policy === 'random' ? createRng(deriveSeed(this.seed, inst.key)) : null
    const optional = exp.optional === true
    if (optional && (rng === null || rng() >= AUTOPILOT.randomOptionalShare)) return 'skip'
    // An end with no deadline of its own is declared only once the scenario has nothing more to say: ending while
    // injects are still to come would cut the drill short (and an end the scenario injects itself is the scenario's).
    if (exp.endsHandling && exp.within === undefined && drill.upcoming.some((i) => !drill.heldIds.includes(i.id))) return undefined
    const ready = this.readyAt(drill, inst, exp)
    if (ready === undefined) return undefined
    const due = inst.due
    const roles = inst.roles
    const primary = roles[0]
    if (primary === undefined) return 'skip'
    const plan = (at: number, role: RoleId): PlannedAction => ({
      at: simTime(Math.max(at, drill.now)), role, action: exp.action, intent: inst.key,
      ...(exp.declaresLevel && this.policy !== 'random' && drill.context.level !== null ? { level: drill.context.level } : {}),
    })
    const window = due !== null ? Math.max(0, due - ready) : null

    switch (this.policy) {
      case 'perfect': {
        if (window === null) return plan(ready + AUTOPILOT.openEndedDelay, primary)
        return plan(ready + clamp(window * AUTOPILOT.perfectShare, AUTOPILOT.minStep, AUTOPILOT.perfectMaxDelay, window), primary)
      }
      case 'late': {
        if (due === null) return undefined // open-ended: wait until its deadline is known
        return plan(due + clamp((window ?? 0) * AUTOPILOT.lateShare, AUTOPILOT.minStep, AUTOPILOT.lateMaxDelay), primary)
      }
      case 'random': {
        const r = rng as () => number
        const span = window ?? AUTOPILOT.openEndedDelay * 4
        const accepted = new Set<string>(roles)
        const others = drill.definition.roles.filter((x) => !x.external && !accepted.has(x.id)).map((x) => x.id)
        const u = r()
        const role = pick(r, roles)
        if (optional) return plan(ready + between(r, 0.05, 0.9) * span, role)
        if (u < AUTOPILOT.randomShares.onTime) return plan(ready + between(r, 0.05, 0.9) * span, role)
        if (u < AUTOPILOT.randomShares.onTime + AUTOPILOT.randomShares.late) {
          if (due === null) return plan(ready + between(r, 0.05, 0.9) * span, role)
          return plan(due + Math.min(between(r, 0.05, 1) * span, AUTOPILOT.randomMaxLate), role)
        }
        if (u < AUTOPILOT.randomShares.onTime + AUTOPILOT.randomShares.late + AUTOPILOT.randomShares.wrongRole && others.length > 0) {
          return plan(ready + between(r, 0.05, 0.9) * span, pick(r, others))
        }
        return 'skip'
      }
      case 'none':
        return 'skip'
      default: {
        const never: never = this.policy
        throw new Error(`Unknown autopilot policy ${String(never)}`)
      }
    }
  }

  /** When every predecessor (trigger and ordering) is done; undefined while one is still awaited. */
  private readyAt(drill: DrillSession, inst: Obligation, exp: ExpectationDef): SimTime | undefined {
    let ready = inst.armedAt
    const from = inst.anchor.kind === 'expectation' ? [inst.anchor.ref as string] : []
    const preds = [...from, ...(exp.after ?? [])]
    // The end of handling waits for every open occurrence of the steps it must follow, whenever they were armed.
    const pairs: [string, Obligation | undefined][] = exp.endsHandling
      ? preds.flatMap((id) => drill.occurrencesOf(id).map((j) => [id, j] as [string, Obligation]))
      : preds.map((id) => {
          let p: Obligation | undefined
          for (const j of drill.occurrencesOf(id)) if (p === undefined || j.armedAt <= inst.armedAt) p = j
          return [id, p]
        })
    for (const [, p] of pairs) {
      if (p === undefined) continue
      if (p.done !== null) {
        if (p.done.at > ready) ready = p.done.at
        continue
      }
      if (p.discharged !== null || this.def(drill, p.expectation).optional) continue
      const pd = this.decisions.get(p.key)
      if (pd === 'skip' || (pd !== undefined && this.taken_.has(p.key)) || (this.except !== null && mayAct(drill.definition, p.roles, this.except))) {
        // The predecessor will not be met by the autopilot (skipped, attempted by a wrong role, or left to the
        // trainee): go on from its deadline.
        const due = p.due
        if (due === null) return undefined
        if (due > ready) ready = due
        continue
      }
      return undefined
    }
    return ready
  }

  private def(drill: DrillSession, id: string): ExpectationDef {
    this.defs ??= new Map(drill.definition.expectations.map((e) => [e.id as string, e]))
    return this.defs.get(id) as ExpectationDef
  }
}

function clamp(x: number, lo: number, hi: number, cap = Infinity): number {
  return Math.min(Math.max(x, Math.min(lo, cap)), hi, cap)
}
