/** The ATM outsourced-service plan (seed 003, 第2篇 + 第3篇), case by case: triage, upgrades, deadlines, roles, order, tracks. */
import { describe, expect, it, test } from 'vitest'
import { analyzePlan, createAutopilot, createRegistry, generateScenarios, runDrill } from '../../../src/engine/index.ts'
import { PLANS } from '../../../src/plans/index.ts'
import { atmOutsourcingMachine } from '../../../src/plans/atm-outsourcing/machine.ts'
import { atmOutsourcingPlan } from '../../../src/plans/atm-outsourcing/plan.ts'
import { act, evaluate, expectation, expectScoringContract, scenario, shipped } from '../../helpers.ts'
import type { InjectSpec } from '../../helpers.ts'

const PLAN = 'atm-outsourcing'
const plan = { definition: atmOutsourcingPlan, machine: atmOutsourcingMachine }
const registry = createRegistry([...PLANS, plan])
const build = (injects: InjectSpec[], params: Record<string, unknown> = {}) => scenario(PLAN, injects, { params, end: '80d' }, registry)
const run = (injects: InjectSpec[], params: Record<string, unknown> = {}, autopilot?: 'perfect' | 'late' | 'none') =>
  evaluate(build(injects, params), { registry, ...(autopilot ? { autopilot } : {}) })
const incident = (data: Record<string, unknown>, more: InjectSpec[] = []): InjectSpec[] => [{ at: '0m', event: 'atm.incident', data }, ...more, { at: '3d', event: 'incident.closed' }]

// The scenario helper starts on Monday 2 March 2026, 09:00 (+08:00).
describe('triage: general vs major (003/3 四.1(2)–(3), pr-ato-04)', () => {
  test.for([
    { data: { incidentType: 'system-failure', atms: 1 }, level: 'general', clause: '003/3 四.1(2): one ATM with a system failure is a general fault' },
    { data: { incidentType: 'system-failure', atms: 2 }, level: 'general', clause: 'pr-ato-04: two ATMs stay under majorAtmCount' },
    { data: { incidentType: 'system-failure', atms: 3 }, level: 'major', clause: 'pr-ato-04: majorAtmCount (3) ATMs at once is major' },
    { data: { incidentType: 'power-outage', atms: 1 }, level: 'general', clause: '003/2 三.4 power cut at one ATM is a general fault' },
    { data: { incidentType: 'other', atms: 2 }, level: 'general', clause: '003/2 三.6 other incident at two ATMs is a general fault' },
    { data: { incidentType: 'network-attack', atms: 1 }, level: 'major', clause: '003/2 三.2, pr-ato-04: a network attack is always major' },
    { data: { incidentType: 'equipment-damage', atms: 1 }, level: 'major', clause: '003/2 三.3, pr-ato-04: equipment damage is always major' },
    { data: { incidentType: 'natural-disaster', atms: 1 }, level: 'major', clause: '003/2 三.5, pr-ato-04: a natural disaster is always major' },
    { data: { incidentType: 'system-failure', atms: 1, security: true }, level: 'major', clause: 'pr-ato-04: a security element makes it major' },
    { data: { incidentType: 'power-outage', atms: 1, siteDown: true }, level: 'major', clause: 'pr-ato-04: a whole site down is major' },
    { data: { incidentType: 'system-failure', atms: 2 }, params: { majorAtmCount: 2 }, level: 'major', clause: 'pr-ato-04 with majorAtmCount 2: two ATMs are major' },
    { data: { incidentType: 'system-failure', atms: 4 }, params: { majorAtmCount: 5 }, level: 'general', clause: 'pr-ato-04 with majorAtmCount 5: four ATMs are general' },
  ])('$data.incidentType at $data.atms ATM(s) → $level ($clause)', ({ data, params, level }) => {
    expect(run(incident(data), params).severity).toBe(level)
  })

  test.for([
    { more: [{ at: '1h', event: 'atm.incident-updated', data: { atms: 4 } }], history: ['general', 'major'], clause: 'pr-ato-10: more ATMs upgrade a general fault' },
    { more: [{ at: '1h', event: 'atm.incident-updated', data: { security: true } }], history: ['general', 'major'], clause: 'pr-ato-10: a security element found later upgrades it' },
    { more: [{ at: '4h30m', event: 'vendor.sla-breached', data: { reason: 'no-fix' } }], history: ['general', 'major'], clause: 'pr-ato-04, pr-ato-10: provider not fixed within vendorSla' },
    { more: [{ at: '40m', event: 'vendor.sla-breached', data: { reason: 'no-ack' } }], history: ['general', 'major'], clause: 'pr-ato-04, pr-ato-10: provider silent past vendorAckWithin' },
    { more: [{ at: '1h', event: 'atm.incident-updated', data: { symptom: 'cash jam' } }], history: ['general'], clause: 'pr-ato-10: an update without major facts keeps the general fault' },
  ])('$history: $clause', ({ more, history }) => {
    expect(run(incident({ incidentType: 'system-failure', atms: 1 }, more)).severityHistory.map((h) => h.level)).toEqual(history)
  })

  it('never downgrades a major incident (pr-ato-10)', () => {
    const e = run(incident({ incidentType: 'system-failure', atms: 5 }, [{ at: '1h', event: 'atm.incident-updated', data: { atms: 1 } }]))
    expect(e.severityHistory.map((h) => h.level)).toEqual(['major'])
  })

  it('general fault: the provider is notified and nothing of the major response is owed (pr-ato-03)', () => {
    const e = run(incident({ incidentType: 'system-failure', atms: 1 }, [{ at: '20m', event: 'vendor.acknowledged' }, { at: '2h', event: 'atm.service-restored' }]), {}, 'perfect')
    expect(expectation(e, 'notify-vendor').status).toBe('on-time')
    expect(expectation(e, 'verify-vendor-fix').status).toBe('on-time')
    for (const id of ['report-incident', 'activate-plan', 'dispatch-team', 'team-report']) expect(expectation(e, id)).toMatchObject({ status: 'not-applicable', occurrence: 0 })
    expect(e.score).toBe(100)
  })
})

// With nobody acting, every chained deadline runs from the deadline before it (pr-all-03).
describe('deadlines with nobody acting (§5 defaults)', () => {
  const attack = incident({ incidentType: 'network-attack', atms: 4 }, [
    { at: '40m', event: 'government.request', data: { agency: 'police' } },
    { at: '1h', event: 'logistics.request', data: { item: 'spare hard disks' } },
    { at: '2h', event: 'media.inquiry', data: { outlet: 'Metro Morning Post' } },
    { at: '5h', event: 'atm.service-restored' },
    { at: '5h30m', event: 'atm.test-result', data: { passed: true } },
  ])
  const damage = incident({ incidentType: 'equipment-damage', atms: 1 }, [{ at: '6h', event: 'atm.equipment-replaced' }])
  const power = incident({ incidentType: 'power-outage', atms: 1, siteDown: true })
  const general = incident({ incidentType: 'power-outage', atms: 1 }, [{ at: '2h', event: 'atm.service-restored' }])
  const upgrade = incident({ incidentType: 'system-failure', atms: 1 }, [{ at: '20m', event: 'vendor.acknowledged' }, { at: '4h30m', event: 'vendor.sla-breached', data: { reason: 'no-fix' } }])
  test.for([
    { injects: attack, id: 'triage-incident', due: '2026-03-02T09:15:00+08:00', clause: '003/3 四.1(1)–(3)' },
    { injects: attack, id: 'report-incident', due: '2026-03-02T09:30:00+08:00', clause: '003/3 四.1(3); 003/2 五.1(1)' },
    { injects: attack, id: 'activate-plan', due: '2026-03-02T09:45:00+08:00', clause: '003/2 五.1(1), 四.2; 003/3 四.2(1)' },
    { injects: attack, id: 'analyse-and-plan', due: '2026-03-02T10:45:00+08:00', clause: '003/2 五.1(2)' },
    { injects: attack, id: 'dispatch-team', due: '2026-03-02T10:45:00+08:00', clause: '003/3 四.2(1)' },
    { injects: attack, id: 'arrive-on-site', due: '2026-03-02T10:45:00+08:00', clause: '003/3 四.2(2)' },
    { injects: attack, id: 'onsite-handling', due: '2026-03-02T11:00:00+08:00', clause: '003/3 四.2(2), 四.3(1)' },
    { injects: attack, id: 'initial-shut-down', due: '2026-03-02T10:45:00+08:00', clause: '003/2 五.2(1)' },
    { injects: attack, id: 'initial-isolate', due: '2026-03-02T10:45:00+08:00', clause: '003/2 五.2(1)' },
    { injects: attack, id: 'reassure-customers', due: '2026-03-02T10:45:00+08:00', clause: '003/2 五.2(3)' },
    { injects: attack, id: 'external-liaison', due: '2026-03-02T10:45:00+08:00', clause: '003/2 五.1(3), 四.3' },
    { injects: attack, id: 'publish-info', due: '2026-03-02T11:45:00+08:00', clause: '003/3 八, 三.1(3)' },
    // AO-4: no deadline of its own; due when restoring starts (here the restoration at 14:00).
    { injects: attack, id: 'open-investigation', due: '2026-03-02T14:00:00+08:00', clause: '003/2 五.3(1)' },
    { injects: attack, id: 'recovery-plan', due: '2026-03-02T13:45:00+08:00', clause: '003/2 五.4(1)' },
    { injects: attack, id: 'answer-government', due: '2026-03-02T11:40:00+08:00', clause: '003/2 四.3, 五.1(3)' },
    { injects: attack, id: 'supply-materials', due: '2026-03-02T11:00:00+08:00', clause: '003/3 四.3(3)' },
    { injects: attack, id: 'answer-media', due: '2026-03-02T13:00:00+08:00', clause: '003/2 四.3, 五.1(3)' },
    { injects: attack, id: 'restore-service', due: '2026-03-02T14:00:00+08:00', clause: '003/2 五.4(2); 003/3 四.2(3)' },
    { injects: attack, id: 'confirm-restored', due: '2026-03-02T14:30:00+08:00', clause: '003/3 四.4(1)' },
    { injects: attack, id: 'publish-restoration', due: '2026-03-02T16:00:00+08:00', clause: '003/3 八.2(3)' },
    { injects: attack, id: 'declare-end', due: '2026-03-02T15:30:00+08:00', clause: '003/3 四.4(2)' },
    // Closed Thursday 5 March 2026: working days run from Friday 6 March.
    { injects: attack, id: 'team-report', due: '2026-03-11T00:00:00+08:00', clause: '003/3 四.4(3)' },
    { injects: attack, id: 'investigation-findings', due: '2026-03-20T00:00:00+08:00', clause: '003/2 五.3(1)' },
    { injects: attack, id: 'summary-evaluation', due: '2026-03-20T00:00:00+08:00', clause: '003/2 五.5(1), 五.3(3); 003/3 九' },
    { injects: attack, id: 'accountability', due: '2026-04-20T00:00:00+08:00', clause: '003/2 五.3(2)' },
    { injects: attack, id: 'revise-plan', due: '2026-04-20T00:00:00+08:00', clause: '003/2 五.5(2), 八.3; 003/3 三.1(1)' },
    { injects: attack, id: 'schedule-drill', due: '2026-04-20T00:00:00+08:00', clause: '003/2 五.5(3), 七; 003/3 七' },
    { injects: damage, id: 'survey-and-assess-loss', due: '2026-03-03T09:45:00+08:00', clause: '003/2 五.2(2)' },
    { injects: damage, id: 'repair-equipment', due: '2026-03-02T15:00:00+08:00', clause: '003/2 五.4(3)' },
    { injects: power, id: 'initial-restore-power', due: '2026-03-02T10:45:00+08:00', clause: '003/2 五.2(1)' },
    { injects: general, id: 'notify-vendor', due: '2026-03-02T09:30:00+08:00', clause: '003/3 四.1(2)' },
    { injects: general, id: 'verify-vendor-fix', due: '2026-03-02T11:30:00+08:00', clause: '003/3 四.1(2); pr-ato-11 (project rule, not in source)' },
    // pr-ato-10: the report is due 15m after the upgrading event (13:30); the activation 15m after that.
    { injects: upgrade, id: 'report-incident', due: '2026-03-02T13:45:00+08:00', clause: '003/3 四.1(3); 003/2 五.1(1)' },
    { injects: upgrade, id: 'activate-plan', due: '2026-03-02T14:00:00+08:00', clause: '003/2 五.1(1), 四.2; 003/3 四.2(1)' },
  ])('$id is due at $due ($clause)', ({ injects, id, due, clause }) => {
    const x = expectation(run(injects, {}, 'none'), id)
    expect(x.due).toBe(due)
    expect(x.clause).toBe(clause)
    expect(x.status).toBe('missed')
  })

  // Changed for AO-1 and AO-8: the upgrading event arms no second triage, and the report runs from the event: here the
  // provider's SLA clock (notified 09:10, not restored by 13:10), so 13:25; before, 13:50 from the re-triage.
  it('counts the report from the upgrading event, not from a re-triage (pr-ato-10)', () => {
    const s = build(upgrade)
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'notify-vendor'), act(s, '4h35m', 'duty-desk', 'classify-incident')] })
    expect(e.expectations.filter((x) => x.id === 'triage-incident')).toHaveLength(1)
    expect(expectation(e, 'report-incident').due).toBe('2026-03-02T13:25:00+08:00')
    expect(expectation(e, 'notify-vendor').status).toBe('on-time')
  })

  it('hourly status reports from the escalation until service is back, whenever the team arrives (003/3 四.3(2))', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }, [{ at: '3h30m', event: 'atm.service-restored' }]))
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'report-incident'), act(s, '15m', 'leadership-group', 'activate-plan'), act(s, '50m', 'leadership-group', 'dispatch-team'), act(s, '1h', 'working-group', 'arrive-on-site')] })
    const reports = e.expectations.filter((x) => x.id === 'status-reports')
    expect(reports.map((x) => x.due)).toEqual(['2026-03-02T10:00:00+08:00', '2026-03-02T11:00:00+08:00', '2026-03-02T12:00:00+08:00'])
    expect(reports.every((x) => x.status === 'missed' && x.clause === '003/3 四.3(2)')).toBe(true)
  })
})

describe('roles (003/2 四, 003/3 三; pr-ato-06…08)', () => {
  const major = incident({ incidentType: 'network-attack', atms: 4 })
  test.for([
    { role: 'duty-desk', action: 'report-incident', id: 'report-incident', status: 'on-time', clause: '003/3 四.1(3): the duty desk reports' },
    { role: 'coordination-dept', action: 'report-incident', id: 'report-incident', status: 'wrong-role', clause: '003/3 四.1(3): not the coordination department' },
  ])('$action by $role is $status ($clause)', ({ role, action, id, status }) => {
    const s = build(major)
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', role, action)] })
    expect(expectation(e, id).status).toBe(status)
  })
  it('accepts activation by the group leader, not by the working group (003/2 四.1(1), 五.1(1))', () => {
    const s = build(major)
    const base = [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'report-incident')]
    expect(expectation(evaluate(s, { registry, actions: [...base, act(s, '15m', 'group-lead', 'activate-plan')] }), 'activate-plan').status).toBe('on-time')
    expect(expectation(evaluate(s, { registry, actions: [...base, act(s, '15m', 'working-group', 'activate-plan')] }), 'activate-plan').status).toBe('wrong-role')
  })
  it('lets the leadership group publish, and the coordination department on its behalf (pr-ato-08)', () => {
    const s = build(major)
    const base = [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'report-incident'), act(s, '15m', 'leadership-group', 'activate-plan')]
    expect(expectation(evaluate(s, { registry, actions: [...base, act(s, '1h', 'leadership-group', 'publish-info')] }), 'publish-info').status).toBe('on-time')
    expect(expectation(evaluate(s, { registry, actions: [...base, act(s, '1h', 'coordination-dept', 'publish-info')] }), 'publish-info').status).toBe('on-time')
    expect(expectation(evaluate(s, { registry, actions: [...base, act(s, '1h', 'working-group', 'publish-info')] }), 'publish-info').status).toBe('wrong-role')
  })
  it('general fault: the duty desk, not the provider, notifies the provider (003/3 四.1(2), pr-ato-06)', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 1 }))
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'vendor', 'notify-vendor')] })
    expect(expectation(e, 'notify-vendor').status).toBe('wrong-role')
  })
  it('customer reassurance belongs to the coordination department (pr-ato-07)', () => {
    const s = build(major)
    const base = [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'report-incident'), act(s, '15m', 'leadership-group', 'activate-plan')]
    expect(expectation(evaluate(s, { registry, actions: [...base, act(s, '30m', 'working-group', 'notify-customers')] }), 'reassure-customers').status).toBe('wrong-role')
  })
})

describe('ordering (§4.2)', () => {
  const start = (s: ReturnType<typeof build>) => [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'report-incident'), act(s, '15m', 'leadership-group', 'activate-plan')]
  it('marks activation out of order when it precedes the report (003/2 五.1(1))', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }))
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '8m', 'leadership-group', 'activate-plan'), act(s, '12m', 'duty-desk', 'report-incident')] })
    expect(expectation(e, 'activate-plan').status).toBe('out-of-order')
  })
  it('network attack: restoring before the investigation is opened is out of order (pr-ato-14)', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }, [{ at: '4h', event: 'atm.service-restored' }]))
    const e = evaluate(s, { registry, actions: [...start(s), act(s, '30m', 'working-group', 'shut-down-system'), act(s, '35m', 'working-group', 'isolate-equipment'), act(s, '1h', 'working-group', 'draft-recovery-plan'), act(s, '2h', 'working-group', 'restore-service'), act(s, '3h', 'working-group', 'investigate-cause')] })
    expect(expectation(e, 'restore-service').status).toBe('out-of-order')
    expect(expectation(e, 'open-investigation').status).toBe('late')
  })
  it('system failure: the investigation may run alongside recovery (pr-ato-14)', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 5 }, [{ at: '4h', event: 'atm.service-restored' }]))
    const e = evaluate(s, { registry, actions: [...start(s), act(s, '30m', 'working-group', 'shut-down-system'), act(s, '1h', 'working-group', 'draft-recovery-plan'), act(s, '2h', 'working-group', 'restore-service'), act(s, '3h', 'working-group', 'investigate-cause')] })
    expect(expectation(e, 'restore-service').status).toBe('on-time')
    expect(expectation(e, 'open-investigation-parallel').status).toBe('on-time')
  })
  it('the recovery plan comes after the initial measures (003/2 五.2(1) → 五.4(1))', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 5 }))
    const e = evaluate(s, { registry, actions: [...start(s), act(s, '30m', 'working-group', 'draft-recovery-plan'), act(s, '40m', 'working-group', 'shut-down-system')] })
    expect(expectation(e, 'recovery-plan').status).toBe('out-of-order')
  })
})

describe('tracks by type and circumstance (pr-ato-05, pr-ato-12…14)', () => {
  test.for([
    { type: 'system-failure', shut: 'missed', isolate: 'not-applicable', power: 'not-applicable', survey: 'not-applicable', clause: '003/2 五.2(1): system failure → shut down' },
    { type: 'network-attack', shut: 'missed', isolate: 'missed', power: 'not-applicable', survey: 'not-applicable', clause: '003/2 五.2(1): network attack → shut down and isolate' },
    { type: 'equipment-damage', shut: 'not-applicable', isolate: 'missed', power: 'not-applicable', survey: 'missed', clause: '003/2 五.2(1)–(2): equipment damage → isolate, survey' },
    { type: 'power-outage', shut: 'not-applicable', isolate: 'not-applicable', power: 'missed', survey: 'not-applicable', clause: '003/2 五.2(1): power cut → restore power' },
    { type: 'natural-disaster', shut: 'missed', isolate: 'missed', power: 'not-applicable', survey: 'missed', clause: '003/2 五.2(1)–(2): natural disaster → shut down, isolate, survey' },
  ])('$type: $clause', ({ type, shut, isolate, power, survey }) => {
    const e = run(incident({ incidentType: type, atms: 3 }), {}, 'none')
    expect(expectation(e, 'initial-shut-down').status).toBe(shut)
    expect(expectation(e, 'initial-isolate').status).toBe(isolate)
    expect(expectation(e, 'initial-restore-power').status).toBe(power)
    expect(expectation(e, 'survey-and-assess-loss').status).toBe(survey)
  })
  it('a second type reported by an update adds its measure (003/2 五.2(1), pr-ato-05)', () => {
    const e = run(incident({ incidentType: 'natural-disaster', atms: 3 }, [{ at: '30m', event: 'atm.incident-updated', data: { incidentType: 'power-outage', expectedHours: 8 } }]), {}, 'perfect')
    expect(expectation(e, 'initial-restore-power').status).toBe('on-time')
    expect(expectation(e, 'initial-shut-down').status).toBe('on-time')
    expect(expectation(e, 'triage-incident', 2).status).toBe('on-time')
  })
  it('other: the measures the scenario names (pr-ato-05)', () => {
    const e = run(incident({ incidentType: 'other', atms: 3, measures: ['isolate'] }), {}, 'none')
    expect(expectation(e, 'initial-isolate').status).toBe('missed')
    expect(expectation(e, 'initial-shut-down').status).toBe('not-applicable')
  })
  it('no one goes on site for an incident confined to the provider\'s central systems (pr-ato-12)', () => {
    const e = run(incident({ incidentType: 'system-failure', atms: 40, centralOnly: true }), {}, 'none')
    expect(expectation(e, 'dispatch-team').status).toBe('not-applicable')
    expect(expectation(e, 'onsite-handling').status).toBe('not-applicable')
  })
  it('no public release when customers are not affected (pr-ato-13)', () => {
    const e = run(incident({ incidentType: 'network-attack', atms: 1, customerImpact: false }, [{ at: '5h', event: 'atm.service-restored' }]), {}, 'none')
    expect(expectation(e, 'publish-info').status).toBe('not-applicable')
    expect(expectation(e, 'publish-restoration').status).toBe('not-applicable')
    expect(expectation(e, 'reassure-customers').status).toBe('missed')
  })
  it('a failed test sends the group back to restoring; the end comes only after a pass (pr-ato-16)', () => {
    const e = run(incident({ incidentType: 'system-failure', atms: 40, centralOnly: true }, [
      { at: '3h', event: 'atm.service-restored' },
      { at: '3h20m', event: 'atm.test-result', data: { passed: false } },
      { at: '4h30m', event: 'atm.service-restored' },
      { at: '4h50m', event: 'atm.test-result', data: { passed: true } },
    ]), {}, 'perfect')
    expect(e.expectations.filter((x) => x.id === 'restore-service').map((x) => x.status)).toEqual(['on-time', 'on-time'])
    expect(e.expectations.filter((x) => x.id === 'confirm-restored').map((x) => x.status)).toEqual(['on-time', 'on-time'])
    expect(expectation(e, 'declare-end').armedAt).toBe('2026-03-02T13:50:00+08:00')
    expect(e.score).toBe(100)
  })
  // Changed: the end now needs the working group's confirmation on record (end criteria, 003/3 四.4(1)–(2)).
  it('the end starts the post-incident clocks (pr-ato-16, pr-all-07)', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 5, centralOnly: true }, [{ at: '3h', event: 'atm.service-restored' }, { at: '3h20m', event: 'atm.test-result', data: { passed: true } }]))
    const e = evaluate(s, { registry, actions: [act(s, '3h10m', 'working-group', 'test-system'), act(s, '3h30m', 'leadership-group', 'declare-end')] })
    // Declared Monday 2 March: three working days end at 24:00 on Thursday 5 March.
    expect(expectation(e, 'team-report').due).toBe('2026-03-06T00:00:00+08:00')
  })
  it('ignores a declaration before the confirmation passes', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 5, centralOnly: true }, [{ at: '3h', event: 'atm.service-restored' }]))
    const e = evaluate(s, { registry, actions: [act(s, '3h30m', 'leadership-group', 'declare-end')] })
    expect(expectation(e, 'team-report').due).toBe('2026-03-11T00:00:00+08:00')
  })
  // Changed for AO-14: government and media requests are the coordination department's standing remit at any level.
  it('materials requests are answered at major only; government and media requests at any level', () => {
    const requests: InjectSpec[] = [{ at: '1h', event: 'logistics.request' }, { at: '1h', event: 'government.request' }, { at: '1h', event: 'media.inquiry', data: { outlet: 'City Express' } }]
    const general = run(incident({ incidentType: 'system-failure', atms: 1 }, requests), {}, 'none')
    expect(expectation(general, 'supply-materials').status).toBe('not-applicable')
    for (const id of ['answer-government', 'answer-media']) expect(expectation(general, id).status).toBe('missed')
    const major = run(incident({ incidentType: 'system-failure', atms: 3 }, requests), {}, 'none')
    for (const id of ['supply-materials', 'answer-government', 'answer-media']) expect(expectation(major, id).status).toBe('missed')
  })
})

describe('shipped scenarios under the autopilots', () => {
  const mine = shipped(registry).filter((x) => x.scenario.plan === PLAN)
  it('ships at least one scenario per level and covers every incident type', () => {
    expect(mine.length).toBeGreaterThanOrEqual(4)
    const levels = new Set(mine.map((x) => evaluate(x.scenario, { registry, autopilot: 'perfect' }).severity))
    expect([...levels].sort()).toEqual(['general', 'major'])
    const types = new Set(mine.flatMap((x) => x.scenario.injects.filter((i) => i.event.startsWith('atm.incident')).map((i) => i.data.incidentType)).filter((t) => t !== undefined))
    expect([...types].sort()).toEqual(['equipment-damage', 'natural-disaster', 'network-attack', 'power-outage', 'system-failure'])
  })
  test.for(mine.map((x) => ({ id: x.scenario.id, s: x.scenario })))('$id: perfect ≥ 95, none ≤ 10 (U), late in between', ({ s }) => {
    expectScoringContract(s, registry)
  })
})

describe('scenario generator (recipes)', () => {
  it('generates scenarios that load, grade at their recipe level, cover every level, and repeat byte for byte per seed', () => {
    const a = generateScenarios(plan, { seed: 11, count: 10, plans: registry })
    const b = generateScenarios(plan, { seed: 11, count: 10, plans: registry })
    expect(a.map((g) => g.text)).toEqual(b.map((g) => g.text))
    for (const g of a) expect(evaluate(g.scenario, { registry, autopilot: 'perfect' }).severity).toBe(g.level)
    expect([...new Set(a.map((g) => g.level))].sort()).toEqual(['general', 'major'])
    expect(new Set(atmOutsourcingPlan.recipes.flatMap((r) => r.cases.map((c) => c.level)))).toEqual(new Set(atmOutsourcingPlan.levels.map((l) => l.id)))
  })
})

describe('plan coverage (analyzePlan)', () => {
  it('reaches every state, arms every expectation, has no dead ends, and the shipped scenarios exercise ≥ 90%', () => {
    const r = analyzePlan(plan, { scenarios: shipped(registry).filter((x) => x.scenario.plan === PLAN).map((x) => x.scenario) })
    expect({ unreachable: r.unreachableStates, unarmable: r.unarmableExpectations, unhandled: r.unhandledEvents, deadEnds: r.deadEnds }).toEqual({ unreachable: [], unarmable: [], unhandled: [], deadEnds: [] })
    expect(r.exercised).toBeGreaterThanOrEqual(0.9)
  }, 20_000)
  it('cites a clause for every expectation and names only project rules the plan defines', () => {
    const ids = new Set(atmOutsourcingPlan.projectRules.map((r) => r.id))
    for (const e of atmOutsourcingPlan.expectations) {
      expect(typeof e.clause === 'string' && /^003\/[23] /.test(e.clause)).toBe(true)
      // AO-12: quotes are the seed's own wording (traditional characters with their glosses), never simplified.
      if (e.quote !== undefined) expect(String(e.quote), e.id).not.toMatch(/[应设处报时协调门现场组长负责发启动对进据况]/)
      for (const pr of e.projectRules ?? []) expect(ids.has(pr)).toBe(true)
    }
    for (const r of atmOutsourcingPlan.severity.rules) if (r.projectRule) expect(ids.has(r.projectRule)).toBe(true)
  })
})

describe('over-response on a general fault (pr-all-11)', () => {
  it('records an activation the rules do not call for, without penalty', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 1 }, [{ at: '15m', event: 'vendor.acknowledged' }, { at: '2h', event: 'atm.service-restored' }]))
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'notify-vendor'), act(s, '20m', 'leadership-group', 'activate-plan'), act(s, '2h10m', 'duty-desk', 'verify-restoration')] })
    expect(e.score).toBe(100)
    expect(e.findings.some((f) => f.kind === 'observation' && f.text.en.includes('Activate the plan'))).toBe(true)
  })
})

// The fidelity rows of the review (../shared/fidelity, "atm-outsourcing"): each case fails on the behaviour before the fix.
describe('fidelity rows (seed 003 第2篇 + 第3篇)', () => {
  const major = (s: ReturnType<typeof build>) => [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'report-incident'), act(s, '15m', 'leadership-group', 'activate-plan')]
  const general = (more: InjectSpec[] = []) => incident({ incidentType: 'system-failure', atms: 1 }, more)
  const generalStart = (s: ReturnType<typeof build>) => [act(s, '5m', 'duty-desk', 'classify-incident'), act(s, '10m', 'duty-desk', 'notify-vendor')]

  it('AO-1: an update makes the fault major at 10:00, so the report is due 10:15 and 10:25 is late, whatever a re-triage says (003/3 四.1(3), pr-ato-10)', () => {
    const s = build(general([{ at: '20m', event: 'vendor.acknowledged' }, { at: '1h', event: 'atm.incident-updated', data: { atms: 4 } }]))
    const e = evaluate(s, { registry, actions: [...generalStart(s), act(s, '1h14m', 'duty-desk', 'classify-incident'), act(s, '1h25m', 'duty-desk', 'report-incident')] })
    expect(expectation(e, 'report-incident')).toMatchObject({ due: '2026-03-02T10:15:00+08:00', status: 'late' })
    // An incident major at once is still reported 15m after its triage (sheet §4.1).
    const m = build(incident({ incidentType: 'network-attack', atms: 4 }))
    expect(expectation(evaluate(m, { registry, actions: [act(m, '5m', 'duty-desk', 'classify-incident')] }), 'report-incident').due).toBe('2026-03-02T09:20:00+08:00')
  })

  it('AO-2: the on-site clock runs from the working group\'s arrival, which it logs itself (003/3 四.2(2), 四.3(1))', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }))
    const e = evaluate(s, { registry, actions: [...major(s), act(s, '20m', 'leadership-group', 'dispatch-team'), act(s, '1h', 'working-group', 'arrive-on-site'), act(s, '1h05m', 'working-group', 'diagnose-fault')] })
    expect(expectation(e, 'dispatch-team').status).toBe('on-time')
    expect(expectation(e, 'arrive-on-site').status).toBe('on-time')
    expect(expectation(e, 'onsite-handling')).toMatchObject({ status: 'on-time', due: '2026-03-02T10:15:00+08:00' })
  })

  it('AO-3: equipment damage perfect but for the investigation is rated P: the investigation is critical for attacks only', () => {
    const s = build(incident({ incidentType: 'equipment-damage', atms: 1 }, [{ at: '3h', event: 'atm.equipment-replaced' }, { at: '4h', event: 'atm.service-restored' }, { at: '4h20m', event: 'atm.test-result', data: { passed: true } }]))
    const perfect = runDrill(plan, s, { autopilot: createAutopilot('perfect', 1) })
    const log = perfect.actions.filter((a) => a.match === 'satisfied' && a.action !== 'investigate-cause').map(({ at, role, action }) => ({ at, role, action }))
    const e = evaluate(s, { registry, actions: log })
    expect(expectation(e, 'open-investigation-damage')).toMatchObject({ status: 'missed', critical: false })
    expect(e.rating).toBe('P')
    expect(expectation(run(incident({ incidentType: 'network-attack', atms: 4 }), {}, 'none'), 'open-investigation').critical).toBe(true)
  })

  it('AO-4: the evidence-first investigation has no deadline of its own: opened 3h after activation, before restoring, it is on time', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }, [{ at: '4h', event: 'atm.service-restored' }]))
    const e = evaluate(s, { registry, actions: [...major(s), act(s, '3h', 'working-group', 'investigate-cause'), act(s, '3h30m', 'working-group', 'restore-service')] })
    expect(expectation(e, 'open-investigation').status).toBe('on-time')
    expect(atmOutsourcingPlan.params.some((p) => p.id === 'investigationStartWithin')).toBe(false)
  })

  it('AO-5: a measure a later update makes necessary runs from the update (003/2 五.2(1), pr-all-05)', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 5 }, [{ at: '3h', event: 'atm.incident-updated', data: { incidentType: 'power-outage' } }]))
    const e = evaluate(s, { registry, actions: [...major(s), act(s, '3h20m', 'working-group', 'restore-power')] })
    expect(expectation(e, 'initial-restore-power')).toMatchObject({ due: '2026-03-02T13:00:00+08:00', status: 'on-time' })
  })

  it('AO-6: a general power cut that turns out to be a network attack owes power, shut-down and isolation (sheet §6 "a second type")', () => {
    const e = run(incident({ incidentType: 'power-outage', atms: 1 }, [{ at: '1h', event: 'atm.incident-updated', data: { incidentType: 'network-attack' } }]), {}, 'none')
    expect(e.severity).toBe('major')
    for (const id of ['initial-restore-power', 'initial-shut-down', 'initial-isolate', 'open-investigation']) expect(expectation(e, id).status, id).toBe('missed')
  })

  it('AO-7: status reports on arrival, at each restoration, and hourly again after a failed test (003/3 四.3(2), pr-ato-18)', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }, [
      { at: '3h', event: 'atm.service-restored' },
      { at: '3h20m', event: 'atm.test-result', data: { passed: false } },
      { at: '5h', event: 'atm.service-restored' },
      { at: '5h20m', event: 'atm.test-result', data: { passed: true } },
    ]))
    const e = evaluate(s, { registry, actions: [...major(s), act(s, '50m', 'working-group', 'arrive-on-site'), act(s, '3h05m', 'working-group', 'report-status')] })
    // Not reported on arrival: the report at the first restoration meets it, late.
    expect(expectation(e, 'status-on-arrival')).toMatchObject({ due: '2026-03-02T10:05:00+08:00', status: 'late' })
    expect(e.expectations.filter((x) => x.id === 'status-on-restoration').map((x) => x.due)).toEqual(['2026-03-02T12:15:00+08:00', '2026-03-02T14:15:00+08:00'])
    expect(e.expectations.filter((x) => x.id === 'status-reports').map((x) => x.due)).toContain('2026-03-02T13:20:00+08:00')
    // One report meets every status duty open at the time.
    const one = evaluate(s, { registry, actions: [...major(s), act(s, '50m', 'working-group', 'arrive-on-site'), act(s, '55m', 'working-group', 'report-status')] })
    expect(expectation(one, 'status-on-arrival').status).toBe('on-time')
    expect(expectation(one, 'status-reports').status).toBe('on-time')
  })

  it('AO-8: a provider silent past vendorAckWithin, or not restoring within vendorSla, makes the incident major on the chart\'s own clock (pr-ato-04(4))', () => {
    const silent = build(general([{ at: '6h', event: 'atm.service-restored' }]))
    const e = evaluate(silent, { registry, actions: generalStart(silent) })
    expect(e.severityHistory.map((h) => [h.level, h.at])).toEqual([['general', '2026-03-02T09:00:00+08:00'], ['major', '2026-03-02T09:40:00+08:00']])
    expect(expectation(e, 'report-incident').due).toBe('2026-03-02T09:55:00+08:00')
    const slow = build(general([{ at: '20m', event: 'vendor.acknowledged' }, { at: '6h', event: 'atm.service-restored' }]))
    expect(evaluate(slow, { registry, actions: generalStart(slow) }).severityHistory.map((h) => h.at)).toEqual(['2026-03-02T09:00:00+08:00', '2026-03-02T13:10:00+08:00'])
    // Acknowledged in time (even before the notice) and restored within the SLA: a general fault throughout.
    const ok = build(general([{ at: '8m', event: 'vendor.acknowledged' }, { at: '4h', event: 'atm.service-restored' }]))
    expect(evaluate(ok, { registry, actions: generalStart(ok) }).severityHistory.map((h) => h.level)).toEqual(['general'])
    // No notice, no provider clock.
    expect(run(general([{ at: '6h', event: 'atm.service-restored' }]), {}, 'none').severity).toBe('general')
  })

  it('AO-9: the coordination department\'s first contact may be its answer to the police; findings after the end go to the findings', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }, [{ at: '20m', event: 'government.request', data: { agency: 'police' } }]))
    const e = evaluate(s, { registry, actions: [...major(s), act(s, '30m', 'coordination-dept', 'liaise-external')] })
    expect(expectation(e, 'external-liaison').status).toBe('on-time')
    expect(expectation(e, 'answer-government').status).toBe('on-time')
    const p = build(incident({ incidentType: 'system-failure', atms: 5 }))
    const after = evaluate(p, { registry, actions: [...major(p), act(p, '3d1h', 'working-group', 'investigate-cause')] })
    expect(expectation(after, 'investigation-findings').status).toBe('on-time')
    expect(expectation(after, 'open-investigation-parallel').status).toBe('missed')
  })

  it('AO-10: the one-month limits for accountability, revision and drills are marked project defaults (pr-ato-17)', () => {
    for (const id of ['accountabilityWithin', 'revisionWithin']) expect(atmOutsourcingPlan.params.find((p) => p.id === id)).toMatchObject({ origin: 'default', clause: 'pr-ato-17' })
    expect(atmOutsourcingPlan.projectRules.find((r) => r.id === 'pr-ato-17')?.rule.en).toContain('accountabilityWithin')
    for (const id of ['accountability', 'revise-plan', 'schedule-drill']) expect(atmOutsourcingPlan.expectations.find((x) => x.id === id)?.projectRules).toContain('pr-ato-17')
  })

  it('AO-11: the major-by-type rule cites 三.2, 三.3 and 三.5, not the power cut of 三.4', () => {
    const rule = atmOutsourcingPlan.severity.rules.find((r) => 'in' in r.when && r.when.fact === 'incidentType')
    expect(rule?.clause).toBe('003/3 四.1(3); 003/2 三.2, 三.3, 三.5')
  })

  it('AO-12: quotes copy the seed verbatim, glosses included', () => {
    expect(atmOutsourcingPlan.expectations.find((x) => x.id === 'triage-incident')?.quote).toBe('(1)監(jiān)測(cè)ATM系統(tǒng)運(yùn)行狀況,發(fā)現(xiàn)異常情況時(shí),立即啟動(dòng)應(yīng)急預(yù)案;(2)對(duì)異常情況進(jìn)行初步判斷')
  })

  it('AO-13: the headquarters reports the emergency upward once during a major incident (003/3 三.1(3), pr-ato-19)', () => {
    const none = run(incident({ incidentType: 'network-attack', atms: 4 }), {}, 'none')
    expect(expectation(none, 'report-upward')).toMatchObject({ status: 'missed', clause: '003/3 三.1(3)' })
    expect(expectation(run(incident({ incidentType: 'network-attack', atms: 4 }), {}, 'perfect'), 'report-upward').status).toBe('on-time')
  })

  it('AO-14: a police request during a general fault is the coordination department\'s to answer (003/2 四.3)', () => {
    const e = run(general([{ at: '15m', event: 'vendor.acknowledged' }, { at: '1h', event: 'government.request', data: { agency: 'police' } }]), {}, 'none')
    expect(expectation(e, 'answer-government').status).toBe('missed')
    expect(atmOutsourcingPlan.expectations.find((x) => x.id === 'answer-government')?.projectRules).not.toContain('pr-all-10')
  })

  it('the group leader acts for the leadership group and can end the emergency once the restoration is confirmed (actsFor, 003/2 四.1(1))', () => {
    const s = build(incident({ incidentType: 'system-failure', atms: 5, centralOnly: true }, [{ at: '3h', event: 'atm.service-restored' }, { at: '3h20m', event: 'atm.test-result', data: { passed: true } }]))
    const e = evaluate(s, { registry, actions: [act(s, '3h10m', 'working-group-lead', 'test-system'), act(s, '3h30m', 'group-lead', 'declare-end')] })
    expect(expectation(e, 'confirm-restored').status).toBe('on-time')
    expect(expectation(e, 'declare-end').status).toBe('on-time')
    expect(expectation(e, 'team-report').due).toBe('2026-03-06T00:00:00+08:00')
  })

  it('a triage that declares the wrong level is wrong-level (pr-all-04)', () => {
    const s = build(incident({ incidentType: 'network-attack', atms: 4 }))
    const e = evaluate(s, { registry, actions: [{ ...act(s, '5m', 'duty-desk', 'classify-incident'), level: 'general' as never }] })
    expect(expectation(e, 'triage-incident').status).toBe('wrong-level')
  })
})

describe('engine behaviour this plan relies on (reported to the lead)', () => {
  // Each government request is answered in its own window (003/2 四.3, 五.1(3)); the ledger folds a second request into
  // the first, still pending occurrence (its "pending duty re-armed keeps one occurrence" rule is applied to every
  // arming, not only to level rises), so an unanswered first request hides the second.
  it.fails('two unanswered government requests owe two answers', () => {
    const e = run(incident({ incidentType: 'system-failure', atms: 5 }, [{ at: '1h', event: 'government.request' }, { at: '2h', event: 'government.request' }]), {}, 'none')
    expect(e.expectations.filter((x) => x.id === 'answer-government')).toHaveLength(2)
  })
})
