/** Determinism and the autopilot contract on every shipped scenario: same input, byte-identical output. */
import { describe, expect, test } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { createAutopilot, runDrill, score } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const all = shipped()
const run = (i: number, policy: 'perfect' | 'late' | 'none' | 'random', seed: number) => {
  const { scenario } = all[i % all.length] as (typeof all)[number]
  const plan = plans.get(scenario.plan)
  if (!plan) throw new Error(`no plan ${scenario.plan}`)
  return score(runDrill(plan, scenario, { autopilot: createAutopilot(policy, seed) }))
}

describe('every shipped scenario', () => {
  test.for(all.map((s, i) => ({ file: s.file, i })))('$file: perfect ≥ 95, none ≤ 10 and U, late strictly between', ({ i }) => {
    const perfect = run(i, 'perfect', 0)
    const none = run(i, 'none', 0)
    const late = run(i, 'late', 0)
    expect(perfect.score).toBeGreaterThanOrEqual(95)
    expect(none.score).toBeLessThanOrEqual(10)
    expect(none.rating).toBe('U')
    expect(late.score).toBeGreaterThan(none.score)
    expect(late.score).toBeLessThan(perfect.score)
  })
})

describe('determinism', () => {
  propTest.prop([fc.nat({ max: 1000 }), fc.nat({ max: 2 ** 31 })], { numRuns: 40 })('the same scenario, autopilot and seed give byte-identical evaluations', (i, seed) => {
    expect(JSON.stringify(run(i, 'random', seed))).toBe(JSON.stringify(run(i, 'random', seed)))
  })
  propTest.prop([fc.nat({ max: 1000 }), fc.nat({ max: 2 ** 31 })], { numRuns: 40 })('a random drill never scores above a perfect one', (i, seed) => {
    expect(run(i, 'random', seed).score).toBeLessThanOrEqual(run(i, 'perfect', 0).score)
  })
})
