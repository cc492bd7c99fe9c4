/** The obligation model end to end: solo practice as one role, action log v2, evaluation @2 and its @1 upgrade. */
import { describe, expect, it, test } from 'vitest'
import { createAutopilot, InputError, loadActionLog, loadScenario, mayAct, parseEvaluationFile, runDrill, score } from '../../src/engine/index.ts'
import type { ActionInput, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const all = shipped()

describe('solo practice as one role (playedAs)', () => {
  // The headline complaint: a trainee who plays one role and does all of that role's steps on time was rated M,
  // because the other departments' steps counted as not done.
  const cases = all.flatMap(({ file, scenario }) => {
    const plan = plans.get(scenario.plan)
    if (!plan) throw new Error(scenario.plan)
    const perfect = runDrill(plan, scenario, { autopilot: createAutopilot('perfect', scenario.seed) })
    return [...new Set(perfect.actions.map((a) => a.role as string))].sort().map((role) => ({ file, scenario, plan, role }))
  })
  test.for(cases)('$file as $role: doing that role\'s steps on time is rated P', ({ scenario, plan, role }) => {
    // The trainee does every step of the role on time (the perfect autopilot stands in for them and for the others).
    const e = score(runDrill(plan, scenario, { autopilot: createAutopilot('perfect', scenario.seed), playedAs: role as RoleId }))
    expect(e.playedAs).toBe(role)
    expect(e.rating).toBe('P')
    expect(e.score).toBe(100)
    // Only the role's own duties (and those it acts for) count.
    for (const x of e.expectations) expect(x.scored, x.id).toBe(mayAct(plan.definition, x.roles, role))
  })
  it('scores a trainee who does nothing as missing only their own duties', () => {
    const { scenario } = all.find((s) => s.scenario.plan === 'customer-info-leak') as (typeof all)[number]
    const plan = plans.get(scenario.plan)
    if (!plan) throw new Error('plan')
    const e = score(runDrill(plan, scenario, { autopilot: createAutopilot('perfect', 1, { except: 'responsible-unit' as RoleId }), playedAs: 'responsible-unit' as RoleId }))
    const missed = e.expectations.filter((x) => x.scored && x.status === 'missed')
    expect(missed.length).toBeGreaterThan(0)
    for (const x of missed) expect(mayAct(plan.definition, x.roles, 'responsible-unit')).toBe(true)
    expect(e.findings.every((f) => f.expectation === null || e.expectations.some((x) => x.id === f.expectation && x.scored))).toBe(true)
  })
})

describe('action log v2 (to, level)', () => {
  const { scenario } = all.find((s) => s.scenario.plan === 'customer-info-leak') as (typeof all)[number]
  const plan = plans.get(scenario.plan)?.definition
  if (!plan) throw new Error('plan')
  const log = (actions: unknown[]) => JSON.stringify({ scenario: scenario.id, actions })
  it('reads recipients and a declared level', () => {
    const l = loadActionLog(log([{ at: '10m', role: 'responsible-unit', action: 'classify-incident', level: 'major' }, { at: '1h', role: 'responsible-unit', action: 'emergency-report', to: ['retail-dept'] }]), { file: 'a.json', plan, scenario })
    expect(l.actions[0]).toMatchObject({ level: 'major' })
    expect(l.actions[1]).toMatchObject({ to: ['retail-dept'] })
  })
  it('refuses unknown recipients and levels, naming the action and field', () => {
    try {
      loadActionLog(log([{ at: '10m', role: 'responsible-unit', action: 'classify-incident', level: 'huge' }, { at: '1h', role: 'responsible-unit', action: 'emergency-report', to: ['retail-dpt'] }]), { file: 'a.json', plan, scenario })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      const paths = (e as InputError).issues.map((i) => `${i.path}: ${i.message}`)
      expect(paths.join('\n')).toMatch(/actions\[0\]\.level: unknown level "huge"/)
      expect(paths.join('\n')).toMatch(/actions\[1\]\.to\[0\]: unknown recipient "retail-dpt".*[Dd]id you mean "retail-dept"/)
    }
  })
  it('scores a report that misses a required recipient as incomplete, naming it', () => {
    const p = plans.get(scenario.plan)
    if (!p) throw new Error('plan')
    const perfect = runDrill(p, scenario, { autopilot: createAutopilot('perfect', 1) })
    const report = perfect.obligations.find((o) => o.recipients.length > 1 && o.done !== null)
    if (!report) throw new Error('no report with several recipients in this scenario')
    const actions: ActionInput[] = perfect.actions.map(({ at, role, action, level }, i) => ({ at, role, action, ...(level !== undefined ? { level } : {}), ...(i === report.done?.action ? { to: [report.recipients[0] as RoleId] } : {}) }))
    const e = score(runDrill(p, scenario, { actions }))
    const x = e.expectations.find((y) => y.id === report.expectation && y.occurrence === report.occurrence)
    expect(x).toMatchObject({ status: 'incomplete', missingRecipients: report.recipients.slice(1) })
    expect(x?.credit).toBeLessThan(1)
    expect(e.findings.some((f) => f.status === 'incomplete' && f.expectation === report.expectation)).toBe(true)
  })
})

describe('evaluation @2 and files of @1', () => {
  const { scenario } = all[0] as (typeof all)[number]
  const plan = plans.get(scenario.plan)
  if (!plan) throw new Error('plan')
  const e = score(runDrill(plan, scenario, { autopilot: createAutopilot('late', 1) }))
  it('round-trips an @2 evaluation', () => {
    expect(parseEvaluationFile(JSON.stringify(e), 'e.json')).toEqual([e])
  })
  it('opens an @1 file, upgraded, saying where it came from', () => {
    const v1 = {
      ...e, schema: 'plandrill/evaluation@1', playedAs: undefined,
      summary: Object.fromEntries(Object.entries(e.summary).filter(([k]) => k !== 'incomplete' && k !== 'wrong-level')),
      expectations: e.expectations.map(({ armedBy: _a, anchor: _b, recipients: _c, missingRecipients: _d, declaredLevel: _e, renewed: _f, carriedOver: _g, coveredBy: _h, openBefore: _i, dischargedBy: _j, scored: _k, ...rest }) => rest),
      actions: e.actions.map(({ met: _m, ...rest }) => rest),
    }
    const [read] = parseEvaluationFile(JSON.stringify(v1), 'old.json')
    expect(read).toMatchObject({ schema: 'plandrill/evaluation@2', upgradedFrom: 'plandrill/evaluation@1', playedAs: null, score: e.score })
    expect(read?.expectations.every((x) => x.scored && x.anchor === null)).toBe(true)
  })
  it('gives a changed scenario a new evaluation id (its file name and titles do not count)', () => {
    expect(score(runDrill(plan, { ...scenario, file: 'elsewhere.yaml', title: { zh: '改名', en: 'Renamed' } }, { autopilot: createAutopilot('late', 1) })).id).toBe(e.id)
    const changed = { ...scenario, injects: scenario.injects.map((i, k) => (k === scenario.injects.length - 1 ? { ...i, at: (i.at + 60_000) as typeof i.at } : i)) }
    const again = score(runDrill(plan, changed, { autopilot: createAutopilot('late', 1) }))
    expect(again.id).not.toBe(e.id)
    expect(again.scenario.hash).not.toBe(e.scenario.hash)
  })
})

describe('durations and cadences within bounds (no runaway drill)', () => {
  const leakScenario = (params: Record<string, unknown>) => () =>
    loadScenario(JSON.stringify({ id: 't', plan: 'customer-info-leak', title: { zh: '测', en: 'T' }, start: '2026-03-02T09:00:00+08:00', seed: 1, params, injects: [{ at: '0m', event: 'leak.discovered', data: { customers: 1200, sensitive: true } }] }), { file: 't.yaml', plans })
  test.for([
    { params: { trackingEveryMajor: '0m' }, message: /params\.trackingEveryMajor: must be longer than 0/ },
    { params: { trackingEveryMajor: '1s' }, message: /params\.trackingEveryMajor: is a cadence of recurring reports and must be at least 1h/ },
    { params: { disposalReportWithin: '3000wd' }, message: /params\.disposalReportWithin: must be at most ten years/ },
  ])('refuses $params naming the parameter', ({ params, message }) => {
    try {
      leakScenario(params)()
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toMatch(message)
    }
  })
  it('accepts an hourly cadence and a one-year deadline', () => {
    expect(leakScenario({ trackingEveryMajor: '1h', disposalReportWithin: '1y' })).not.toThrow()
  })
})
