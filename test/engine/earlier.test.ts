/**
 * Doing what the plan expects earlier never lowers a score (with order kept and nothing done before it is asked for).
 * "Earlier" stays within the same stretch of the scenario: an action is not moved back across an inject, since doing
 * something before or after a scenario event is a different drill (a report made before a level rise must be made
 * again for the new level; one made after it covers both).
 */
import { afterAll, expect } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { createAutopilot, runDrill, score, simTime } from '../../src/engine/index.ts'
import type { ActionInput } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const all = shipped()
/** Runs, and runs that actually moved an action earlier (only those can fail): the share is reported and held up. */
const tally = { runs: 0, moved: 0 }

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
    // The whole tail from k moves back by one amount (so a step anchored on an earlier one moves with it), but no
    // action before the obligation it met was armed, nor back across an inject, nor past the action before the tail.
    // k is drawn among the tails that have room, so most runs move something (the share is reported below).
    const armedAt = new Map(base.obligations.filter((o) => o.done !== null && o.done.coveredBy === null).map((o) => [o.done?.action, o.armedAt as number]))
    const lastInjectBefore = (t: number) => Math.max(0, ...scenario.injects.filter((i) => i.at <= t).map((i) => i.at))
    const rooms: number[] = []
    let tailRoom = Infinity
    for (let j = log.length - 1; j >= 0; j--) {
      const at = (log[j] as ActionInput).at
      tailRoom = Math.min(tailRoom, at - (armedAt.get(j) ?? 0), at - lastInjectBefore(at))
      rooms[j] = Math.min(tailRoom, j > 0 ? at - (log[j - 1] as ActionInput).at : at)
    }
    const starts = rooms.map((r, j) => (r > 0 ? j : -1)).filter((j) => j >= 0)
    const k = starts.length > 0 ? (starts[from % starts.length] as number) : 0
    const shift = starts.length > 0 ? Math.max(1, Math.floor((rooms[k] as number) * fraction)) : 0
    const moved = log.map((a, j) => (j >= k ? { ...a, at: simTime(a.at - shift) } : a))
    tally.runs++
    if (moved.some((a, j) => a.at < (log[j] as ActionInput).at)) tally.moved++
    expect(score(runDrill(plan, scenario, { actions: moved })).score).toBeGreaterThanOrEqual(baseScore)
  },
)

afterAll(() => {
  console.info(`earlier-never-lowers: ${tally.moved} of ${tally.runs} runs moved actions (${Math.round((100 * tally.moved) / Math.max(1, tally.runs))} % can fail)`)
  expect(tally.moved / Math.max(1, tally.runs)).toBeGreaterThan(0.5)
})
