/** The action palette a participant picks from: the plan's actions grouped by the phase where the plan first needs them. */
import { allLevelValues, PHASES } from './model.ts'
import type { PhaseId, PlanDefinition } from './model.ts'
import type { Bilingual } from './types.ts'

export interface PaletteAction {
  readonly id: string
  readonly name: Bilingual
  /** Roles the plan accepts for it (union over the expectations that use it), plan order. */
  readonly roles: readonly string[]
  /** Clauses of the expectations it serves, for hints and search. */
  readonly clauses: readonly string[]
}

export interface PaletteGroup {
  readonly phase: PhaseId
  readonly name: Bilingual
  readonly actions: readonly PaletteAction[]
}

/** Every action of the plan exactly once, in the earliest phase of any expectation using it (unused ones under "other"). */
export function actionPalette(plan: PlanDefinition): { readonly groups: readonly PaletteGroup[]; readonly other: readonly PaletteAction[] } {
  const order = PHASES.map((p) => p.id)
  const firstPhase = new Map<string, PhaseId>()
  const roles = new Map<string, Set<string>>()
  const clauses = new Map<string, Set<string>>()
  for (const e of plan.expectations) {
    const prev = firstPhase.get(e.action)
    if (prev === undefined || order.indexOf(e.phase) < order.indexOf(prev)) firstPhase.set(e.action, e.phase)
    const rs = roles.get(e.action) ?? new Set<string>()
    for (const r of allLevelValues(e.roles).flat()) rs.add(r)
    roles.set(e.action, rs)
    const cs = clauses.get(e.action) ?? new Set<string>()
    for (const c of allLevelValues(e.clause)) cs.add(c)
    clauses.set(e.action, cs)
  }
  const roleOrder = plan.roles.map((r) => r.id as string)
  const entry = (a: PlanDefinition['actions'][number]): PaletteAction => ({
    id: a.id,
    name: a.name,
    roles: [...(roles.get(a.id) ?? [])].sort((x, y) => roleOrder.indexOf(x) - roleOrder.indexOf(y)),
    clauses: [...(clauses.get(a.id) ?? [])],
  })
  const groups = PHASES.map((p) => ({ phase: p.id, name: p.name, actions: plan.actions.filter((a) => firstPhase.get(a.id) === p.id).map(entry) })).filter((g) => g.actions.length > 0)
  return { groups, other: plan.actions.filter((a) => !firstPhase.has(a.id)).map(entry) }
}

/** Case-insensitive match of a query against an action's names (zh and en), id and clauses; blank matches all. */
export function matchesAction(a: PaletteAction, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (q === '') return true
  return [a.id, a.name.zh, a.name.en, ...a.clauses].some((s) => s.toLowerCase().includes(q))
}
