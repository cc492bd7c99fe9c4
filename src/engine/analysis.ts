/**
 * Plan analysis with xstate/graph: which states the chart can reach, which expectations some event sequence arms,
 * which events nothing handles, where the chart gets stuck, and what the shipped scenarios exercise.
 */
import { getAdjacencyMap } from 'xstate/graph'
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate'
import { createAutopilot } from './autopilot.ts'
import { runDrill } from './drillRunner.ts'
import type { DrillOptions } from './drillRunner.ts'
import type { Condition } from './condition.ts'
import { allLevelValues, resolveParams } from './model.ts'
import type { EventDef, Plan } from './model.ts'
import type { PlanContext } from './planMachine.ts'
import type { Scenario } from './scenario.ts'

export interface PlanCoverage {
  readonly id: string
  /** State nodes in the chart (ids such as `customer-info-leak.incident.severity.major`). */
  readonly states: number
  readonly reachedStates: number
  readonly unreachableStates: readonly string[]
  readonly unarmableExpectations: readonly string[]
  /** Events declared by the plan or injected by its scenarios that no transition handles and that the plan does not mark informational. */
  readonly unhandledEvents: readonly string[]
  /** Informational events: declared without a rule (pr-all-10), listed for completeness. */
  readonly informationalEvents: readonly string[]
  /** Reached configurations, other than final ones, from which no event leads anywhere. */
  readonly deadEnds: readonly string[]
  /** Share of the plan's expectations armed by at least one shipped scenario (0..1). */
  readonly exercised: number
  readonly notExercised: readonly string[]
  readonly scenarios: readonly { readonly id: string; readonly armed: readonly string[] }[]
}

export interface AnalysisOptions extends DrillOptions {
  /** The plan's shipped scenarios: their injects seed the exploration and their runs measure what is exercised. */
  readonly scenarios: readonly Scenario[]
  /** Upper bound on explored configurations. */
  readonly limit?: number
}

/** Explores the plan's chart with the events its scenarios and rules use, and runs its scenarios. Pure. */
export function analyzePlan(plan: Plan, options: AnalysisOptions): PlanCoverage {
  const def = plan.definition
  const machine = plan.machine
  const events = sampleEvents(plan, options.scenarios)
  const params = resolveParams(def)
  const adjacency = getAdjacencyMap(machine, {
    input: { params },
    events,
    // Facts change with every payload; configurations are told apart by state and level, which is what guards decide on.
    serializeState: (s) => `${JSON.stringify((s as AnyMachineSnapshot).value)}|${((s as AnyMachineSnapshot).context as PlanContext).level ?? ''}`,
    serializeEvent: (e) => JSON.stringify(e),
    // xstate/graph counts every queued step, duplicates included.
    limit: options.limit ?? 500_000,
  })

  const allNodes = stateNodeIds(machine)
  const reached = new Set<string>()
  const armable = new Set<string>()
  const deadEnds: string[] = []
  for (const [key, entry] of Object.entries(adjacency)) {
    const snap = entry.state as AnyMachineSnapshot
    for (const node of activeNodes(machine.root, snap.value)) {
      reached.add(node.id)
      const meta = node.meta as { expectations?: readonly string[] } | undefined
      for (const id of meta?.expectations ?? []) armable.add(id)
    }
    if (snap.status === 'done') continue
    const moves = Object.values(entry.transitions).some((t) => {
      const next = (t as { state: AnyMachineSnapshot }).state
      return `${JSON.stringify(next.value)}|${(next.context as PlanContext).level ?? ''}` !== key
    })
    if (!moves) deadEnds.push(describeValue(snap.value))
  }

  // A transient state (an unguarded eventless exit) is never seen at rest: it is reached when its parent is.
  for (const node of allStateNodes(machine)) {
    const always = (node as { always?: readonly { guard?: unknown }[] }).always
    if (always?.some((t) => t.guard === undefined) && node.parent && (node.parent === machine.root || reached.has(node.parent.id))) reached.add(node.id)
  }

  const handled = handledEventTypes(machine)
  const declared = new Set<string>([...def.events.map((e) => e.id), ...options.scenarios.flatMap((s) => s.injects.map((i) => i.event))])
  const informational = def.events.filter((e) => e.informational).map((e) => e.id)
  const unhandled = [...declared].filter((t) => !handled.has(t) && !informational.includes(t)).sort()

  const runs = options.scenarios.map((s) => {
    const result = runDrill(plan, s, { ...options, autopilot: createAutopilot('perfect', s.seed) })
    return { id: s.id, armed: [...new Set(result.obligations.map((o) => o.expectation as string))].sort() }
  })
  const exercisedIds = new Set(runs.flatMap((r) => r.armed))
  const ids = def.expectations.map((e) => e.id as string)
  return {
    id: def.id,
    states: allNodes.length,
    reachedStates: allNodes.filter((n) => reached.has(n)).length,
    unreachableStates: allNodes.filter((n) => !reached.has(n)),
    unarmableExpectations: ids.filter((id) => !armable.has(id)),
    unhandledEvents: unhandled,
    informationalEvents: informational,
    deadEnds: [...new Set(deadEnds)].sort(),
    exercised: ids.length === 0 ? 1 : Math.round((1000 * ids.filter((id) => exercisedIds.has(id)).length) / ids.length) / 1000,
    notExercised: ids.filter((id) => !exercisedIds.has(id)),
    scenarios: runs,
  }
}

/** Every state node id below the root, in document order. */
export function stateNodeIds(machine: AnyStateMachine): string[] {
  return allStateNodes(machine).map((n) => n.id)
}

/** Every state node below the root, in document order. */
export function allStateNodes(machine: AnyStateMachine): AnyStateMachine['root'][] {
  const out: AnyStateMachine['root'][] = []
  const visit = (node: AnyStateMachine['root']) => {
    for (const child of Object.values(node.states)) {
      out.push(child)
      visit(child)
    }
  }
  visit(machine.root)
  return out
}

/** Event types some transition of the chart names (delayed-transition events included). */
export function handledEventTypes(machine: AnyStateMachine): Set<string> {
  const out = new Set<string>()
  const visit = (node: AnyStateMachine['root']) => {
    for (const key of node.transitions.keys()) out.add(key)
    for (const child of Object.values(node.states)) visit(child)
  }
  visit(machine.root)
  return out
}

// --- internal ---

type StateNode = AnyStateMachine['root']

/** The state nodes a state value makes active (every level, every parallel region). */
function activeNodes(node: StateNode, value: unknown): StateNode[] {
  if (typeof value === 'string') {
    const child = node.states[value]
    return child ? [child] : []
  }
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const child = node.states[key]
    return child ? [child, ...activeNodes(child, v)] : []
  })
}

/**
 * The events explored from every configuration: each distinct inject of the scenarios, boundary payloads built from
 * the severity rules (each threshold, one below and one above, each enumerated value), the participants' actions the
 * chart's guards look at (by every role the plan accepts for them), and the chart's delayed events.
 */
function sampleEvents(plan: Plan, scenarios: readonly Scenario[]): EventObject[] {
  const def = plan.definition
  const params = resolveParams(def)
  const out = new Map<string, EventObject>()
  const add = (e: EventObject) => out.set(JSON.stringify(e), e)
  for (const s of scenarios) for (const i of s.injects) add({ type: i.event, ...i.data })

  const probes = new Map<string, unknown[]>()
  const probe = (fact: string, values: unknown[]) => probes.set(fact, [...(probes.get(fact) ?? []), ...values])
  const visit = (c: Condition) => {
    if ('all' in c) return c.all.forEach(visit)
    if ('any' in c) return c.any.forEach(visit)
    if ('not' in c) return visit(c.not)
    if ('always' in c) return
    const num = (ref: number | { param: string }) => (typeof ref === 'number' ? ref : (params[ref.param] as number))
    if ('gte' in c) probe(c.fact, [num(c.gte) - 1, num(c.gte)])
    else if ('gt' in c) probe(c.fact, [num(c.gt), num(c.gt) + 0.5])
    else if ('lt' in c) probe(c.fact, [num(c.lt) - 0.5, num(c.lt)])
    else if ('lte' in c) probe(c.fact, [num(c.lte), num(c.lte) + 0.5])
    else if ('eq' in c) probe(c.fact, [c.eq])
    else if ('in' in c) probe(c.fact, [...c.in])
    else if ('intersects' in c) probe(c.fact, [Array.isArray(c.intersects) ? c.intersects.slice(0, 1) : (params[(c.intersects as { param: string }).param] as string[]).slice(0, 1)])
    else if ('present' in c) probe(c.fact, [])
  }
  for (const r of def.severity?.rules ?? []) visit(r.when)

  for (const ev of def.events) {
    const base = baseline(ev)
    add({ type: ev.id, ...base })
    for (const [fact, values] of probes) {
      if (!(fact in ev.fields)) continue
      for (const v of values) if (fits(ev, fact, v)) add({ type: ev.id, ...base, [fact]: v })
    }
  }

  // Participants' moves that guards inspect: every expectation whose action the chart reacts to, by each accepted role.
  for (const e of def.expectations) {
    for (const roles of allLevelValues(e.roles)) for (const role of roles) add({ type: 'action.taken', action: e.action, role, meets: [e.id], met: def.expectations.map((x) => x.id) } as EventObject)
  }
  for (const t of handledEventTypes(plan.machine)) if (t.startsWith('xstate.after')) add({ type: t })
  return [...out.values()]
}

/** A minimal valid payload: required fields at their smallest value. */
function baseline(ev: EventDef): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, f] of Object.entries(ev.fields)) {
    if (!f.required) continue
    out[name] = f.kind === 'boolean' ? false : f.kind === 'enum' ? f.values?.[0] : f.kind === 'enum-list' ? [] : f.kind === 'string' ? 'probe' : f.kind === 'offset' ? '1h' : (f.min ?? 0)
  }
  return out
}

function fits(ev: EventDef, fact: string, v: unknown): boolean {
  const f = ev.fields[fact]
  if (!f) return false
  if (f.kind === 'integer' || f.kind === 'number') return typeof v === 'number' && (f.min === undefined || v >= f.min) && (f.max === undefined || v <= f.max)
  if (f.kind === 'boolean') return typeof v === 'boolean'
  if (f.kind === 'enum') return typeof v === 'string' && (f.values ?? []).includes(v)
  if (f.kind === 'enum-list') return Array.isArray(v)
  return typeof v === 'string'
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => (typeof v === 'string' ? `${k}.${v}` : `${k}.{${describeValue(v)}}`))
    .join(', ')
}
