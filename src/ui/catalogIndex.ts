/**
 * The catalog index: what the library and plan list show (titles, levels, lengths), computed by the engine at build
 * time (src/build/catalogIndex.ts) so the first screen loads without the engine, YAML parser or schemas.
 */
import { summarizeScenario } from '../engine/scenarioSummary.ts'
import type { Plan } from '../engine/model.ts'
import type { Scenario } from '../engine/scenario.ts'
import type { Bilingual } from '../engine/types.ts'

export interface IndexedScenario {
  readonly id: string
  readonly plan: string
  readonly title: Bilingual
  readonly description: Bilingual | null
  readonly level: string | null
  readonly levelName: Bilingual | null
  readonly lengthMs: number
  readonly injects: number
  readonly origin: 'shipped' | 'variant'
}

export interface IndexedPlan {
  readonly id: string
  readonly version: string
  readonly title: Bilingual
  readonly summary: Bilingual
  readonly roles: number
  readonly expectations: number
  readonly levels: number
  readonly hasRecipes: boolean
}

export interface CatalogIndex {
  readonly plans: readonly IndexedPlan[]
  readonly scenarios: readonly IndexedScenario[]
  /** Scenario files that failed to load, one message per problem (file, field, problem). */
  readonly problems: readonly string[]
}

/** What the library lists about a scenario, from the engine's summary (a run without actions). */
export function indexScenario(plan: Plan, scenario: Scenario, origin: IndexedScenario['origin']): IndexedScenario {
  const s = summarizeScenario(plan, scenario)
  return { id: scenario.id, plan: scenario.plan, title: scenario.title, description: scenario.description ?? null, level: s.level, levelName: s.levelName, lengthMs: s.lengthMs, injects: s.injects, origin }
}
