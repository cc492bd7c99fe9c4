/** The annual review: known answers on hand-built evaluations, recommendations by threshold, skipped inputs, order-freedom and merging. */
import { describe, expect, it } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { EVALUATION_SCHEMA, InputError, STATUSES } from '../../src/engine/index.ts'
import type { Evaluation, ExpectationStatus, Rating, Scenario } from '../../src/engine/index.ts'
import {
  REVIEW_THRESHOLDS,
  createReviewAccumulator,
  isReviewableEvaluation,
  parseReviewBound,
  reviewEvaluations,
  reviewedEvaluationSchema,
} from '../../src/engine/review.ts'
import type { PlanReview, Review, ReviewInput, ReviewOptions } from '../../src/engine/review.ts'
import { simulateDrills } from '../../src/engine/simulate.ts'
import { plans } from '../../src/plans/index.ts'
import { evaluate, shipped } from '../helpers.ts'

// --- hand-built evaluations ---

interface X {
  id: string
  status: ExpectationStatus
  occurrence?: number
  lateBy?: string
  doneBy?: string
  clause?: string
  capability?: string
  critical?: boolean
  role?: string
}

interface Spec {
  startedAt?: string
  score?: number
  rating?: Rating
  participants?: string[]
  plan?: string
  version?: string
  scenario?: string
  x?: X[]
}

function ev(id: string, spec: Spec = {}): Evaluation {
  const xs = spec.x ?? []
  const summary = Object.fromEntries(STATUSES.map((s) => [s, xs.filter((x) => x.status === s).length])) as Evaluation['summary']
  const caps = [...new Set(xs.map((x) => x.capability ?? 'reporting'))]
  const startedAt = spec.startedAt ?? '2025-03-10T09:00:00+08:00'
  return {
    schema: EVALUATION_SCHEMA,
    id,
    plan: { id: spec.plan ?? 'test-plan', version: spec.version ?? '1.0.0', title: { zh: '测试预案', en: 'Test plan' } },
    scenario: { id: spec.scenario ?? 'sc-1', title: { zh: '场景', en: 'Scenario' } },
    seed: 1,
    autopilot: null,
    participants: spec.participants ?? [],
    playedAs: null,
    severity: null,
    severityHistory: [],
    startedAt,
    endedAt: startedAt,
    score: spec.score ?? 80,
    rating: spec.rating ?? 'S',
    summary,
    expectations: xs.map((x) => ({
      id: x.id,
      occurrence: x.occurrence ?? (x.status === 'not-applicable' ? 0 : 1),
      action: x.id,
      role: x.role ?? 'unit',
      roles: [x.role ?? 'unit'],
      capability: x.capability ?? 'reporting',
      phase: 'initial',
      critical: x.critical ?? false,
      optional: false,
      clause: x.clause ?? `第${x.id.length}条`,
      text: { zh: `步骤${x.id}`, en: `Step ${x.id}` },
      level: null,
      armedAt: null,
      due: null,
      doneAt: null,
      doneBy: x.doneBy ?? (x.status === 'missed' || x.status === 'not-applicable' ? null : 'unit'),
      status: x.status,
      lateBy: x.lateBy ?? null,
      weight: 1,
      credit: 1,
      armedBy: null, anchor: null, recipients: [], missingRecipients: [], declaredLevel: null, renewed: null, carriedOver: [],
      coveredBy: null, openBefore: [], dischargedBy: null, scored: true,
    })),
    capabilities: caps.map((c) => ({ id: c, name: { zh: c, en: c }, score: spec.score ?? 80, rating: spec.rating ?? 'S', capped: false, expectations: 1 })),
    findings: [],
    actions: [],
  }
}

const inputs = (list: readonly Evaluation[], prefix = 'e'): ReviewInput[] => list.map((e, i) => ({ file: `${prefix}${String(i).padStart(3, '0')}.json`, data: e }))
const onlyPlan = (r: Review): PlanReview => {
  expect(r.plans).toHaveLength(1)
  return r.plans[0] as PlanReview
}
const expOf = (p: PlanReview, id: string) => {
  const x = p.expectations.find((e) => e.id === id)
  if (!x) throw new Error(`no expectation ${id}`)
  return x
}

const KNOWN = [
  ev('e1', {
    startedAt: '2025-03-10T09:00:00+08:00', score: 95, rating: 'P', participants: ['甲', '乙'],
    x: [
      { id: 'report', status: 'on-time' },
      { id: 'notify', status: 'late', lateBy: '30m' },
      { id: 'contain', status: 'missed' },
      { id: 'tracking', status: 'on-time', occurrence: 1 },
      { id: 'tracking', status: 'late', occurrence: 2, lateBy: '2h' },
      { id: 'optional', status: 'not-applicable', occurrence: 1 },
      { id: 'never', status: 'not-applicable' },
    ],
  }),
  ev('e2', {
    startedAt: '2025-05-20T14:00:00+08:00', score: 45, rating: 'M', participants: ['乙', '丙'],
    x: [
      { id: 'report', status: 'late', lateBy: '1h' },
      { id: 'notify', status: 'wrong-role', doneBy: 'ops' },
      { id: 'contain', status: 'missed' },
      { id: 'tracking', status: 'not-applicable' },
      { id: 'never', status: 'not-applicable' },
    ],
  }),
  ev('e3', {
    startedAt: '2026-01-05T10:00:00+08:00', score: 72.5, rating: 'S', participants: ['甲'],
    x: [
      { id: 'report', status: 'out-of-order' },
      { id: 'notify', status: 'late', lateBy: '2h' },
      { id: 'contain', status: 'on-time' },
      { id: 'never', status: 'not-applicable' },
    ],
  }),
]

describe('reviewEvaluations: known answers', () => {
  const r = reviewEvaluations(inputs(KNOWN))
  const p = onlyPlan(r)

  it('counts drills, distinct participants, mean score, histogram and ratings', () => {
    expect(r).toMatchObject({ schema: 'plandrill/review@1', inputs: 3, used: 3, skipped: [] })
    expect(p).toMatchObject({ id: 'test-plan', version: '1.0.0', drills: 3, participants: 3, meanScore: 70.8, ratings: { P: 1, S: 1, M: 1, U: 0 } })
    expect(p.histogram).toEqual([0, 0, 0, 0, 1, 0, 0, 1, 0, 1])
    expect([p.firstDrill, p.lastDrill]).toEqual(['2025-03-10', '2026-01-05'])
  })

  it.for([
    { id: 'report', armed: 3, drills: 3, onTime: 1, late: 1, missed: 0, wrongRole: 0, outOfOrder: 1, failureRate: 0.667, medianLateBy: '1h', worstLateBy: '1h', missedOrLateDrills: 1 },
    { id: 'notify', armed: 3, drills: 3, onTime: 0, late: 2, missed: 0, wrongRole: 1, outOfOrder: 0, failureRate: 1, medianLateBy: '1h15m', worstLateBy: '2h', missedOrLateDrills: 2 },
    { id: 'contain', armed: 3, drills: 3, onTime: 1, late: 0, missed: 2, wrongRole: 0, outOfOrder: 0, failureRate: 0.667, medianLateBy: null, worstLateBy: null, missedOrLateDrills: 2 },
    // Two occurrences in one drill: armed twice, one drill.
    { id: 'tracking', armed: 2, drills: 1, onTime: 1, late: 1, missed: 0, wrongRole: 0, outOfOrder: 0, failureRate: 0.5, medianLateBy: '2h', worstLateBy: '2h', missedOrLateDrills: 1 },
    // Reached (occurrence 1) but not applicable: exercised, never armed.
    { id: 'optional', armed: 0, drills: 0, onTime: 0, late: 0, missed: 0, wrongRole: 0, outOfOrder: 0, failureRate: null, medianLateBy: null, worstLateBy: null, missedOrLateDrills: 0 },
  ])('expectation $id', (want) => {
    expect(expOf(p, want.id)).toMatchObject(want)
  })

  it('lists wrong roles, exercised counts and lateness in ms', () => {
    expect(expOf(p, 'notify')).toMatchObject({ wrongRoleDrills: 1, wrongRoles: [{ role: 'ops', count: 1 }], medianLateMs: 4_500_000, worstLateMs: 7_200_000 })
    expect(expOf(p, 'optional').exercised).toBe(1)
    expect(expOf(p, 'tracking').exercised).toBe(1)
    expect(expOf(p, 'never').exercised).toBe(0)
  })

  it('orders expectations by id when the plan is not in a registry', () => {
    expect(p.expectations.map((e) => e.id)).toEqual(['contain', 'never', 'notify', 'optional', 'report', 'tracking'])
  })

  it('aggregates years and quarters chronologically, each year before its quarters', () => {
    expect(p.periods.map((x) => [x.period, x.kind, x.drills, x.meanScore, x.participants])).toEqual([
      ['2025', 'year', 2, 70, 3],
      ['2025-Q1', 'quarter', 1, 95, 2],
      ['2025-Q2', 'quarter', 1, 45, 2],
      ['2026', 'year', 1, 72.5, 1],
      ['2026-Q1', 'quarter', 1, 72.5, 1],
    ])
  })

  it('computes year-over-year change of the mean score and of each failure rate', () => {
    expect(p.yearOverYear).toHaveLength(1)
    const y = p.yearOverYear[0]
    expect(y?.meanScore).toEqual({ from: 70, to: 72.5, change: 2.5 })
    expect(y?.expectations.find((e) => e.id === 'report')).toEqual({ id: 'report', from: 0.5, to: 1, change: 0.5 })
    expect(y?.expectations.find((e) => e.id === 'contain')).toEqual({ id: 'contain', from: 1, to: 0, change: -1 })
    expect(y?.expectations.find((e) => e.id === 'tracking')).toEqual({ id: 'tracking', from: 0.5, to: null, change: null })
  })

  it('reports clauses never exercised as coverage gaps, with an add-scenario recommendation', () => {
    expect(p.coverageGaps).toEqual([{ expectation: 'never', clause: '第5条', critical: false }])
    expect(p.recommendations.filter((x) => x.kind === 'add-scenario').map((x) => x.expectation)).toEqual(['never'])
  })

  it('counts capabilities: statuses of their expectations and the rating mix', () => {
    const c = p.capabilities.find((x) => x.id === 'reporting')
    expect(c).toMatchObject({ drills: 3, armed: 11, onTime: 3, late: 4, missed: 2, wrongRole: 1, outOfOrder: 1, meanScore: 70.8, ratings: { P: 1, S: 1, M: 1, U: 0 } })
  })

  it('places a drill in the year and quarter of its own offset, not UTC', () => {
    const r2 = reviewEvaluations(inputs([ev('a', { startedAt: '2025-12-31T23:30:00-05:00' }), ev('b', { startedAt: '2026-01-01T01:00:00+08:00' })]))
    expect(onlyPlan(r2).periods.map((x) => `${x.period}:${x.drills}`)).toEqual(['2025:1', '2025-Q4:1', '2026:1', '2026-Q1:1'])
  })
})

describe('recommendations', () => {
  /** `n` drills of one plan; `step` has the given statuses (the rest on time), `ok` is always on time. */
  function drills(statuses: readonly ExpectationStatus[], n = 10): Review {
    const list = Array.from({ length: n }, (_, i) =>
      ev(`d${i}`, { x: [{ id: 'step', status: statuses[i] ?? 'on-time', lateBy: statuses[i] === 'late' ? '45m' : undefined, doneBy: statuses[i] === 'wrong-role' ? 'ops' : undefined, clause: '第七条' }, { id: 'ok', status: 'on-time' }] }),
    )
    return reviewEvaluations(inputs(list))
  }
  const rep = (k: number, s: ExpectationStatus) => Array<ExpectationStatus>(k).fill(s)

  it.for([
    { name: 'late in 3 of 10 drills', statuses: rep(3, 'late'), kinds: ['train'] },
    { name: 'late in 2 of 10 drills', statuses: rep(2, 'late'), kinds: [] },
    { name: 'late in 7 of 10 drills', statuses: rep(7, 'late'), kinds: ['revise'] },
    { name: 'missed in 7 of 10 drills', statuses: rep(7, 'missed'), kinds: ['clarify'] },
    { name: '4 late and 3 missed of 10', statuses: [...rep(4, 'late'), ...rep(3, 'missed')], kinds: ['revise'] },
    { name: 'wrong role in 2 of 10 drills', statuses: rep(2, 'wrong-role'), kinds: ['clarify-roles'] },
    { name: 'wrong role in 1 of 10 drills', statuses: rep(1, 'wrong-role'), kinds: [] },
    { name: 'out of order in 3 of 10 drills', statuses: rep(3, 'out-of-order'), kinds: ['clarify-order'] },
    { name: 'late 3 and wrong role 3 of 10', statuses: [...rep(3, 'late'), ...rep(3, 'wrong-role')], kinds: ['clarify-roles', 'train'] },
    { name: 'missed in every one of 4 drills (too few)', statuses: rep(4, 'missed'), n: 4, kinds: [] },
  ])('$name ⇒ $kinds', ({ statuses, n, kinds }) => {
    const p = onlyPlan(drills(statuses, n))
    expect(p.recommendations.filter((r) => r.expectation === 'step').map((r) => r.kind)).toEqual(kinds)
    expect(p.recommendations.filter((r) => r.expectation === 'ok')).toEqual([])
  })

  it('ties each recommendation to its clause and evidence, in Chinese (full-width punctuation) and English', () => {
    const p = onlyPlan(drills([...rep(4, 'late'), ...rep(1, 'missed')]))
    const r = p.recommendations[0]
    expect(r).toMatchObject({ kind: 'train', expectation: 'step', clause: '第七条', evidence: { drills: 10, count: 5, share: 0.5, statuses: { late: 4, missed: 1, onTime: 5 }, medianLateBy: '45m' } })
    expect(r?.text.zh).toBe('「步骤step」在 10 次演练中有 5 次超时或未完成（50.0%；未完成 1 次、超时 4 次，超时中位数 45m、最长 45m）。建议对unit开展该步骤的专项培训，并在下次演练中复练。依据 第七条。')
    expect(r?.text.zh).not.toMatch(/[,;:()]/)
    expect(r?.text.en).toBe('"Step step" was late or missed in 5 of 10 drills (50.0%; missed 1, late 4; median lateness 45m, worst 45m). Train unit on this step and drill it again. Clause 第七条.')
  })

  it('flags scenarios never run when the shipped scenarios are given', () => {
    const r = reviewEvaluations(inputs([ev('a', { scenario: 'sc-1' })]), { scenarios: [{ id: 'sc-1', plan: 'test-plan' }, { id: 'sc-2', plan: 'test-plan', title: { zh: '停电', en: 'Power cut' } }, { id: 'other', plan: 'other-plan' }] })
    const p = onlyPlan(r)
    expect(p.scenariosNeverRun).toEqual(['sc-2'])
    const rec = p.recommendations.find((x) => x.kind === 'run-scenario')
    expect(rec).toMatchObject({ expectation: null, clause: null, evidence: { scenario: 'sc-2' } })
    expect(rec?.text.zh).toBe('场景「停电」（sc-2）在所评期间从未演练。建议将其纳入下一年度演练计划。')
  })

  it('flags a worsening year-over-year failure rate (watch)', () => {
    const year = (y: number, failed: number) => Array.from({ length: 10 }, (_, i) => ev(`y${y}-${i}`, { startedAt: `${y}-06-0${1 + (i % 5)}T09:00:00+08:00`, x: [{ id: 'step', status: i < failed ? 'late' : 'on-time', lateBy: i < failed ? '1h' : undefined }] }))
    const p = onlyPlan(reviewEvaluations(inputs([...year(2025, 0), ...year(2026, 2)])))
    expect(p.recommendations.map((r) => r.kind)).toEqual(['watch'])
    expect(p.recommendations[0]?.evidence.years).toEqual({ from: '2025', to: '2026', fromRate: 0, toRate: 0.2 })
  })

  it('keeps every threshold in one documented constant', () => {
    expect(Object.keys(REVIEW_THRESHOLDS).sort()).toEqual(['clarifyOrder', 'clarifyRoles', 'minDrills', 'minDrillsPerYear', 'rewrite', 'train', 'worsening'])
  })
})

describe('bad and foreign inputs are skipped with a reason, never mixed in', () => {
  const good = ev('good')
  const malformed = { ...ev('bad'), expectations: [{ ...ev('x', { x: [{ id: 'a', status: 'on-time' }] }).expectations[0], status: 'done' }] }
  it.for([
    { name: 'not an object', data: [1, 2], reason: /^not a JSON object/ },
    { name: 'another schema version', data: { ...good, id: 'v2', schema: 'plandrill/evaluation@9' }, reason: /^schema is "plandrill\/evaluation@9"; this review reads "plandrill\/evaluation@2" and "plandrill\/evaluation@1" only$/ },
    { name: 'no schema', data: { id: 'x' }, reason: /^has no "schema"/ },
    { name: 'a bad status', data: malformed, reason: /^malformed evaluation: expectations\[0\]\.status: / },
    { name: 'a score above 100', data: { ...good, id: 'big', score: 140 }, reason: /^malformed evaluation: score: / },
    { name: 'a start without offset', data: { ...good, id: 'tz', startedAt: '2025-03-10T09:00:00' }, reason: /^malformed evaluation: startedAt: not an ISO date-time with offset/ },
  ])('$name', ({ data, reason }) => {
    const r = reviewEvaluations([{ file: 'z.json', data }, { file: 'good.json', data: good }])
    expect(r.used).toBe(1)
    expect(r.skipped).toHaveLength(1)
    expect(r.skipped[0]?.file).toBe('z.json')
    expect(r.skipped[0]?.reason).toMatch(reason)
  })

  it('reports a file the adapter could not read or parse', () => {
    const r = reviewEvaluations([{ file: 'broken.json', data: undefined, problem: 'not JSON (Unexpected token)' }])
    expect(r.skipped).toEqual([{ file: 'broken.json', reason: 'not JSON (Unexpected token)' }])
  })

  it('keeps the first of two files with the same evaluation id (by file name), whatever the input order', () => {
    const a = ev('same', { score: 10, rating: 'U' })
    const b = ev('same', { score: 90, rating: 'P' })
    for (const list of [[{ file: 'b.json', data: b }, { file: 'a.json', data: a }], [{ file: 'a.json', data: a }, { file: 'b.json', data: b }]]) {
      const r = reviewEvaluations(list)
      expect(onlyPlan(r).meanScore).toBe(10)
      expect(r.skipped).toEqual([{ file: 'b.json', reason: 'duplicate evaluation id "same" (an earlier file has it; that one is kept)' }])
    }
  })

  it('skips evaluations of another plan version, or of a plan the registry does not know', () => {
    const real = evaluate(shipped()[1]?.scenario as Scenario, { autopilot: 'perfect' })
    const old = { ...real, id: 'old', plan: { ...real.plan, version: '0.9.0' } }
    const unknown = ev('unknown', { plan: 'no-such-plan' })
    const r = reviewEvaluations([{ file: 'real.json', data: real }, { file: 'old.json', data: old }, { file: 'unknown.json', data: unknown }], { plans })
    expect(r.used).toBe(1)
    expect(r.skipped.map((s) => s.file)).toEqual(['old.json', 'unknown.json'])
    expect(r.skipped[0]?.reason).toMatch(/version 0\.9\.0, but the current version is 1\.0\.0/)
    expect(r.skipped[1]?.reason).toMatch(/plan "no-such-plan" is not known here \(known: [a-z, -]*customer-info-leak/)
  })

  it('keeps versions apart when no registry is given', () => {
    const r = reviewEvaluations(inputs([ev('a', { version: '1.0.0' }), ev('b', { version: '2.0.0' })]))
    expect(r.plans.map((p) => `${p.id}@${p.version}:${p.drills}`)).toEqual(['test-plan@1.0.0:1', 'test-plan@2.0.0:1'])
  })
})

describe('filters', () => {
  const list = [
    ev('a', { startedAt: '2024-12-31T23:30:00-05:00' }),
    ev('b', { startedAt: '2025-01-01T00:30:00+08:00' }),
    ev('c', { startedAt: '2025-07-01T09:00:00+08:00' }),
    ev('d', { startedAt: '2025-07-01T09:00:00+08:00', plan: 'other' }),
    ev('e', { startedAt: '2025-08-01T09:00:00+08:00', scenario: 'sc-2' }),
  ]
  it.for([
    { options: {}, used: 5, outOfRange: 0, otherPlans: 0, otherScenarios: 0 },
    { options: { plan: 'test-plan' }, used: 4, outOfRange: 0, otherPlans: 1, otherScenarios: 0 },
    { options: { from: '2025' }, used: 4, outOfRange: 1, otherPlans: 0, otherScenarios: 0 },
    { options: { to: '2024' }, used: 1, outOfRange: 4, otherPlans: 0, otherScenarios: 0 },
    { options: { from: '2025-01-01', to: '2025-06' }, used: 1, outOfRange: 4, otherPlans: 0, otherScenarios: 0 },
    { options: { plan: 'test-plan', from: '2025-07-01', to: '2025-07-01' }, used: 1, outOfRange: 3, otherPlans: 1, otherScenarios: 0 },
    { options: { scenario: 'sc-2' }, used: 1, outOfRange: 0, otherPlans: 0, otherScenarios: 4 },
    { options: { scenario: 'sc-1', to: '2024' }, used: 1, outOfRange: 3, otherPlans: 0, otherScenarios: 1 },
  ] as { options: ReviewOptions; used: number; outOfRange: number; otherPlans: number; otherScenarios: number }[])('$options', ({ options, used, outOfRange, otherPlans, otherScenarios }) => {
    const r = reviewEvaluations(inputs(list), options)
    expect({ used: r.used, ...r.filtered }).toEqual({ used, outOfRange, otherPlans, otherScenarios })
    expect(r.filter.scenario).toBe(options.scenario ?? null)
  })

  it('with a role, counts only the steps assigned to that role; drills, scores and ratings stay whole', () => {
    const mixed = [
      ev('r1', { score: 90, rating: 'P', x: [{ id: 'report', status: 'late', lateBy: '1h', role: 'branch' }, { id: 'notify', status: 'missed', role: 'ops' }] }),
      ev('r2', { score: 50, rating: 'M', x: [{ id: 'report', status: 'on-time', role: 'branch' }, { id: 'notify', status: 'on-time', role: 'ops' }] }),
    ]
    const all = onlyPlan(reviewEvaluations(inputs(mixed)))
    const branch = onlyPlan(reviewEvaluations(inputs(mixed), { role: 'branch' }))
    expect(all.expectations.map((x) => x.id)).toEqual(['notify', 'report'])
    expect(branch.expectations.map((x) => x.id)).toEqual(['report'])
    expect(expOf(branch, 'report')).toMatchObject({ armed: 2, onTime: 1, late: 1, worstLateBy: '1h' })
    expect({ drills: branch.drills, meanScore: branch.meanScore, ratings: branch.ratings }).toEqual({ drills: all.drills, meanScore: all.meanScore, ratings: all.ratings })
    expect(branch.capabilities[0]).toMatchObject({ armed: 2, late: 1, missed: 0 })
    expect(all.capabilities[0]).toMatchObject({ armed: 4, late: 1, missed: 1 })
  })

  it.for([
    ['2025', 'from', '2025-01-01'],
    ['2025', 'to', '2025-12-31'],
    ['2025-02', 'to', '2025-02-31'],
    ['2025-02-28', 'to', '2025-02-28'],
  ] as const)('bound %s (%s) is %s', ([text, end, want]) => {
    expect(parseReviewBound(text, end)).toBe(want)
  })

  it('rejects impossible bounds with an InputError naming the option', () => {
    expect(() => reviewEvaluations([], { from: '2025-13' })).toThrow(InputError)
    expect(() => reviewEvaluations([], { to: '2025-02-30' })).toThrow(/review options: to: .*has no day 30/)
    expect(() => reviewEvaluations([], { from: 'last year' })).toThrow(/from: "last year" is not a date/)
  })
})

describe('with the plan registry and real drills', () => {
  const all = shipped().filter((s) => s.scenario.plan === 'customer-info-leak')
  const leak = all.find((s) => s.scenario.id === 'leak-1200')?.scenario as Scenario
  const evals = [1, 2, 3, 4, 5, 6].map((seed) => ({ ...evaluate(leak, { autopilot: 'random', seed }), id: `leak-${seed}` }))
  const r = reviewEvaluations(inputs(evals), { plans, scenarios: all.map((s) => ({ id: s.scenario.id, plan: s.scenario.plan, title: s.scenario.title })) })
  const p = onlyPlan(r)
  const def = plans.get('customer-info-leak')?.definition

  it('lists expectations in plan order with the registry texts', () => {
    expect(p.expectations.map((e) => e.id)).toEqual(def?.expectations.map((e) => e.id))
    expect(expOf(p, 'emergency-report').text).toEqual(def?.expectations.find((e) => e.id === 'emergency-report')?.text)
  })

  it('counts what the drills did, matching the evaluations', () => {
    const armed = (id: string) => evals.flatMap((e) => e.expectations).filter((x) => x.id === id && x.occurrence >= 1 && x.status !== 'not-applicable').length
    for (const x of p.expectations) expect(x.armed, x.id).toBe(armed(x.id))
    expect(p.drills).toBe(6)
    expect(p.meanScore).toBe(Math.round((evals.reduce((s, e) => s + e.score, 0) / 6) * 10) / 10)
  })

  it('finds the clauses leak-1200 never reaches and the scenarios never run', () => {
    const never = def?.expectations.map((e) => e.id as string).filter((id) => evals.every((e) => e.expectations.every((x) => x.id !== id || x.occurrence === 0)))
    expect(p.coverageGaps.map((g) => g.expectation)).toEqual(never)
    expect(never?.length).toBeGreaterThan(0)
    expect(p.scenariosNeverRun).toEqual(all.map((s) => s.scenario.id).filter((id) => id !== 'leak-1200').sort())
  })
})

// --- properties ---

const leakPlan = plans.get('customer-info-leak')
if (!leakPlan) throw new Error('customer-info-leak plan missing')
const SIM = simulateDrills(leakPlan, shipped().filter((s) => s.scenario.plan === 'customer-info-leak').map((s) => s.scenario), { drills: 24, seed: 11, autopilot: 'random', years: 2 })
const CLEAN: ReviewInput[] = [...inputs(SIM, 'sim/'), ...inputs(KNOWN, 'hand/')]
const DIRTY: ReviewInput[] = [
  ...CLEAN,
  { file: 'dup/a.json', data: SIM[3] },
  { file: 'dup/b.json', data: { ...KNOWN[0], score: 1 } },
  { file: 'bad/schema.json', data: { ...KNOWN[1], id: 'zz', schema: 'plandrill/evaluation@0' } },
  { file: 'bad/shape.json', data: { ...KNOWN[1], id: 'yy', expectations: 'none' } },
  { file: 'bad/old.json', data: { ...SIM[0], id: 'old', plan: { ...SIM[0]?.plan, version: '0.1.0' } } },
  { file: 'bad/notjson.json', data: undefined, problem: 'not JSON' },
]
const SCENARIOS = shipped().filter((s) => s.scenario.plan === 'customer-info-leak').map((s) => ({ id: s.scenario.id, plan: s.scenario.plan }))
const OPTIONS: ReviewOptions = { plans, scenarios: SCENARIOS }
const baseline = JSON.stringify(reviewEvaluations(DIRTY, OPTIONS))

describe('properties', () => {
  it('the dirty pool skips exactly its bad and duplicated files', () => {
    const r = JSON.parse(baseline) as Review
    // With the registry the hand-built plan is unknown; dup/b.json sorts before hand/000.json, so it is the one kept (then skipped as unknown).
    expect(r.skipped.map((s) => s.file)).toEqual(['bad/notjson.json', 'bad/old.json', 'bad/schema.json', 'bad/shape.json', 'dup/b.json', 'hand/000.json', 'hand/001.json', 'hand/002.json', 'sim/003.json'])
    expect(r.skipped.find((s) => s.file === 'hand/000.json')?.reason).toMatch(/^duplicate evaluation id "e1"/)
    expect(r.used).toBe(SIM.length)
  })

  propTest.prop([fc.shuffledSubarray(DIRTY, { minLength: DIRTY.length })], { numRuns: 40 })('the same files in any order give byte-identical JSON', (shuffled) => {
    expect(JSON.stringify(reviewEvaluations(shuffled, OPTIONS))).toBe(baseline)
  })

  propTest.prop([fc.array(fc.nat({ max: 2 }), { minLength: CLEAN.length, maxLength: CLEAN.length }), fc.nat(), fc.boolean()], { numRuns: 40 })(
    'reviewing parts separately and merging equals reviewing the union (any split, any order, either grouping)',
    (parts, salt, withRegistry) => {
      // Without the registry the hand-built plan is aggregated too.
      const options: ReviewOptions = withRegistry ? OPTIONS : { scenarios: SCENARIOS }
      const groups: ReviewInput[][] = [[], [], []]
      CLEAN.forEach((input, i) => groups[parts[i] as number]?.push(input))
      const acc = (list: ReviewInput[]) => {
        const a = createReviewAccumulator(options)
        // Any order within a part: rotate by a random amount.
        const k = list.length > 0 ? salt % list.length : 0
        for (const x of [...list.slice(k), ...list.slice(0, k)]) a.add(x)
        return a
      }
      const [a, b, c] = groups.map(acc) as [ReturnType<typeof acc>, ReturnType<typeof acc>, ReturnType<typeof acc>]
      a.merge(b)
      a.merge(c)
      const [a2, b2, c2] = groups.map(acc) as [ReturnType<typeof acc>, ReturnType<typeof acc>, ReturnType<typeof acc>]
      b2.merge(c2)
      a2.merge(b2)
      const union = JSON.stringify(reviewEvaluations(CLEAN, options))
      expect(JSON.stringify(a.finish())).toBe(union)
      expect(JSON.stringify(a2.finish())).toBe(union)
    },
  )

  propTest.prop([fc.nat({ max: DIRTY.length })], { numRuns: 20 })('with duplicates, merging file-ordered parts equals the union', (k) => {
    const sorted = [...DIRTY].sort((x, y) => (x.file < y.file ? -1 : 1))
    const a = createReviewAccumulator(OPTIONS)
    const b = createReviewAccumulator(OPTIONS)
    sorted.slice(0, k).forEach((x) => a.add(x))
    sorted.slice(k).forEach((x) => b.add(x))
    a.merge(b)
    const merged = a.finish()
    // A duplicate split across the parts cannot be un-counted; the merge says so instead of hiding it.
    const splitDup = merged.skipped.some((s) => s.file === '(merged)')
    if (!splitDup) expect(JSON.stringify(merged)).toBe(baseline)
  })

  const sample = SIM[5] as Evaluation
  const leaves: (string | number)[][] = []
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length > 0) leaves.push(path)
    if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => walk(x, [...path, i]))
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
  }
  walk(sample, [])
  const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 3 }), fc.integer({ min: -5, max: 200 }), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant('2025-01-01T00:00:00+08:00'), fc.constantFrom(...STATUSES))

  propTest.prop([fc.nat({ max: leaves.length - 1 }), junk], { numRuns: 400 })('the quick validity check is never looser than the zod schema', (i, value) => {
    const copy = structuredClone(sample) as unknown as Record<string | number, unknown>
    const path = leaves[i] as (string | number)[]
    let node = copy
    for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>
    node[path[path.length - 1] as string | number] = value
    if (isReviewableEvaluation(copy)) expect(reviewedEvaluationSchema.safeParse(copy).success).toBe(true)
  })

  it('the quick check accepts what the scorer writes', () => {
    for (const e of SIM) expect(isReviewableEvaluation(e)).toBe(true)
  })
})
