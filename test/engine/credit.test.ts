/**
 * Credit assignment as properties over every shipped scenario (README "Credit assignment"):
 * - adding an action that meets a missed duty, and otherwise leaves the drill's course as it was (no duty armed or
 *   left, no clock moved), never lowers the credit of anything already met, nor the score;
 * - the assignment is the same whatever order a log lists simultaneous actions in.
 * Each property also counts how many runs actually exercised it, and fails if too few did: a property that never
 * reaches its interesting case proves nothing.
 */
import { afterAll, expect } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { createAutopilot, runDrill, score, simTime } from '../../src/engine/index.ts'
import type { ActionInput } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const all = shipped()
const tally = { added: { runs: 0, exercised: 0 }, order: { runs: 0, exercised: 0 } }

const setup = (pick: number, seed: number) => {
  const { scenario } = all[pick % all.length] as (typeof all)[number]
  const plan = plans.get(scenario.plan)
  if (!plan) throw new Error(scenario.plan)
  const random = runDrill(plan, scenario, { autopilot: createAutopilot('random', seed) })
  const log: ActionInput[] = random.actions.map(({ at, role, action }) => ({ at, role, action }))
  return { scenario, plan, log }
}

propTest.prop([fc.nat({ max: 1000 }), fc.nat({ max: 10_000 }), fc.nat({ max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 40 })(
  'adding an action that meets a missed duty never takes credit from another, nor lowers the score when it arms nothing new',
  (pick, seed, which, fraction) => {
    const { scenario, plan, log } = setup(pick, seed)
    const base = runDrill(plan, scenario, { actions: log })
    const baseEval = score(base)
    tally.added.runs++
    const missed = base.obligations.filter((o) => o.status === 'missed' && o.roles.length > 0 && o.due !== null)
    if (missed.length === 0) return
    const target = missed[which % missed.length] as (typeof missed)[number]
    const exp = plan.definition.expectations.find((e) => e.id === target.expectation)
    if (!exp) throw new Error(target.expectation)
    const at = simTime(target.armedAt + Math.floor(((target.due as number) - target.armedAt) * fraction))
    const added = runDrill(plan, scenario, { actions: [...log, { at, role: target.roles[0] as ActionInput['role'], action: exp.action }] })
    const addedEval = score(added)
    // When the act changes nothing else in the drill's course (no duty armed or left, no clock moved: the chart took
    // the same path), nothing met before may lose its credit, and the score may not fall: the act went to the duty
    // it was meant for, never to one already met. (An act that moves the chart on, e.g. a plan approved early that
    // makes the first measures stale, is a different drill; those runs are counted as not exercising the property.)
    const course = (r: typeof base) => r.obligations.map((o) => `${o.key}@${o.due ?? '-'}/${o.staleAt ?? '-'}`).sort().join(' ')
    if (course(added) !== course(base)) return
    const after = new Map(addedEval.expectations.map((x) => [`${x.id}#${x.occurrence}`, x]))
    for (const x of baseEval.expectations) {
      if (x.occurrence === 0 || x.doneAt === null || x.status === 'wrong-role') continue
      expect(after.get(`${x.id}#${x.occurrence}`)?.credit, `${x.id}#${x.occurrence}`).toBeGreaterThanOrEqual(x.credit)
    }
    tally.added.exercised++
    expect(addedEval.score).toBeGreaterThanOrEqual(baseEval.score)
  },
)

propTest.prop([fc.nat({ max: 1000 }), fc.nat({ max: 10_000 }), fc.nat({ max: 1000 }), fc.nat({ max: 1_000_000 })], { numRuns: 40 })(
  'simultaneous actions are credited the same whatever order the log lists them in',
  (pick, seed, start, shuffleSeed) => {
    const { scenario, plan, log } = setup(pick, seed)
    if (log.length < 2) return
    tally.order.runs++
    // Make a run of three actions simultaneous (at the time of the first), then list them in another order.
    const k = start % (log.length - 1)
    const group = log.slice(k, k + 3).map((a) => ({ ...a, at: (log[k] as ActionInput).at }))
    const rest = [...log.slice(0, k), ...log.slice(k + 3)]
    const shuffled = [...group]
    let x = shuffleSeed
    for (let i = shuffled.length - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) % 2147483648
      const j = x % (i + 1)
      ;[shuffled[i], shuffled[j]] = [shuffled[j] as ActionInput, shuffled[i] as ActionInput]
    }
    if (shuffled.every((a, i) => a === group[i])) shuffled.reverse()
    if (new Set(group.map((a) => `${a.role} ${a.action}`)).size > 1) tally.order.exercised++
    const one = score(runDrill(plan, scenario, { actions: [...rest, ...group] }))
    const two = score(runDrill(plan, scenario, { actions: [...shuffled, ...rest] }))
    expect(JSON.stringify(two)).toBe(JSON.stringify(one))
  },
)

afterAll(() => {
  const share = (t: { runs: number; exercised: number }) => (t.runs === 0 ? 0 : t.exercised / t.runs)
  console.info(`credit properties: added action exercised ${tally.added.exercised}/${tally.added.runs}; simultaneous order exercised ${tally.order.exercised}/${tally.order.runs}`)
  expect(share(tally.added)).toBeGreaterThan(0.2)
  expect(share(tally.order)).toBeGreaterThan(0.5)
})
