/** The scenario generator: valid files, every level covered, byte-identical per seed. */
import { describe, expect, it, test } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { chinaMainlandCalendar, createAutopilot, generateScenarios, localDate, runDrill, score } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'

const withRecipes = plans.ids().filter((id) => (plans.get(id)?.definition.recipes?.length ?? 0) > 0)

describe('generateScenarios', () => {
  test.for(withRecipes)('%s: a batch reaches every level its cases name', (id) => {
    const plan = plans.get(id)
    if (!plan) throw new Error(id)
    const batch = generateScenarios(plan, { seed: 11, count: 12, plans })
    for (const g of batch) {
      const e = score(runDrill(plan, g.scenario, { autopilot: createAutopilot('perfect') }))
      if (g.level !== null) expect({ file: g.file, severity: e.severity }).toEqual({ file: g.file, severity: g.level })
      expect(e.score).toBeGreaterThanOrEqual(95)
    }
    const levels = new Set(batch.map((g) => g.level).filter(Boolean))
    const planLevels = plan.definition.levels.map((l) => l.id)
    for (const l of planLevels) expect(levels).toContain(l)
  })
  it('gives byte-identical files for the same seed and different ones for another', () => {
    const plan = plans.get('customer-info-leak')
    if (!plan) throw new Error('plan')
    const a = generateScenarios(plan, { seed: 5, count: 4, plans }).map((g) => g.text)
    const b = generateScenarios(plan, { seed: 5, count: 4, plans }).map((g) => g.text)
    const c = generateScenarios(plan, { seed: 6, count: 4, plans }).map((g) => g.text)
    expect(b).toEqual(a)
    expect(c).not.toEqual(a)
  })
  it('starts every scenario on a mainland working day', () => {
    const plan = plans.get('customer-info-leak')
    if (!plan) throw new Error('plan')
    for (const g of generateScenarios(plan, { seed: 3, count: 20, plans })) {
      expect(chinaMainlandCalendar.isWorkingDay(localDate(g.scenario.start.epochMs, g.scenario.start.offsetMinutes))).toBe(true)
    }
  })
  propTest.prop([fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 6 })], { numRuns: 25 })('generated scenarios always load (any seed, any count)', (seed, count) => {
    for (const id of withRecipes) {
      const plan = plans.get(id)
      if (!plan) throw new Error(id)
      expect(generateScenarios(plan, { seed, count, plans })).toHaveLength(count)
    }
  })
})
