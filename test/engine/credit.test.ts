/**
 * Credit assignment as properties over every shipped scenario (README "Credit assignment"):
 * - adding an action that meets a missed duty never lowers the credit of anything already met (unless that one's
 *   deadline runs from the step the act met, pr-all-03), nor the score when it arms nothing new and moves no clock;
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
    // Nothing met before loses its credit: the new act goes to an open duty, never to one already met. (A duty whose
    // deadline runs from the step the act met may now be due earlier, pr-all-03: that is its clock, not lost credit.)
    const after = new Map(addedEval.expectations.map((x) => [`${x.id}#${x.occurrence}`, x]))
    let sameClocks = true
    for (const x of baseEval.expectations) {
      if (x.occurrence === 0) continue
      const y = after.get(`${x.id}#${x.occurrence}`)
      if (y === undefined || y.due !== x.due) {
        sameClocks = false
        continue
      }
      if (x.doneAt === null || x.status === 'wrong-role') continue
      expect(y.credit, `${x.id}#${x.occurrence}`).toBeGreaterThanOrEqual(x.credit)
    }
    const keys = (r: typeof base) => r.obligations.map((o) => o.key).sort().join(' ')
    if (!sameClocks || keys(added) !== keys(base)) return
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
