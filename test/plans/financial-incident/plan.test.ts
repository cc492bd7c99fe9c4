/** The financial-institution incident plan, case by case from seed 000: incident types and team tracks, deadlines, roles, order, the end, the summary report. */
import { describe, expect, it, test } from 'vitest'
import { analyzePlan, createRegistry, generateScenarios, roleIds } from '../../../src/engine/index.ts'
import { PLANS } from '../../../src/plans/index.ts'
import { financialIncidentMachine } from '../../../src/plans/financial-incident/machine.ts'
import { financialIncidentPlan } from '../../../src/plans/financial-incident/plan.ts'
import { act, evaluate, expectation, scenario, shipped } from '../../helpers.ts'
import type { InjectSpec } from '../../helpers.ts'

const PLAN = 'financial-incident'
const plan = { definition: financialIncidentPlan, machine: financialIncidentMachine }
const registry = createRegistry([...PLANS, plan])
const build = (injects: InjectSpec[], extra: Record<string, unknown> = {}) => scenario(PLAN, injects, extra, registry)
const run = (injects: InjectSpec[], extra: Record<string, unknown> = {}, autopilot: 'perfect' | 'late' | 'none' = 'none') => evaluate(build(injects, extra), { registry, autopilot })
const armedIds = (e: ReturnType<typeof evaluate>) => [...new Set(e.expectations.filter((x) => x.occurrence > 0).map((x) => x.id))].sort()

// Scenario start: Monday 2026-03-02 09:00 (+08:00).
const FRAUD: InjectSpec = { at: '0m', event: 'fraud.detected', data: { channel: 'phone', accounts: 35, customers: 35, suspectedLoss: 420000, ongoing: true } }
const LEAK: InjectSpec = { at: '0m', event: 'leak.detected', data: { customers: 5000, records: 5000, sensitive: true, vector: 'hack' } }
const SYSTEM = (data: Record<string, unknown> = {}): InjectSpec => ({
  at: '0m', event: 'system.failure', data: { system: 'core banking', transactionsAffected: true, customerServiceAffected: true, dataLoss: true, expectedHours: 3, ...data },
})
const COMPLIANCE: InjectSpec = { at: '0m', event: 'compliance.breach', data: { rule: 'customer data retention', discoveredBy: 'internal-audit' } }
const CLOSED: InjectSpec = { at: '3d', event: 'incident.closed' }

const TRIAGE = ['activation-decision', 'command-meeting', 'issue-instructions', 'report-to-command']
const POST = (...wrapUps: string[]) => ['declare-end', 'summary-report', ...wrapUps]
/** The report, meeting and activation in time (5m, 15m, 20m) and the instructions with it (22m). */
const chain = (s: ReturnType<typeof build>, h = 0) => [
  act(s, `${h}h5m`, 'reporting-dept', 'report-incident'), act(s, `${h}h15m`, 'command-group', 'convene-meeting'),
  act(s, `${h}h20m`, 'command-group', 'activate-plan'), act(s, `${h}h22m`, 'command-group', 'issue-instructions'),
]
/** Every fraud step on time after `chain` (at h hours). */
const fraudSteps = (s: ReturnType<typeof build>, h = 0) => [
  act(s, `${h}h30m`, 'fraud-team', 'freeze-accounts'), act(s, `${h}h40m`, 'fraud-team', 'notify-customers'),
  act(s, `${h}h45m`, 'fraud-team', 'collect-evidence'), act(s, `${h + 3}h`, 'fraud-team', 'complete-evidence'),
]

describe('incident types and team tracks (000 二, 四.3, pr-fin-01, pr-fin-02)', () => {
  test.for([
    { inject: FRAUD, track: ['collect-fraud-evidence', 'fraud-evidence-complete', 'freeze-accounts', 'notify-fraud-customers', ...POST('fraud-wrap-up')], clause: '000 二.1, 四.3(金融詐騙): fraud engages the fraud task team' },
    { inject: LEAK, track: ['assess-leak', 'block-leak', 'notify-leak-customers', ...POST('leak-wrap-up')], clause: '000 二.2, 四.3(信息泄露): a leak engages the information security team' },
    { inject: SYSTEM(), track: ['activate-backup', 'execute-recovery', 'locate-fault', 'recovery-plan', ...POST('recovery-wrap-up')], clause: '000 二.3, 四.3(系統故障): a system failure engages the IT Department and the recovery team' },
    { inject: COMPLIANCE, track: ['compliance-response', ...POST('compliance-wrap-up')], clause: '000 二.4, pr-fin-02: compliance goes to the Legal Department under the CRO' },
  ])('$clause', ({ inject, track }) => {
    const e = run([inject, { at: '6h', event: 'system.restored' }, CLOSED])
    expect(e.severity).toBeNull()
    expect(armedIds(e)).toEqual([...TRIAGE, ...track].sort())
  })

  it('000 四.2, pr-fin-02: several types engage every matching team, each from its own report, meeting and activation', () => {
    const s = build([LEAK, { ...FRAUD, at: '2h' }, { ...COMPLIANCE, at: '1d' }, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s, 0), ...chain(s, 2)] })
    expect(armedIds(e)).toEqual([
      ...TRIAGE, 'assess-leak', 'block-leak', 'notify-leak-customers', 'freeze-accounts', 'notify-fraud-customers', 'collect-fraud-evidence', 'fraud-evidence-complete', 'compliance-response',
      ...POST('leak-wrap-up', 'fraud-wrap-up', 'compliance-wrap-up'),
    ].sort())
    expect(e.expectations.filter((x) => x.id === 'activation-decision').map((x) => [x.status, x.due])).toEqual([
      ['on-time', '2026-03-02T10:05:00+08:00'], ['on-time', '2026-03-02T12:05:00+08:00'], ['missed', '2026-03-03T10:15:00+08:00'],
    ])
    // Each team's steps run from the activation that followed its own report (pr-fin-04).
    expect(expectation(e, 'assess-leak').due).toBe('2026-03-02T10:20:00+08:00')
    expect(expectation(e, 'freeze-accounts').due).toBe('2026-03-02T11:50:00+08:00')
    expect(expectation(e, 'compliance-response').due).toBe('2026-03-04T10:15:00+08:00')
  })

  it('pr-all-03: a detection while the activation is still pending joins it (the earliest deadline applies)', () => {
    const e = run([LEAK, { ...FRAUD, at: '30m' }, CLOSED])
    expect(e.expectations.filter((x) => x.id === 'activation-decision').map((x) => x.due)).toEqual(['2026-03-02T10:15:00+08:00'])
    expect(expectation(e, 'freeze-accounts').due).toBe('2026-03-02T10:45:00+08:00')
  })

  // F9 changed this test: the near-miss used to owe the summary report too.
  it('000 四.2, pr-fin-01, pr-fin-14: a near-miss owes the report and the meeting but no activation, no team steps and no summary', () => {
    const e = run([{ ...FRAUD, data: { channel: 'online', accounts: 3, suspectedLoss: 0, ongoing: false, activationExpected: false } }, { at: '4h', event: 'incident.closed' }])
    expect(armedIds(e)).toEqual(['command-meeting', 'report-to-command'])
  })

  it('000 四.2, pr-fin-01, pr-all-11: activating on a near-miss is recorded as an over-response, not penalised', () => {
    const s = build([{ ...FRAUD, data: { channel: 'online', accounts: 3, activationExpected: false } }, { at: '4h', event: 'incident.closed' }])
    const e = evaluate(s, {
      registry,
      actions: [act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '20m', 'command-group', 'convene-meeting'), act(s, '30m', 'command-group', 'activate-plan')],
    })
    expect(e.score).toBe(100)
    expect(e.actions.find((a) => a.action === 'activate-plan')?.match).toBe('unmatched')
    expect(e.findings.some((f) => f.kind === 'observation')).toBe(true)
  })

  it('pr-fin-01: a near-miss followed by a real incident of another type activates that team', () => {
    const e = run([{ ...FRAUD, data: { channel: 'online', accounts: 3, activationExpected: false } }, { ...LEAK, at: '1h' }, CLOSED])
    expect(armedIds(e)).toEqual([...TRIAGE, 'assess-leak', 'block-leak', 'notify-leak-customers', ...POST('leak-wrap-up')].sort())
  })

  test.for([
    { data: { transactionsAffected: true, customerServiceAffected: false, expectedHours: 0.25 }, status: 'missed', clause: '000 四.3(系統故障·應急備份), pr-fin-06: transactions interrupted' },
    { data: { transactionsAffected: false, customerServiceAffected: true, expectedHours: 0.25 }, status: 'missed', clause: '000 四.3(系統故障·應急備份), pr-fin-06: customer service interrupted' },
    { data: { transactionsAffected: false, customerServiceAffected: false, expectedHours: 0.6 }, status: 'missed', clause: '000 四.3(系統故障·應急備份), pr-fin-06: outage expected beyond backupThresholdHours' },
    { data: { transactionsAffected: false, customerServiceAffected: false, expectedHours: 0.5 }, status: 'not-applicable', clause: '000 四.3(系統故障·應急備份), pr-fin-06: exactly backupThresholdHours is not beyond it' },
    { data: { transactionsAffected: false, customerServiceAffected: false, dataLoss: true, expectedHours: 0.25 }, status: 'not-applicable', clause: '000 四.3(系統故障·應急備份) 「如有必要」: short, nothing interrupted' },
    { data: { transactionsAffected: false, customerServiceAffected: false, expectedHours: 1.5 }, params: { backupThresholdHours: 2 }, status: 'not-applicable', clause: '000 四.3(系統故障·應急備份), pr-fin-06 with backupThresholdHours 2' },
  ])('backup is $status: $clause', ({ data, params, status }) => {
    const e = run([SYSTEM(data), CLOSED], params ? { params } : {})
    expect(expectation(e, 'activate-backup').status).toBe(status)
    expect(expectation(e, 'locate-fault').status).toBe('missed')
  })

  it('pr-fin-08: without system.restored the command group owes no declaration of the end for a system failure', () => {
    expect(armedIds(run([SYSTEM(), CLOSED]))).not.toContain('declare-end')
  })

  it('000 四.3(系統故障·應急備份), pr-fin-06: a second failure that needs the backup arms it then', () => {
    const e = run([SYSTEM({ transactionsAffected: false, customerServiceAffected: false, expectedHours: 0.25 }), { ...SYSTEM(), at: '1h' }, CLOSED])
    expect(expectation(e, 'activate-backup')).toMatchObject({ status: 'missed', armedAt: '2026-03-02T10:00:00+08:00' })
  })
})

describe('deadlines (autopilot none: every armed step missed at its due time)', () => {
  test.for([
    { inject: FRAUD, id: 'report-to-command', due: '2026-03-02T09:15:00+08:00', clause: '000 四.1', role: 'reporting-dept' },
    { inject: FRAUD, id: 'command-meeting', due: '2026-03-02T10:15:00+08:00', clause: '000 四.2', role: 'command-group' },
    { inject: FRAUD, id: 'activation-decision', due: '2026-03-02T10:15:00+08:00', clause: '000 四.2', role: 'command-group' },
    { inject: FRAUD, id: 'freeze-accounts', due: '2026-03-02T10:45:00+08:00', clause: '000 四.3(金融詐騙·立即凍結)', role: 'fraud-team' },
    { inject: FRAUD, id: 'notify-fraud-customers', due: '2026-03-02T12:15:00+08:00', clause: '000 四.3(金融詐騙·客戶通知)', role: 'fraud-team' },
    { inject: FRAUD, id: 'collect-fraud-evidence', due: '2026-03-02T12:15:00+08:00', clause: '000 四.3(金融詐騙·信息收集)', role: 'fraud-team' },
    { inject: LEAK, id: 'assess-leak', due: '2026-03-02T11:15:00+08:00', clause: '000 四.3(信息泄露·立即評估)', role: 'infosec-team' },
    { inject: LEAK, id: 'block-leak', due: '2026-03-02T12:15:00+08:00', clause: '000 四.3(信息泄露·信息封堵)', role: 'infosec-team' },
    { inject: LEAK, id: 'notify-leak-customers', due: '2026-03-03T10:15:00+08:00', clause: '000 四.3(信息泄露·客戶溝通)', role: 'infosec-team' },
    { inject: SYSTEM(), id: 'locate-fault', due: '2026-03-02T10:30:00+08:00', clause: '000 四.3(系統故障·問題定位)', role: 'it-dept' },
    { inject: SYSTEM(), id: 'activate-backup', due: '2026-03-02T11:15:00+08:00', clause: '000 四.3(系統故障·應急備份)', role: 'recovery-team' },
    { inject: SYSTEM(), id: 'recovery-plan', due: '2026-03-02T14:15:00+08:00', clause: '000 四.3(系統故障·恢復計劃)', role: 'recovery-team' },
    { inject: SYSTEM(), id: 'execute-recovery', due: '2026-03-02T15:15:00+08:00', clause: '000 四.3(系統故障·恢復計劃)', role: 'recovery-team' },
    { inject: COMPLIANCE, id: 'compliance-response', due: '2026-03-03T10:15:00+08:00', clause: '000 二.4; pr-fin-02 (project rule, not in source)', role: 'legal-dept' },
  ])('$id due $due ($clause)', ({ inject, id, due, clause, role }) => {
    const e = run([inject, CLOSED])
    expect(expectation(e, id)).toMatchObject({ status: 'missed', due, clause, role })
  })

  it('000 四.3: team steps run from the activation actually performed (pr-fin-04, pr-all-03)', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '25m', 'command-group', 'convene-meeting'), act(s, '40m', 'command-group', 'activate-plan')] })
    expect(expectation(e, 'command-meeting')).toMatchObject({ status: 'on-time', due: '2026-03-02T10:05:00+08:00' })
    expect(expectation(e, 'freeze-accounts')).toMatchObject({ status: 'missed', due: '2026-03-02T10:10:00+08:00' })
    expect(expectation(e, 'notify-fraud-customers').due).toBe('2026-03-02T11:40:00+08:00')
  })

  it('000 四.3(系統故障·恢復計劃): execution is due 1h after the plan actually drafted', () => {
    const s = build([SYSTEM(), { at: '6h', event: 'system.restored' }, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '1h', 'command-group', 'activate-plan'), act(s, '1h10m', 'it-dept', 'diagnose-fault'), act(s, '2h', 'recovery-team', 'draft-recovery-plan')] })
    expect(expectation(e, 'recovery-plan').status).toBe('on-time')
    expect(expectation(e, 'execute-recovery')).toMatchObject({ status: 'missed', due: '2026-03-02T12:00:00+08:00' })
  })

  test.for([
    { inject: { at: '3h', event: 'resources.requested', data: { team: 'fraud-team', resource: 'call seats' } }, id: 'allocate-resources', due: '2026-03-02T14:00:00+08:00', clause: '000 四.4(資源配置)' },
    { inject: { at: '3h', event: 'support.needed', data: { team: 'recovery-team', skill: 'database forensics' } }, id: 'external-support', due: '2026-03-02T14:00:00+08:00', clause: '000 四.4(外部支援)' },
    { inject: { at: '3h', event: 'regulator.inquiry', data: { question: 'Scope?', replyBy: '4h' } }, id: 'regulator-reply', due: '2026-03-02T16:00:00+08:00', clause: 'pr-fin-11 (project rule, not in source)' },
  ])('$id due $due after its inject ($clause)', ({ inject, id, due, clause }) => {
    expect(expectation(run([FRAUD, inject, CLOSED]), id)).toMatchObject({ status: 'missed', due, clause, role: 'command-group' })
  })

  it('000 四.4(外部支援), pr-fin-07: each new need restarts the clock once the last one was met', () => {
    const s = build([SYSTEM(), { at: '1h', event: 'support.needed', data: { team: 'recovery-team' } }, { at: '5h', event: 'support.needed', data: { team: 'it-dept' } }, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '2h', 'command-group', 'request-external-support')] })
    expect(expectation(e, 'external-support', 1).status).toBe('on-time')
    expect(expectation(e, 'external-support', 2)).toMatchObject({ status: 'missed', due: '2026-03-02T16:00:00+08:00' })
  })

  test.for([
    { data: { question: 'Scope?' }, clause: 'pr-fin-11: an inquiry without a reply deadline is not scored' },
  ])('regulator reply not applicable: $clause', ({ data }) => {
    expect(expectation(run([FRAUD, { at: '1h', event: 'regulator.inquiry', data }, CLOSED]), 'regulator-reply').status).toBe('not-applicable')
  })

  it('pr-fin-11: a media inquiry is informational and scores nothing', () => {
    const without = run([FRAUD, CLOSED])
    const withMedia = run([FRAUD, { at: '1h', event: 'media.inquiry', data: { outlet: 'Metro Morning Post' } }, CLOSED])
    expect(armedIds(withMedia)).toEqual(armedIds(without))
  })
})

describe('summary report: 5 working days after the close on the mainland calendar (000 四.6, pr-fin-09)', () => {
  // Detection 2h before the close; the incident.closed inject arms the wrap-up and the summary report.
  const closedAt = (iso: string) => {
    const start = new Date(Date.parse(iso) - 2 * 3_600_000)
    const local = new Date(start.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)
    return run([FRAUD, { at: '2h', event: 'incident.closed' }], { start: `${local}+08:00`, end: '40d' })
  }
  test.for([
    { closed: '2026-03-03T16:00:00+08:00', due: '2026-03-11T00:00:00+08:00', why: 'ordinary week: Tue → Wed, Thu, Fri, Mon, Tue; due 24:00 Tue 10 Mar' },
    { closed: '2026-03-06T16:00:00+08:00', due: '2026-03-14T00:00:00+08:00', why: 'ordinary week from a Friday: Mon–Fri of the next week' },
    { closed: '2026-09-29T17:00:00+08:00', due: '2026-10-13T00:00:00+08:00', why: 'National Day: Sep 30, then Oct 8, 9, Sat 10 (make-up), 12' },
    { closed: '2026-09-30T16:00:00+08:00', due: '2026-10-14T00:00:00+08:00', why: 'National Day: Oct 1–7 off; Oct 8, 9, Sat 10 (make-up), 12, 13' },
    { closed: '2026-10-01T11:00:00+08:00', due: '2026-10-14T00:00:00+08:00', why: 'National Day: closed on the holiday itself; Oct 8, 9, 10, 12, 13' },
    { closed: '2026-10-07T11:00:00+08:00', due: '2026-10-14T00:00:00+08:00', why: 'National Day: closed on its last day; Oct 8, 9, 10, 12, 13' },
    { closed: '2026-02-12T16:00:00+08:00', due: '2026-02-27T00:00:00+08:00', why: 'Spring Festival: Feb 13, Sat 14 (make-up), then Feb 15–23 off; Feb 24, 25, 26' },
    { closed: '2026-02-13T15:00:00+08:00', due: '2026-02-28T00:00:00+08:00', why: 'Spring Festival: Sat 14 (make-up), Feb 24, 25, 26, 27' },
    { closed: '2026-02-17T10:00:00+08:00', due: '2026-03-01T00:00:00+08:00', why: 'Spring Festival: closed on the holiday; Feb 24–27 and Sat 28 (make-up)' },
  ])('closed $closed → due $due ($why)', ({ closed, due }) => {
    const e = closedAt(closed)
    expect(expectation(e, 'summary-report')).toMatchObject({ status: 'missed', due, clause: '000 四.6', role: 'command-group', armedAt: closed })
  })

  test.for([
    { closed: '2026-09-30T16:00:00+08:00', due: '2026-10-11T00:00:00+08:00', why: 'National Day: Oct 8, 9, Sat 10 (make-up)' },
    { closed: '2026-02-13T15:00:00+08:00', due: '2026-02-26T00:00:00+08:00', why: 'Spring Festival: Sat 14 (make-up), Feb 24, 25' },
  ])('team wrap-up 3wd: closed $closed → due $due ($why, 000 四.5)', ({ closed, due }) => {
    expect(expectation(closedAt(closed), 'fraud-wrap-up')).toMatchObject({ status: 'missed', due, clause: '000 四.5', role: 'fraud-team' })
  })

  it('runs from the command group\'s own declaration of the end (pr-fin-08)', () => {
    const s = build([FRAUD, { at: '3d', event: 'incident.closed' }], { start: '2026-09-29T09:00:00+08:00', end: '40d' })
    const e = evaluate(s, { registry, actions: [...chain(s), ...fraudSteps(s), act(s, '1d6h', 'command-group', 'declare-end')] })
    expect(expectation(e, 'declare-end').status).toBe('on-time')
    expect(expectation(e, 'summary-report')).toMatchObject({ armedAt: '2026-09-30T15:00:00+08:00', due: '2026-10-14T00:00:00+08:00' })
  })

  // F9 changed this test: a near-miss used to owe the summary report (due 2026-03-10).
  it('F9 (pr-fin-14): is not owed after a near-miss, nor any wrap-up: the plan was never activated', () => {
    const e = run([{ ...FRAUD, data: { channel: 'online', accounts: 1, activationExpected: false } }, { at: '2h', event: 'incident.closed' }])
    for (const id of ['summary-report', 'fraud-wrap-up']) expect(expectation(e, id)).toMatchObject({ status: 'not-applicable', occurrence: 0 })
    expect(financialIncidentPlan.expectations.find((x) => x.id === 'summary-report')?.projectRules).toContain('pr-fin-14')
  })
})

describe('roles (000 三, 四.3, pr-fin-12, pr-fin-13)', () => {
  test.for([
    { inject: FRAUD, role: 'infosec-team', action: 'freeze-accounts', id: 'freeze-accounts', status: 'wrong-role', clause: '000 四.3(金融詐騙·立即凍結): the fraud task team freezes' },
    { inject: LEAK, role: 'customer-service-dept', action: 'notify-customers', id: 'notify-leak-customers', status: 'on-time', clause: '000 四.3(信息泄露·客戶溝通), pr-fin-12: Customer Service may deliver the leak notice' },
    { inject: LEAK, role: 'fraud-team', action: 'notify-customers', id: 'notify-leak-customers', status: 'wrong-role', clause: '000 四.3(信息泄露·客戶溝通): not the fraud team' },
    { inject: SYSTEM(), role: 'recovery-team', action: 'diagnose-fault', id: 'locate-fault', status: 'wrong-role', clause: '000 四.3(系統故障·問題定位), pr-fin-13: the IT Department locates the fault' },
    { inject: SYSTEM(), role: 'it-dept', action: 'activate-backup', id: 'activate-backup', status: 'wrong-role', clause: '000 四.3(系統故障·應急備份), pr-fin-13: the recovery team runs the backup' },
    { inject: COMPLIANCE, role: 'cro', action: 'assess-scope', id: 'compliance-response', status: 'on-time', clause: 'pr-fin-02: the CRO leads compliance handling' },
    { inject: COMPLIANCE, role: 'it-dept', action: 'assess-scope', id: 'compliance-response', status: 'wrong-role', clause: 'pr-fin-02: compliance is the Legal Department\'s' },
    { inject: FRAUD, role: 'fraud-team', action: 'report-incident', id: 'report-to-command', status: 'wrong-role', clause: '000 四.1: the department where it arises reports' },
    { inject: FRAUD, role: 'ceo', action: 'activate-plan', id: 'activation-decision', status: 'on-time', clause: '000 三.1, 四.2 (F3): the CEO leads the command group and acts for it' },
    { inject: FRAUD, role: 'cro', action: 'activate-plan', id: 'activation-decision', status: 'wrong-role', clause: '000 三.1: a deputy leader alone does not act for the group' },
    { inject: LEAK, role: 'cio', action: 'assess-scope', id: 'assess-leak', status: 'on-time', clause: '000 三.2 (F3): the CIO leads the information security team' },
    { inject: FRAUD, role: 'customer-service-dept', action: 'notify-customers', id: 'notify-fraud-customers', status: 'on-time', clause: '000 三.2, pr-fin-12 (F12): Customer Service, whose manager leads the fraud team, may deliver the fraud notice' },
    { inject: FRAUD, role: 'customer-service-dept', action: 'freeze-accounts', id: 'freeze-accounts', status: 'wrong-role', clause: '000 四.3(金融詐騙·立即凍結): the freeze stays with the fraud task team' },
    { inject: SYSTEM(), role: 'it-dept', action: 'report-incident', id: 'report-to-command', status: 'on-time', clause: '000 四.1, 四.3(系統故障) (F5): the IT Department is the 「相關部門」 of a system failure' },
  ])('$id by $role is $status ($clause)', ({ inject, role, action, id, status }) => {
    const s = build([inject, CLOSED])
    const setup = [act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '20m', 'command-group', 'convene-meeting'), act(s, '25m', 'command-group', 'activate-plan')]
    const actions = id === 'report-to-command' || id === 'activation-decision' ? setup.filter((a) => a.action !== (id === 'report-to-command' ? 'report-incident' : 'activate-plan')) : setup
    const mine = act(s, id === 'report-to-command' ? '5m' : '30m', role, action)
    const e = evaluate(s, { registry, actions: [...actions, mine].sort((a, b) => a.at - b.at) })
    expect(expectation(e, id)).toMatchObject({ status, doneBy: role })
  })

  it('000 四.6: the summary report by a team instead of the command group is wrong-role', () => {
    const s = build([FRAUD, { at: '2h', event: 'incident.closed' }])
    const e = evaluate(s, { registry, actions: [act(s, '1d', 'fraud-team', 'summary-report')] })
    expect(expectation(e, 'summary-report')).toMatchObject({ status: 'wrong-role', doneBy: 'fraud-team' })
  })
})

describe('ordering (000 四.2 → 四.3, pr-fin-05, pr-fin-10)', () => {
  const base = (s: ReturnType<typeof build>) => [act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '15m', 'command-group', 'convene-meeting'), act(s, '20m', 'command-group', 'activate-plan')]
  test.for([
    { inject: FRAUD, first: ['fraud-team', 'notify-customers'], then: ['fraud-team', 'freeze-accounts'], id: 'notify-fraud-customers', clause: '000 四.3(金融詐騙), pr-fin-05: customers told before the freeze' },
    { inject: LEAK, first: ['infosec-team', 'notify-customers'], then: ['infosec-team', 'assess-scope'], id: 'notify-leak-customers', clause: '000 四.3(信息泄露), pr-fin-05: customers told before the assessment' },
    { inject: SYSTEM(), first: ['recovery-team', 'draft-recovery-plan'], then: ['it-dept', 'diagnose-fault'], id: 'recovery-plan', clause: '000 四.3(系統故障): recovery plan before the fault was located' },
  ])('$id out of order ($clause)', ({ inject, first, then, id }) => {
    const s = build([inject, CLOSED])
    const e = evaluate(s, { registry, actions: [...base(s), act(s, '25m', first[0]!, first[1]!), act(s, '30m', then[0]!, then[1]!)] })
    expect(expectation(e, id).status).toBe('out-of-order')
  })

  it('000 四.3(信息泄露): blocking may run before the assessment', () => {
    const s = build([LEAK, CLOSED])
    const e = evaluate(s, { registry, actions: [...base(s), act(s, '25m', 'infosec-team', 'contain-leak'), act(s, '30m', 'infosec-team', 'assess-scope')] })
    expect(expectation(e, 'block-leak').status).toBe('on-time')
    expect(expectation(e, 'assess-leak').status).toBe('on-time')
  })

  // F6 changed this test: it used the freeze, which 「立即」 now lets come before the activation.
  it('000 四.2, pr-fin-16: a team step not worded 「立即」 before the activation is out of order', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '8m', 'fraud-team', 'collect-evidence'), act(s, '15m', 'command-group', 'convene-meeting'), act(s, '20m', 'command-group', 'activate-plan')] })
    expect(expectation(e, 'collect-fraud-evidence').status).toBe('out-of-order')
    expect(financialIncidentPlan.expectations.find((x) => x.id === 'collect-fraud-evidence')?.projectRules).toContain('pr-fin-16')
  })

  it('000 四.2: the activation before the meeting is out of order', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '10m', 'command-group', 'activate-plan'), act(s, '15m', 'command-group', 'convene-meeting')] })
    expect(expectation(e, 'activation-decision').status).toBe('out-of-order')
  })

  it('000 四.5 → 四.6, pr-fin-10: the summary report before the team wrap-up is out of order', () => {
    const s = build([FRAUD, { at: '2h', event: 'incident.closed' }])
    const e = evaluate(s, { registry, actions: [act(s, '1d', 'command-group', 'summary-report'), act(s, '2d', 'fraud-team', 'compile-records')] })
    expect(expectation(e, 'summary-report').status).toBe('out-of-order')
    expect(expectation(e, 'fraud-wrap-up').status).toBe('on-time')
  })
})

describe('end of handling (pr-fin-08, pr-all-07)', () => {
  it('ignores the declaration while the failed system is still down, accepts it after system.restored', () => {
    const s = build([SYSTEM(), { at: '6h', event: 'system.restored' }, CLOSED])
    const steps = [...chain(s), act(s, '25m', 'it-dept', 'diagnose-fault'), act(s, '40m', 'recovery-team', 'activate-backup'), act(s, '1h', 'recovery-team', 'draft-recovery-plan'), act(s, '1h30m', 'recovery-team', 'execute-recovery')]
    // F8 changed this test: the declaration the scenario's close makes unnecessary is not applicable (it was missed).
    const early = evaluate(s, { registry, actions: [...steps, act(s, '5h', 'command-group', 'declare-end')] })
    expect(expectation(early, 'declare-end')).toMatchObject({ status: 'not-applicable', armedAt: '2026-03-02T15:00:00+08:00', dischargedBy: 'incident.closed' })
    expect(early.actions.find((a) => a.action === 'declare-end')?.match).toBe('unmatched')
    expect(expectation(early, 'summary-report').armedAt).toBe('2026-03-05T09:00:00+08:00')
    const after = evaluate(s, { registry, actions: [...steps, act(s, '7h', 'command-group', 'declare-end')] })
    expect(expectation(after, 'declare-end').status).toBe('on-time')
    expect(expectation(after, 'summary-report')).toMatchObject({ armedAt: '2026-03-02T16:00:00+08:00', due: '2026-03-10T00:00:00+08:00' })
  })

  it('declaring the end before a team has finished is out of order', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '1h', 'command-group', 'declare-end'), act(s, '2h', 'fraud-team', 'collect-evidence')] })
    expect(expectation(e, 'declare-end').status).toBe('out-of-order')
  })
})

describe('fidelity rows F1–F13 (review of 2026-12-04 against seed 000)', () => {
  const statusOf = (e: ReturnType<typeof evaluate>, id: string) => e.expectations.filter((x) => x.id === id).map((x) => x.status)

  it('F1: 四.5 「各小組」: each activated team owes its own wrap-up, and only its own team may write it', () => {
    const s = build([FRAUD, { at: '1d', event: 'incident.closed' }])
    const e = evaluate(s, { registry, actions: [act(s, '1d2h', 'recovery-team', 'compile-records')] })
    expect(expectation(e, 'fraud-wrap-up')).toMatchObject({ status: 'wrong-role', role: 'fraud-team', doneBy: 'recovery-team' })
    expect(armedIds(e).filter((id) => id.endsWith('wrap-up'))).toEqual(['fraud-wrap-up'])
    const both = build([LEAK, { ...FRAUD, at: '1h' }, { at: '1d', event: 'incident.closed' }])
    const one = evaluate(both, { registry, actions: [act(both, '1d2h', 'infosec-team', 'compile-records')] })
    expect([expectation(one, 'leak-wrap-up').status, expectation(one, 'fraud-wrap-up').status]).toEqual(['on-time', 'missed'])
  })

  it('F2 (pr-fin-15): a second detection of the same fraud wave owes no new report or meeting, but the new accounts are frozen and their customers told', () => {
    const s = build([FRAUD, { at: '5h', event: 'fraud.detected', data: { channel: 'phone', accounts: 12, ongoing: true } }, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s), ...fraudSteps(s), act(s, '5h10m', 'fraud-team', 'freeze-accounts'), act(s, '5h30m', 'fraud-team', 'notify-customers')] })
    expect(statusOf(e, 'report-to-command')).toEqual(['on-time'])
    expect(statusOf(e, 'command-meeting')).toEqual(['on-time'])
    expect(statusOf(e, 'activation-decision')).toEqual(['on-time'])
    expect(expectation(e, 'freeze-accounts', 2)).toMatchObject({ status: 'on-time', armedAt: '2026-03-02T14:00:00+08:00', due: '2026-03-02T14:30:00+08:00' })
    expect(expectation(e, 'notify-fraud-customers', 2)).toMatchObject({ status: 'on-time', due: '2026-03-02T16:00:00+08:00' })
    expect(e.actions.filter((a) => a.match === 'unmatched')).toEqual([])
    expect(e.rating).toBe('P')
  })

  it('F2: a new type is still a new incident: report and meeting again (sheet: "again for each new incident type found")', () => {
    const s = build([FRAUD, { ...LEAK, at: '5h' }, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s), ...chain(s, 5)] })
    expect(statusOf(e, 'report-to-command')).toEqual(['on-time', 'on-time'])
    expect(statusOf(e, 'command-meeting')).toEqual(['on-time', 'on-time'])
  })

  it('F3: the CEO meets and activates for the command group, the CIO assesses for the information security team', () => {
    const s = build([LEAK, CLOSED])
    const e = evaluate(s, {
      registry,
      actions: [
        act(s, '5m', 'reporting-dept', 'report-incident'), act(s, '15m', 'ceo', 'convene-meeting'), act(s, '20m', 'ceo', 'activate-plan'), act(s, '22m', 'ceo', 'issue-instructions'),
        act(s, '30m', 'cio', 'assess-scope'), act(s, '40m', 'cio', 'contain-leak'), act(s, '2h', 'cio', 'notify-customers'), act(s, '1d', 'ceo', 'declare-end'),
      ],
    })
    for (const id of ['command-meeting', 'activation-decision', 'assess-leak', 'block-leak', 'notify-leak-customers', 'declare-end']) expect(expectation(e, id).status).toBe('on-time')
    // The CEO's declaration ends handling: the post-incident clocks run from it, not from the scenario's close.
    expect(expectation(e, 'summary-report').armedAt).toBe('2026-03-03T09:00:00+08:00')
    expect(financialIncidentPlan.actsFor?.map((a) => [a.role, a.for])).toEqual([['ceo', 'command-group'], ['cio', 'infosec-team'], ['it-dept', 'reporting-dept']])
  })

  it('F4: 四.2 「并下達相關指令」: the instructions are their own step, after the decision', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s)] })
    expect(expectation(e, 'issue-instructions')).toMatchObject({ status: 'on-time', clause: '000 四.2', due: '2026-03-02T10:05:00+08:00' })
    expect(e.actions.find((a) => a.action === 'issue-instructions')?.match).toBe('satisfied')
    const alone = evaluate(s, { registry, actions: chain(s).filter((a) => a.action !== 'issue-instructions') })
    expect(expectation(alone, 'issue-instructions').status).toBe('missed')
  })

  it('F5: the IT Department reporting its own system failure is the 「相關部門」 (on time, not wrong-role)', () => {
    const s = build([SYSTEM(), { at: '6h', event: 'system.restored' }, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'it-dept', 'report-incident'), ...chain(s).slice(1)] })
    expect(expectation(e, 'report-to-command')).toMatchObject({ status: 'on-time', doneBy: 'it-dept' })
  })

  it('F6 (pr-fin-16): steps worded 「立即」 may come before the meeting and the activation', () => {
    const s = build([SYSTEM(), { ...FRAUD, at: '0m' }, { at: '6h', event: 'system.restored' }, CLOSED])
    const e = evaluate(s, { registry, actions: [act(s, '3m', 'reporting-dept', 'report-incident'), act(s, '8m', 'fraud-team', 'freeze-accounts'), act(s, '10m', 'it-dept', 'diagnose-fault'), ...chain(s).slice(1)] })
    expect(expectation(e, 'locate-fault').status).toBe('on-time')
    expect(expectation(e, 'freeze-accounts').status).toBe('on-time')
    for (const id of ['freeze-accounts', 'assess-leak', 'locate-fault']) expect(financialIncidentPlan.expectations.find((x) => x.id === id)?.after ?? []).not.toContain('activation-decision')
  })

  it('F7 (pr-fin-09): the 5 working days of a close on Wed 2026-12-30 skip New Year\'s Day 2027, and a year with no holiday data is an error', () => {
    const closing = [COMPLIANCE, { at: '6h', event: 'incident.closed' }]
    const calendar = { source: 'test data (1 January 2027 only)', years: { 2027: { holidays: ['2027-01-01'] } } }
    const e = run(closing, { start: '2026-12-30T09:00:00+08:00', end: '20d', calendar })
    expect(expectation(e, 'summary-report')).toMatchObject({ armedAt: '2026-12-30T15:00:00+08:00', due: '2027-01-08T00:00:00+08:00' })
    expect(expectation(e, 'compliance-wrap-up').due).toBe('2027-01-06T00:00:00+08:00')
    expect(() => run(closing, { start: '2026-12-30T09:00:00+08:00', end: '20d' })).toThrow(/2027/)
  })

  it('F8 (pr-fin-08): the scenario\'s close discharges the declaration; an early declaration is out of order, has weight and a finding, and does not end handling', () => {
    const closed = run([FRAUD, CLOSED])
    expect(expectation(closed, 'declare-end')).toMatchObject({ status: 'not-applicable', dischargedBy: 'incident.closed' })
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '30m', 'fraud-team', 'freeze-accounts'), act(s, '1h', 'command-group', 'declare-end'), act(s, '2h', 'fraud-team', 'notify-customers')] })
    const end = expectation(e, 'declare-end')
    expect(end).toMatchObject({ status: 'out-of-order', optional: false })
    expect(end.weight).toBeGreaterThan(0)
    expect(end.openBefore).toEqual(expect.arrayContaining(['notify-fraud-customers', 'collect-fraud-evidence', 'fraud-evidence-complete']))
    expect(e.findings.some((f) => f.expectation === 'declare-end' && f.kind === 'improvement')).toBe(true)
    // Handling goes on: the notice after the early declaration still counts, and the post-incident clocks run from the real end.
    expect(expectation(e, 'notify-fraud-customers').status).toBe('on-time')
    expect(expectation(e, 'summary-report').armedAt).toBe('2026-03-05T09:00:00+08:00')
    expect(expectation(e, 'declare-end', 2)).toMatchObject({ status: 'not-applicable', dischargedBy: 'incident.closed' })
  })

  it('F8: a declaration once the activated teams are done ends handling', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s), ...fraudSteps(s), act(s, '4h', 'command-group', 'declare-end')] })
    expect(expectation(e, 'declare-end')).toMatchObject({ status: 'on-time', openBefore: [] })
    expect(expectation(e, 'fraud-wrap-up').armedAt).toBe('2026-03-02T13:00:00+08:00')
  })

  it('F10 (pr-fin-17): 四.4\'s unnamed actor and unstated times are marked project rules', () => {
    for (const id of ['allocate-resources', 'external-support', 'notify-fraud-customers', 'block-leak', 'activate-backup', 'recovery-plan']) {
      expect(financialIncidentPlan.expectations.find((x) => x.id === id)?.projectRules).toContain('pr-fin-17')
    }
  })

  it('F11 (pr-fin-17): the evidence collection must be complete before handling ends', () => {
    const s = build([FRAUD, CLOSED])
    const started = evaluate(s, { registry, actions: [...chain(s), ...fraudSteps(s).slice(0, 3)] })
    expect(expectation(started, 'collect-fraud-evidence').status).toBe('on-time')
    expect(expectation(started, 'fraud-evidence-complete')).toMatchObject({ status: 'missed', due: '2026-03-05T09:00:00+08:00', clause: '000 四.3(金融詐騙·信息收集)' })
    const done = evaluate(s, { registry, actions: [...chain(s), ...fraudSteps(s)] })
    expect(expectation(done, 'fraud-evidence-complete').status).toBe('on-time')
  })

  it('F12 (pr-fin-12): Customer Service may deliver the fraud notice as it may the leak notice', () => {
    const s = build([FRAUD, CLOSED])
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '30m', 'fraud-team', 'freeze-accounts'), act(s, '40m', 'customer-service-dept', 'notify-customers')] })
    expect(expectation(e, 'notify-fraud-customers')).toMatchObject({ status: 'on-time', doneBy: 'customer-service-dept' })
  })

  it('F13: recipients are checked: a summary report that does not reach management is incomplete', () => {
    const s = build([FRAUD, { at: '2h', event: 'incident.closed' }])
    const to = (a: ReturnType<typeof act>, ...roles: string[]) => ({ ...a, to: roleIds(...roles) })
    const wrong = evaluate(s, { registry, actions: [to(act(s, '5m', 'reporting-dept', 'report-incident'), 'command-group'), to(act(s, '1d', 'command-group', 'summary-report'), 'command-group')] })
    expect(expectation(wrong, 'report-to-command').status).toBe('on-time')
    expect(expectation(wrong, 'summary-report')).toMatchObject({ status: 'incomplete', missingRecipients: ['management'] })
    const right = evaluate(s, { registry, actions: [to(act(s, '1d', 'command-group', 'summary-report'), 'management')] })
    expect(expectation(right, 'summary-report').status).toBe('on-time')
  })
})

describe('shipped scenarios under the autopilots', () => {
  const mine = shipped(registry).filter((x) => x.scenario.plan === PLAN)
  it('ships at least one scenario per incident type and a near-miss', () => {
    expect(mine.length).toBeGreaterThanOrEqual(4)
    const events = new Set(mine.flatMap((x) => x.scenario.injects.map((i) => i.event)))
    for (const e of ['fraud.detected', 'leak.detected', 'system.failure', 'compliance.breach', 'incident.closed']) expect(events).toContain(e)
    expect(mine.some((x) => x.scenario.injects.some((i) => i.data?.activationExpected === false))).toBe(true)
  })
  // The shared expectScoringContract also requires that a late run leave no required step not applicable; here the
  // late autopilot never declares the end (it has no deadline, pr-fin-08), so the scenario's incident.closed discharges
  // it (the end was a fact, F8). Same assertions otherwise; the discharged end is the one exception (as in
  // customer-info-leak; reported to the lead).
  test.for(mine.map((x) => ({ id: x.scenario.id, s: x.scenario })))('$id: perfect 100 (P), none 0 (U), late in between', ({ s }) => {
    const perfect = evaluate(s, { registry, autopilot: 'perfect' })
    const late = evaluate(s, { registry, autopilot: 'late' })
    const none = evaluate(s, { registry, autopilot: 'none' })
    expect(perfect).toMatchObject({ score: 100, rating: 'P' })
    expect(none).toMatchObject({ score: 0, rating: 'U' })
    expect(late.score).toBeGreaterThan(none.score)
    expect(late.score).toBeLessThan(perfect.score)
    expect(late.expectations.filter((x) => x.status === 'not-applicable' && x.occurrence > 0 && !x.optional && x.dischargedBy === null)).toEqual([])
  })
})

describe('scenario generator (recipes)', () => {
  const a = generateScenarios(plan, { seed: 7, count: 8, plans: registry })
  it('repeats byte for byte per seed', () => {
    const b = generateScenarios(plan, { seed: 7, count: 8, plans: registry })
    expect(a.map((g) => g.text)).toEqual(b.map((g) => g.text))
  })
  it('grades every generated scenario at its recipe level (none: the plan has no levels) and scores it sensibly', () => {
    for (const g of a) {
      const perfect = evaluate(g.scenario, { registry, autopilot: 'perfect' })
      expect(perfect.severity).toBe(g.level)
      expect(perfect.score).toBeGreaterThanOrEqual(95)
      expect(evaluate(g.scenario, { registry, autopilot: 'none' }).rating).toBe('U')
    }
  })
  it('covers every incident type (the plan\'s "levels")', () => {
    const first = new Set(a.map((g) => g.scenario.injects[0]?.event))
    expect([...first].sort()).toEqual(['compliance.breach', 'fraud.detected', 'leak.detected', 'system.failure'])
    expect(financialIncidentPlan.levels).toEqual([])
  })
})

describe('plan coverage (analyzePlan)', () => {
  const r = analyzePlan(plan, { scenarios: shipped(registry).filter((x) => x.scenario.plan === PLAN).map((x) => x.scenario) })
  it('has no unreachable states, unarmable expectations, unhandled events or dead ends', () => {
    expect({ unreachable: r.unreachableStates, unarmable: r.unarmableExpectations, unhandled: r.unhandledEvents, deadEnds: r.deadEnds }).toEqual({ unreachable: [], unarmable: [], unhandled: [], deadEnds: [] })
    expect(r.informationalEvents).toEqual(['customers.complaint', 'media.inquiry'])
  })
  it('is exercised ≥ 90% by the shipped scenarios', () => {
    expect(r.exercised).toBeGreaterThanOrEqual(0.9)
  })
})

describe('plan data', () => {
  it('cites a clause for every expectation and lists every project rule it relies on', () => {
    const ruleIds = new Set(financialIncidentPlan.projectRules.map((p) => p.id))
    for (const e of financialIncidentPlan.expectations) {
      expect(e.clause as string).toMatch(/^(000 [一二三四五六七]|pr-fin-\d\d)/)
      for (const id of e.projectRules ?? []) expect(ruleIds).toContain(id)
    }
    expect([...ruleIds].filter((id) => id.startsWith('pr-fin-')).sort()).toEqual(Array.from({ length: 17 }, (_, k) => `pr-fin-${String(k + 1).padStart(2, '0')}`))
  })
  it('summary-report is due 5 working days from the close (000 四.6, source)', () => {
    expect(financialIncidentPlan.params.find((p) => p.id === 'summaryReportWithin')).toMatchObject({ default: '5wd', origin: 'source' })
  })
})
