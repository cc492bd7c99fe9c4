/**
 * Doing what the plan expects earlier never lowers a score (with order kept and nothing done before it is asked for).
 * "Earlier" stays within the same stretch of the scenario: an action is not moved back across an inject, since doing
 * something before or after a scenario event is a different drill (a report made before a level rise must be made
 * again for the new level; one made after it covers both).
 */
import { expect } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { createAutopilot, runDrill, score, simTime } from '../../src/engine/index.ts'
import type { ActionInput } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const all = shipped()

propTest.prop([fc.nat({ max: 1000 }), fc.nat({ max: 10_000 }), fc.nat({ max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 60 })(
  'shifting any tail of a log of met expectations earlier never lowers the score',
  (pick, seed, from, fraction) => {
    const { scenario } = all[pick % all.length] as (typeof all)[number]
    const plan = plans.get(scenario.plan)
    if (!plan) throw new Error(scenario.plan)
    // A realistic log: the random autopilot's actions that met an expectation (late ones included).
    const random = runDrill(plan, scenario, { autopilot: createAutopilot('random', seed) })
    const log: ActionInput[] = random.actions.filter((a) => a.match === 'satisfied').map(({ at, role, action }) => ({ at, role, action }))
    if (log.length === 0) return
    const base = runDrill(plan, scenario, { actions: log })
    const baseScore = score(base).score
    const k = from % log.length
    // The tail may move back no further than the action before it, nor before the obligation each action met was armed.
    const armedAt = new Map(base.obligations.filter((o) => o.done !== null && o.done.coveredBy === null).map((o) => [o.done?.action, o.armedAt as number]))
    let room = k > 0 ? (log[k] as ActionInput).at - (log[k - 1] as ActionInput).at : (log[k] as ActionInput).at
    const lastInjectBefore = (t: number) => Math.max(0, ...scenario.injects.filter((i) => i.at <= t).map((i) => i.at))
    for (let j = k; j < log.length; j++) {
      const at = (log[j] as ActionInput).at
      room = Math.min(room, at - (armedAt.get(j) ?? 0), at - lastInjectBefore(at))
    }
    const shift = Math.floor(Math.max(0, room) * fraction)
    const moved = log.map((a, j) => (j >= k ? { ...a, at: simTime(a.at - shift) } : a))
    expect(score(runDrill(plan, scenario, { actions: moved })).score).toBeGreaterThanOrEqual(baseScore)
  },
)
