/** Random scenario variants from the engine's seeded generator (loaded on demand: faker's name data stays out of the first load). */
import { generateScenarios } from '../engine/index.ts'
import { plans } from '../plans/index.ts'
import { indexScenario } from './catalogIndex.ts'
import type { SavedVariant } from './store.ts'

/** One variant of a plan for `seed`; which recipe case (level) it takes also follows from the seed. */
export function makeVariant(planId: string, seed: number, createdAt: string): SavedVariant {
  const plan = plans.get(planId)
  if (!plan) throw new Error(`unknown plan "${planId}"`)
  const cases = (plan.definition.recipes ?? []).reduce((n, r) => n + r.cases.length, 0)
  if (cases === 0) throw new Error(`plan "${planId}" has no scenario recipes`)
  const all = generateScenarios(plan, { seed, count: cases, plans })
  const { scenario, text } = all[seed % all.length] as (typeof all)[number]
  return { id: scenario.id, planId, text, createdAt, summary: indexScenario(plan, scenario, 'variant') }
}
