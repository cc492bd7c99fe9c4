/** What a scenario library shows before a drill: the level the injects lead to, the drill's length, the inject count. */
import { runDrill } from './drillRunner.ts'
import type { Plan } from './model.ts'
import type { Scenario } from './scenario.ts'
import type { Bilingual, LevelId } from './types.ts'

export interface ScenarioSummary {
  /** The highest level the scenario's injects reach when nobody acts (levels never go down), or null for plans without levels. */
  readonly level: LevelId | null
  readonly levelName: Bilingual | null
  /** Simulated length: to the scenario's `end`, or until every deadline has passed. */
  readonly lengthMs: number
  readonly injects: number
}

/** Runs the scenario once with no actions (pure, deterministic) and reads the outcome. */
export function summarizeScenario(plan: Plan, scenario: Scenario): ScenarioSummary {
  const result = runDrill(plan, scenario)
  const def = plan.definition
  const rank = (id: string) => def.levels.find((l) => l.id === id)?.rank ?? -1
  const level = result.levels.reduce<LevelId | null>((best, c) => (best === null || rank(c.level) > rank(best) ? c.level : best), null)
  return {
    level,
    levelName: def.levels.find((l) => l.id === level)?.name ?? null,
    lengthMs: result.endedAt,
    injects: scenario.injects.length,
  }
}
