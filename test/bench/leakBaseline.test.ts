/** The benchmark's plain-function baseline must implement the same rules as the statechart, or the comparison means nothing. */
import { describe, expect, test } from 'vitest'
import { createAutopilot, runDrill, score } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { leakBaselineStepper } from '../../bench/leakBaseline.ts'
import { shipped } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
if (!plan) throw new Error('plan missing')
const cases = shipped()
  .filter((s) => s.scenario.plan === 'customer-info-leak')
  .flatMap((s) => ['perfect', 'late', 'none', 'random'].flatMap((policy) => [1, 2, 3].map((seed) => ({ file: s.file, scenario: s.scenario, policy, seed }))))

describe('leak baseline', () => {
  test.for(cases)('$file under $policy (seed $seed) scores identically through both', ({ scenario, policy, seed }) => {
    const viaChart = score(runDrill(plan, scenario, { autopilot: createAutopilot(policy as 'random', seed) }))
    const viaBaseline = score(runDrill(plan, scenario, { autopilot: createAutopilot(policy as 'random', seed), stepper: leakBaselineStepper }))
    expect(JSON.stringify(viaBaseline)).toBe(JSON.stringify(viaChart))
  })
})
