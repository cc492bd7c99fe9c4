/** The dashboard's "drills behind a recommendation" agree with the engine's evidence, under every filter. */
import { describe, expect, it } from 'vitest'
import { RECOMMENDATION_EVIDENCE, reviewEvaluations, simulateDrills } from '../../src/engine/index.ts'
import type { Evaluation, ReviewInput } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import type { ReviewFilter } from '../../src/ui/review/protocol.ts'
import { drills, facets } from '../../src/ui/review/queries.ts'
import { shipped } from '../helpers.ts'

const evaluations: Evaluation[] = ['customer-info-leak', 'payment-outsourcing'].flatMap((id, k) => {
  const plan = plans.get(id)
  if (!plan) throw new Error(id)
  return simulateDrills(plan, shipped().filter((s) => s.scenario.plan === id).map((s) => s.scenario), { drills: 60, seed: 3 + k, autopilot: 'random', years: 2 })
})
const inputs: ReviewInput[] = [
  ...evaluations.map((e, i) => ({ file: `sim/${String(i).padStart(3, '0')}.json`, data: e })),
  // A duplicate under another name (the review keeps the first by name) and another plan version (left out).
  { file: 'zz-duplicate.json', data: evaluations[0] },
  { file: 'old-version.json', data: { ...evaluations[1], id: 'old', plan: { ...(evaluations[1] as Evaluation).plan, version: '0.9.0' } } },
]
const scenarios = shipped().map((s) => ({ id: s.scenario.id, plan: s.scenario.plan, title: s.scenario.title }))

describe('drills behind each recommendation', () => {
  const filters: ReviewFilter[] = [
    {},
    { plan: 'customer-info-leak' },
    { from: '2026-01', to: '2026-06' },
    { plan: 'payment-outsourcing', scenario: 'vendor-outage' },
    { plan: 'customer-info-leak', role: 'responsible-unit' },
  ]
  it.for(filters)('match the evidence count with filter %j', (filter) => {
    const review = reviewEvaluations(inputs, { ...filter, plans, scenarios })
    let checked = 0
    for (const p of review.plans) {
      for (const r of p.recommendations) {
        if (r.expectation === null || RECOMMENDATION_EVIDENCE[r.kind].length === 0 || r.kind === 'watch') continue
        const list = drills(inputs, filter, p.id, r.expectation, r.kind, plans)
        expect(list.length, `${p.id} ${r.kind} ${r.expectation}`).toBe(r.evidence.count)
        expect(new Set(list.map((d) => d.id)).size).toBe(list.length)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})

describe('facets', () => {
  it('offer every plan with its shipped and drilled scenarios and roles, and the periods newest first', () => {
    const f = facets(inputs, plans, scenarios)
    expect(f.plans.map((p) => p.id)).toEqual([...plans.ids()].sort())
    const leak = f.plans.find((p) => p.id === 'customer-info-leak')
    expect(leak?.scenarios.map((s) => s.id)).toEqual(scenarios.filter((s) => s.plan === 'customer-info-leak').map((s) => s.id).sort())
    expect(leak?.roles.length).toBe(plans.get('customer-info-leak')?.definition.roles.length)
    expect(f.periods).toEqual([...f.periods].sort().reverse())
    expect(f.periods).toContain('2026')
  })
})
