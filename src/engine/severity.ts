/** Severity grading from a plan's declarative rules: which level the facts injected so far call for. */
import { evaluate } from './condition.ts'
import type { Facts } from './condition.ts'
import type { PlanDefinition, ResolvedParams, SeverityRule } from './model.ts'
import type { LevelId } from './types.ts'

export interface Grading {
  readonly level: LevelId
  /** Every rule that matched, in plan order (for `highest`, the candidates; for `first`, just the winner). */
  readonly matched: readonly SeverityRule[]
}

/** Grades facts by the plan's severity model; throws if the plan has none (a bug in the plan's chart). */
export function grade(plan: PlanDefinition, facts: Facts, params: ResolvedParams): Grading {
  const model = plan.severity
  if (!model) throw new Error(`Plan "${plan.id}" has no severity rules to grade with`)
  if (model.combine === 'first') {
    const hit = model.rules.find((r) => evaluate(r.when, facts, params))
    return { level: hit ? hit.level : model.otherwise, matched: hit ? [hit] : [] }
  }
  const matched = model.rules.filter((r) => evaluate(r.when, facts, params))
  let level = model.otherwise
  let best = rankOf(plan, level)
  for (const r of matched) {
    const rank = rankOf(plan, r.level)
    if (rank > best) {
      best = rank
      level = r.level
    }
  }
  return { level, matched }
}

// --- internal ---

function rankOf(plan: PlanDefinition, level: LevelId): number {
  const l = plan.levels.find((x) => x.id === level)
  if (!l) throw new Error(`Severity rule names unknown level "${level}" in plan "${plan.id}"`)
  return l.rank
}
