/** Synthetic drill histories: deterministic per seed, spread over working days, with participants from a seeded roster. */
import { describe, expect, it } from 'vitest'
import { InputError, chinaMainlandCalendar } from '../../src/engine/index.ts'
import type { Scenario } from '../../src/engine/index.ts'
import { isReviewableEvaluation, reviewEvaluations } from '../../src/engine/review.ts'
import { SIMULATION_DEFAULTS, simulateDrills } from '../../src/engine/simulate.ts'
import type { SimulateOptions } from '../../src/engine/simulate.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
if (!plan) throw new Error('customer-info-leak plan missing')
const scenarios = shipped().filter((s) => s.scenario.plan === 'customer-info-leak').map((s) => s.scenario)
const run = (options: Partial<SimulateOptions> = {}, list: readonly Scenario[] = scenarios) => simulateDrills(plan, list, { drills: 60, seed: 5, autopilot: 'random', ...options })
const history = run()

describe('simulateDrills', () => {
  it('is deterministic per seed, and another seed gives another history', () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(history))
    expect(JSON.stringify(run({ seed: 6 }))).not.toBe(JSON.stringify(history))
  })

  it('does not depend on the order the scenarios are given in', () => {
    expect(JSON.stringify(run({}, [...scenarios].reverse()))).toBe(JSON.stringify(history))
  })

  it('spreads drills over working days of the period, in date order, keeping each scenario’s time of day and offset', () => {
    const days = history.map((e) => e.startedAt.slice(0, 10))
    expect([...days].sort()).toEqual(days)
    expect(days.every((d) => d >= '2025-01-01' && d <= '2026-12-31')).toBe(true)
    expect(days.every((d) => chinaMainlandCalendar.isWorkingDay(d))).toBe(true)
    expect(new Set(days.map((d) => d.slice(0, 4)))).toEqual(new Set(['2025', '2026']))
    const quarters = new Set(days.map((d) => `${d.slice(0, 4)}-${Math.ceil(Number(d.slice(5, 7)) / 3)}`))
    expect(quarters.size).toBeGreaterThanOrEqual(6)
    for (const e of history) {
      const s = scenarios.find((x) => x.id === e.scenario.id)
      expect(s, e.scenario.id).toBeDefined()
      expect(e.startedAt.slice(10)).toBe(s?.startText.slice(10))
    }
  })

  it.for([
    { from: '2023-06-01', years: 1, first: '2023-06-01', last: '2024-05-31' },
    { from: '2026-01-01', years: 1, first: '2026-01-01', last: '2026-12-31' },
  ])('keeps to the period from $from for $years year(s)', ({ from, years, first, last }) => {
    const days = run({ from, years, drills: 30 }).map((e) => e.startedAt.slice(0, 10))
    expect(days.every((d) => d >= first && d <= last)).toBe(true)
  })

  it('names the participants (faker, seeded) with their branch and department, from a roster that recurs', () => {
    const { min, max } = SIMULATION_DEFAULTS.participants
    for (const e of history) {
      expect(e.participants.length).toBeGreaterThanOrEqual(min)
      expect(e.participants.length).toBeLessThanOrEqual(max)
      expect(new Set(e.participants).size).toBe(e.participants.length)
      for (const p of e.participants) expect(p).toMatch(/^\S+（\S+分行\d* \S+）$/)
    }
    const everyone = new Set(history.flatMap((e) => e.participants))
    expect(everyone.size).toBeLessThanOrEqual(SIMULATION_DEFAULTS.branches * SIMULATION_DEFAULTS.staffPerBranch)
    expect(everyone.size).toBeGreaterThan(10)
  })

  it('runs every shipped scenario of the plan, with the autopilot, into distinct reviewable evaluations', () => {
    expect(new Set(history.map((e) => e.scenario.id))).toEqual(new Set(scenarios.map((s) => s.id)))
    expect(new Set(history.map((e) => e.id)).size).toBe(history.length)
    expect(history.every((e) => e.autopilot === 'random' && isReviewableEvaluation(e))).toBe(true)
    expect(new Set(history.map((e) => e.score)).size).toBeGreaterThan(10)
    const review = reviewEvaluations(history.map((e, i) => ({ file: `${i}.json`, data: e })), { plans })
    expect(review).toMatchObject({ used: 60, skipped: [] })
  })

  it('uses the autopilot it is given', () => {
    const perfect = run({ autopilot: 'perfect', drills: 8 })
    expect(perfect.every((e) => e.autopilot === 'perfect' && e.score >= 90)).toBe(true)
  })

  it.for([
    { name: 'no drills', options: { drills: 0 }, list: scenarios, message: /drills: must be a whole number from 1 to 1000000/ },
    { name: 'eleven years', options: { years: 11 }, list: scenarios, message: /years: must be a whole number from 1 to 10/ },
    { name: 'an impossible start', options: { from: '2025-02-30' }, list: scenarios, message: /from: .*has no day 30/ },
    { name: 'a start that is not a date', options: { from: 'soon' }, list: scenarios, message: /from: "soon" is not a date/ },
    { name: 'no scenario of the plan', options: {}, list: [], message: /scenarios: no scenario of plan "customer-info-leak"/ },
  ] as { name: string; options: Partial<SimulateOptions>; list: Scenario[]; message: RegExp }[])('rejects $name with an InputError', ({ options, list, message }) => {
    expect(() => run(options, list)).toThrow(InputError)
    expect(() => run(options, list)).toThrow(message)
  })
})
