/** Plan analysis must find what is wrong with a chart, not just approve the shipped ones. */
import { describe, expect, it } from 'vitest'
import { setup } from 'xstate'
import { analyzePlan, armed, initialPlanContext, planMachineParts } from '../../src/engine/index.ts'
import type { ActionId, CapabilityId, ExpectationId, Plan, PlanContext, PlanDefinition, PlanId, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const toyPlan = {
  id: 'toy' as PlanId, version: '0', title: { zh: '玩具', en: 'Toy' }, summary: { zh: '', en: '' },
  source: { seed: '-', title: '-', clauseScheme: '-' },
  roles: [{ id: 'desk' as RoleId, name: { zh: '值班', en: 'Desk' } }],
  actions: [{ id: 'report' as ActionId, name: { zh: '报告', en: 'Report' } }],
  capabilities: [{ id: 'internal-reporting' as CapabilityId, name: { zh: '报告', en: 'Reporting' } }],
  params: [], levels: [],
  events: [
    { id: 'fault.found', name: { zh: '故障', en: 'Fault' }, fields: {} },
    { id: 'fault.noise', name: { zh: '噪声', en: 'Noise' }, fields: {} },
  ],
  expectations: ['report', 'orphan'].map((id) => ({
    id: id as ExpectationId, action: 'report' as ActionId, roles: ['desk' as RoleId], capability: 'internal-reporting' as CapabilityId,
    phase: 'initial' as const, within: '1h', critical: true, clause: 'T 1', text: { zh: id, en: id },
  })),
  projectRules: [],
} satisfies PlanDefinition

const parts = planMachineParts<{ type: 'fault.found' } | { type: 'fault.noise' }>(toyPlan)
const toyMachine = setup({ types: {} as { context: PlanContext; events: { type: 'fault.found' } | { type: 'fault.noise' }; input: { params: Record<string, never> } }, actions: parts.actions }).createMachine({
  id: 'toy',
  context: initialPlanContext,
  initial: 'idle',
  states: {
    idle: { on: { 'fault.found': 'stuck' } },
    stuck: { ...armed(['report']) },
    island: { ...armed(['orphan']) },
  },
})

describe('analyzePlan', () => {
  const toy: Plan = { definition: toyPlan, machine: toyMachine }
  const report = analyzePlan(toy, { scenarios: [] })
  it('finds a state nothing leads to and the expectation only it arms', () => {
    expect(report.unreachableStates).toEqual(['toy.island'])
    expect(report.unarmableExpectations).toEqual(['orphan'])
  })
  it('finds an event no transition handles and a non-final state with no way out', () => {
    expect(report.unhandledEvents).toEqual(['fault.noise'])
    expect(report.deadEnds).toEqual(['stuck'])
  })
  it('reports nothing exercised without scenarios', () => {
    expect(report.exercised).toBe(0)
    expect(report.notExercised).toEqual(['report', 'orphan'])
  })
  // One test per plan: each explores its whole statechart, which takes a second or so for the larger plans.
  it.for(plans.ids())('passes %s: all states reachable, every expectation armable, ≥ 90% exercised', (id) => {
    const plan = plans.get(id) as Plan
    const r = analyzePlan(plan, { scenarios: shipped().filter((s) => s.scenario.plan === id).map((s) => s.scenario) })
    expect({ id, unreachable: r.unreachableStates, unarmable: r.unarmableExpectations, unhandled: r.unhandledEvents, deadEnds: r.deadEnds }).toEqual({ id, unreachable: [], unarmable: [], unhandled: [], deadEnds: [] })
    expect(r.exercised).toBeGreaterThanOrEqual(0.9)
  })
})
