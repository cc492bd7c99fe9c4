/** The payment-institution outsourced-service plan, case by case from seed 002: warning levels, deadlines, tracks, upgrades. */
import { describe, expect, it, test } from 'vitest'
import { createRegistry, generateScenarios } from '../../../src/engine/index.ts'
import { PLANS } from '../../../src/plans/index.ts'
import { paymentOutsourcingMachine } from '../../../src/plans/payment-outsourcing/machine.ts'
import { paymentOutsourcingPlan } from '../../../src/plans/payment-outsourcing/plan.ts'
import { act, evaluate, expectation, expectScoringContract, scenario, shipped } from '../../helpers.ts'
import type { InjectSpec } from '../../helpers.ts'
import type { ActionInput, RoleId } from '../../../src/engine/index.ts'

const PLAN = 'payment-outsourcing'
const plan = { definition: paymentOutsourcingPlan, machine: paymentOutsourcingMachine }
const registry = createRegistry([...PLANS, plan])
const build = (injects: InjectSpec[], params: Record<string, unknown> = {}) => scenario(PLAN, injects, { params }, registry)
const run = (injects: InjectSpec[], params: Record<string, unknown> = {}, autopilot?: 'perfect' | 'late' | 'none') =>
  evaluate(build(injects, params), { registry, ...(autopilot ? { autopilot } : {}) })
const outage = (data: Record<string, unknown>): InjectSpec[] => [{ at: '0m', event: 'vendor.outage', data }, { at: '3d', event: 'incident.closed' }]
/** An outage graded on its estimate alone: restored after 20m, before any threshold could be outlasted (pr-pos-17). */
const estimate = (data: Record<string, unknown>): InjectSpec[] => [{ at: '0m', event: 'vendor.outage', data }, { at: '20m', event: 'vendor.restored' }, { at: '3d', event: 'incident.closed' }]

describe('warning level (002 三(二), pr-pos-01…04)', () => {
  test.for([
    { data: { scope: 'full', expectedHours: 6 }, level: 'red', clause: '002 三(二)1: full and longer than redAfterHours' },
    { data: { scope: 'full', expectedHours: 4 }, level: 'orange', clause: '002 三(二)1 「超過」 is strict: exactly redAfterHours is orange (pr-pos-02)' },
    { data: { scope: 'full', expectedHours: 4.01 }, level: 'red', clause: '002 三(二)1: just above redAfterHours' },
    { data: { scope: 'full', expectedHours: 0.5 }, level: 'orange', clause: '002 三(二)2: a full interruption is never below orange (pr-pos-03)' },
    { data: { scope: 'partial', expectedHours: 10 }, level: 'orange', clause: '002 三(二)2: partial stays orange however long (pr-pos-03)' },
    { data: { scope: 'partial', expectedHours: 1 }, level: 'yellow', clause: '002 三(二)3 「以內」 includes the number: exactly yellowUnderHours is yellow (PO-7, pr-pos-02)' },
    { data: { scope: 'partial', expectedHours: 1.01 }, level: 'orange', clause: '002 三(二)2: just above yellowUnderHours' },
    { data: { scope: 'degraded', expectedHours: 1 }, level: 'yellow', clause: '002 三(二)3: degraded for exactly yellowUnderHours is yellow (PO-7)' },
    { data: { scope: 'partial', expectedHours: 0.99 }, level: 'yellow', clause: '002 三(二)3 「[X]小時以內」: just under yellowUnderHours' },
    { data: { scope: 'degraded', expectedHours: 0.5 }, level: 'yellow', clause: '002 三(二)3: degraded, basic operation kept' },
    { data: { scope: 'degraded', expectedHours: 3 }, level: 'orange', clause: '002 三(二)2: degraded for yellowUnderHours or more' },
    { data: { scope: 'anomaly', expectedHours: 0 }, level: 'blue', clause: '002 三(二)4: slight anomaly' },
    { data: { scope: 'anomaly', expectedHours: 0, impact: 'noticeable' }, level: 'orange', clause: '002 三(二)2 「或對客戶和市場有較明顯影響」' },
    { data: { scope: 'degraded', expectedHours: 0.5, impact: 'major' }, level: 'orange', clause: '002 三(二)1–2: major impact without a full interruption is orange (pr-pos-03)' },
    { data: { scope: 'full', expectedHours: 3.5 }, params: { redAfterHours: 3 }, level: 'red', clause: '002 三(二)1 with redAfterHours 3: just above' },
    { data: { scope: 'full', expectedHours: 3 }, params: { redAfterHours: 3 }, level: 'orange', clause: '002 三(二)1 with redAfterHours 3: exactly at it' },
    { data: { scope: 'full', expectedHours: 5 }, params: { redAfterHours: 6 }, level: 'orange', clause: '002 三(二)2 with redAfterHours 6: 5h is orange' },
    { data: { scope: 'degraded', expectedHours: 1.5 }, params: { yellowUnderHours: 2 }, level: 'yellow', clause: '002 三(二)3 with yellowUnderHours 2: under it' },
    { data: { scope: 'degraded', expectedHours: 2 }, params: { yellowUnderHours: 2 }, level: 'yellow', clause: '002 三(二)3 with yellowUnderHours 2: exactly at it (PO-7)' },
    { data: { scope: 'degraded', expectedHours: 2.5 }, params: { yellowUnderHours: 2 }, level: 'orange', clause: '002 三(二)2 with yellowUnderHours 2: above it' },
    { data: { scope: 'full', expectedHours: 6, impact: 'major' }, level: 'red', clause: '002 三(二)1 「對客戶和市場造成重大影響」 (PO-8)' },
    { data: { scope: 'full', expectedHours: 6, impact: 'none' }, level: 'orange', clause: '002 三(二)1 needs a major impact: none stays orange (PO-8, pr-pos-01)' },
    { data: { scope: 'full', expectedHours: 6, impact: 'noticeable' }, level: 'orange', clause: '002 三(二)2 「較明顯影響」 is orange, not red (PO-8)' },
  ])('$data.scope for $data.expectedHours h → $level ($clause)', ({ data, params, level }) => {
    expect(run(estimate(data), params).severity).toBe(level)
  })

  test.for([
    { injects: [{ at: '0m', event: 'vendor.data-leak', data: { customers: 1200 } }], level: 'orange', clause: '002 四(三)3: a confirmed leak without interruption is orange (pr-pos-04)' },
    { injects: [{ at: '0m', event: 'vendor.outage', data: { scope: 'anomaly', expectedHours: 0 } }, { at: '2h', event: 'vendor.data-leak', data: { customers: 30 } }], level: 'orange', clause: '002 四(三)3: a leak raises blue to orange (pr-pos-04, pr-pos-06)' },
    { injects: [{ at: '0m', event: 'vendor.outage', data: { scope: 'full', expectedHours: 8 } }, { at: '1h', event: 'vendor.data-leak', data: { customers: 30 } }], level: 'red', clause: '002 三(二)1: a leak during a red outage stays red' },
    { injects: [{ at: '0m', event: 'vendor.outage', data: { scope: 'full', expectedHours: 8 } }, { at: '2h', event: 'vendor.outage-updated', data: { scope: 'partial', expectedHours: 0.5 } }], level: 'red', clause: 'pr-pos-06: no automatic downgrade' },
  ])('$level: $clause', ({ injects, level }) => {
    expect(run([...injects, { at: '3d', event: 'incident.closed' }]).severity).toBe(level)
  })
})

// With no actions at all, every chained deadline runs from the deadline before it (pr-all-03).
describe('deadlines with nobody acting (pr-all-03, §5 defaults)', () => {
  const red = outage({ scope: 'full', expectedHours: 6, cause: 'technical' })
  const orange = outage({ scope: 'partial', expectedHours: 2 })
  const yellow = outage({ scope: 'degraded', expectedHours: 0.5 })
  const leak: InjectSpec[] = [{ at: '0m', event: 'vendor.data-leak', data: { customers: 500 } }, { at: '3d', event: 'incident.closed' }]
  const breach: InjectSpec[] = [...orange, { at: '2h', event: 'vendor.breach', data: { clause: '8.3' } }, { at: '1d', event: 'vendor.negotiation-failed' }]
  const inquiries: InjectSpec[] = [...red, { at: '1h', event: 'media.inquiry', data: { outlet: 'City Evening News' } }, { at: '2h', event: 'regulator.inquiry', data: { replyBy: '3h' } }]
  test.for([
    { injects: red, id: 'report-to-office', due: '2026-03-02T09:15:00+08:00', clause: '002 四(一)1, 三(三)1' },
    { injects: red, id: 'verify-and-brief', due: '2026-03-02T09:30:00+08:00', clause: '002 四(一)2' },
    { injects: red, id: 'issue-warning', due: '2026-03-02T09:45:00+08:00', clause: '002 三(三)2' },
    { injects: red, id: 'red-activation', due: '2026-03-02T10:00:00+08:00', clause: '002 三(三)3, 四(二)1' },
    { injects: red, id: 'red-core-payments', due: '2026-03-02T10:15:00+08:00', clause: '002 四(二)1' },
    { injects: red, id: 'red-customer-announcement', due: '2026-03-02T10:45:00+08:00', clause: '002 四(二)1' },
    { injects: red, id: 'red-site-security', due: '2026-03-02T10:45:00+08:00', clause: '002 四(二)1' },
    { injects: red, id: 'red-initial-solution', due: '2026-03-02T11:45:00+08:00', clause: '002 四(二)1' },
    { injects: red, id: 'external-report', due: '2026-03-02T11:45:00+08:00', clause: '002 四(一)3, 二(二)1' },
    { injects: red, id: 'publish-information', due: '2026-03-02T11:45:00+08:00', clause: '002 四(五)3' },
    // PO-4: within 1h of the warning (its deadline 09:45 when nobody warns, pr-all-03), not of the outage.
    { injects: red, id: 'manual-processing', due: '2026-03-02T10:45:00+08:00', clause: '002 四(三)2' },
    { injects: red, id: 'interruption-notice', due: '2026-03-02T10:45:00+08:00', clause: '002 四(三)2' },
    { injects: red, id: 'restore-key-functions', due: '2026-03-05T09:00:00+08:00', clause: '002 四(三)1' },
    { injects: red, id: 'keep-log', due: '2026-03-05T09:00:00+08:00', clause: '002 二(二)2' },
    { injects: orange, id: 'orange-activation', due: '2026-03-02T10:00:00+08:00', clause: '002 三(三)3, 四(二)2' },
    { injects: orange, id: 'orange-vendor-coordination', due: '2026-03-02T10:15:00+08:00', clause: '002 四(二)2, 三(三)3' },
    { injects: orange, id: 'orange-locate-fault', due: '2026-03-02T10:45:00+08:00', clause: '002 四(二)2' },
    { injects: orange, id: 'orange-important-payments', due: '2026-03-02T10:45:00+08:00', clause: '002 四(二)2' },
    { injects: orange, id: 'orange-notify-customers', due: '2026-03-02T11:45:00+08:00', clause: '002 三(三)3, 四(二)2' },
    { injects: orange, id: 'orange-impact-assessment', due: '2026-03-02T13:45:00+08:00', clause: '002 四(二)2' },
    { injects: orange, id: 'external-report', due: '2026-03-02T11:45:00+08:00', clause: '002 四(一)3, 二(二)1' },
    { injects: yellow, id: 'yellow-urge-vendor', due: '2026-03-02T10:15:00+08:00', clause: '002 四(二)3' },
    { injects: yellow, id: 'yellow-pre-disposal', due: '2026-03-02T10:45:00+08:00', clause: '002 三(三)3' },
    { injects: yellow, id: 'yellow-troubleshoot', due: '2026-03-02T11:45:00+08:00', clause: '002 四(二)3' },
    { injects: yellow, id: 'yellow-risk-note', due: '2026-03-02T13:45:00+08:00', clause: '002 四(二)3' },
    { injects: leak, id: 'stop-data-transfer', due: '2026-03-02T09:15:00+08:00', clause: '002 四(三)3' },
    { injects: leak, id: 'assess-leaked-data', due: '2026-03-02T13:00:00+08:00', clause: '002 四(三)3' },
    { injects: leak, id: 'notify-leak-customers', due: '2026-03-03T09:00:00+08:00', clause: '002 四(三)3' },
    { injects: breach, id: 'assess-vendor-breach', due: '2026-03-03T11:00:00+08:00', clause: '002 四(三)4' },
    { injects: breach, id: 'negotiate-with-vendor', due: '2026-03-03T11:00:00+08:00', clause: '002 四(三)4' },
    { injects: breach, id: 'replace-vendor', due: '2026-03-04T09:00:00+08:00', clause: '002 四(三)4' },
    { injects: inquiries, id: 'answer-media', due: '2026-03-02T12:00:00+08:00', clause: '002 四(二)1' },
    { injects: inquiries, id: 'regulator-reply', due: '2026-03-02T14:00:00+08:00', clause: 'pr-all-10 (project rule, not in source)' },
    // Closed Thursday 5 March 2026: working days run from Friday 6 March.
    { injects: red, id: 'insurance-check', due: '2026-03-13T00:00:00+08:00', clause: '002 五(四)1' },
    { injects: red, id: 'evaluate-response', due: '2026-03-20T00:00:00+08:00', clause: '002 四(六)1–2' },
    { injects: red, id: 'loss-assessment', due: '2026-03-20T00:00:00+08:00', clause: '002 五(一)1–4' },
    { injects: red, id: 'investigation-report', due: '2026-04-03T00:00:00+08:00', clause: '002 五(三)1–2' },
    { injects: [...red, { at: '1d', event: 'insurance.eligibility', data: { eligible: true } }], id: 'insurance-claim', due: '2026-04-04T09:00:00+08:00', clause: '002 五(四)2–3' },
    { injects: red, id: 'recovery-plan', due: '2026-03-28T00:00:00+08:00', clause: '002 五(二)1' },
    { injects: red, id: 'revise-plan', due: '2026-04-20T00:00:00+08:00', clause: '002 四(六)3' },
  ])('$id is due at $due ($clause)', ({ injects, id, due, clause }) => {
    const x = expectation(run(injects, {}, 'none'), id)
    expect(x.due).toBe(due)
    expect(x.clause).toBe(clause)
    expect(x.status).toBe('missed')
  })
})

describe('reporting chain (002 四(一), 三(三)2)', () => {
  const s = build(outage({ scope: 'partial', expectedHours: 2 }))
  it('counts verification and the warning from the actual report (pr-all-03)', () => {
    const e = evaluate(s, { registry, actions: [act(s, '10m', 'on-site-staff', 'report-incident')] })
    expect(expectation(e, 'report-to-office').status).toBe('on-time')
    expect(expectation(e, 'verify-and-brief').due).toBe('2026-03-02T09:25:00+08:00')
    expect(expectation(e, 'issue-warning').due).toBe('2026-03-02T09:40:00+08:00')
  })
  it('accepts the report from monitoring staff (pr-pos-16) but not from the office', () => {
    const byMonitoring = evaluate(s, { registry, actions: [act(s, '5m', 'monitoring-staff', 'report-incident')] })
    const byOffice = evaluate(s, { registry, actions: [act(s, '5m', 'command-office', 'report-incident')] })
    expect(expectation(byMonitoring, 'report-to-office').status).toBe('on-time')
    expect(expectation(byOffice, 'report-to-office').status).toBe('wrong-role')
  })
  it('counts the level\'s deadlines from the warning actually issued', () => {
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'on-site-staff', 'report-incident'), act(s, '10m', 'command-office', 'verify-report'), act(s, '20m', 'command-office', 'issue-warning')] })
    expect(expectation(e, 'orange-activation').due).toBe('2026-03-02T09:35:00+08:00')
    expect(expectation(e, 'external-report').due).toBe('2026-03-02T11:20:00+08:00')
  })
  it('marks the warning out of order when it is published before the report was verified', () => {
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'on-site-staff', 'report-incident'), act(s, '8m', 'command-office', 'issue-warning'), act(s, '12m', 'command-office', 'verify-report')] })
    expect(expectation(e, 'issue-warning').status).toBe('out-of-order')
  })
  test.for([
    { data: { scope: 'degraded', expectedHours: 0.5 }, clause: '002 四(一)3: yellow leaves the external report to the head (pr-pos-07)' },
    { data: { scope: 'anomaly', expectedHours: 0 }, clause: '002 四(一)3: blue leaves the external report to the head (pr-pos-07)' },
  ])('does not require the external report: $clause', ({ data }) => {
    expect(expectation(run(estimate(data), {}, 'perfect'), 'external-report').status).toBe('not-applicable')
  })
})

describe('upgrades (pr-pos-06)', () => {
  const s = build([
    { at: '0m', event: 'vendor.outage', data: { scope: 'degraded', expectedHours: 0.5, cause: 'unknown' } },
    { at: '50m', event: 'vendor.outage-updated', data: { scope: 'partial', expectedHours: 3 } },
    { at: '2h30m', event: 'vendor.outage-updated', data: { scope: 'full', expectedHours: 5 } },
    { at: '8h', event: 'vendor.restored' },
    { at: '2d', event: 'incident.closed' },
  ])
  const e = evaluate(s, { registry, autopilot: 'perfect' })
  it('rises yellow → orange → red when the estimate grows', () => {
    expect(e.severityHistory.map((h) => h.level)).toEqual(['yellow', 'orange', 'red'])
    expect(e.score).toBe(100)
  })
  it('owes a re-issued warning after each rise, and no new report to the office (PO-3)', () => {
    expect(e.expectations.filter((x) => x.id === 'issue-warning').map((x) => x.level)).toEqual(['yellow', 'orange', 'red'])
    expect(e.expectations.filter((x) => x.id === 'report-to-office')).toHaveLength(1)
    // Re-issued within 30m of the update that raised the level (50m → due 10:20).
    expect(expectation(e, 'issue-warning', 2).due).toBe('2026-03-02T10:20:00+08:00')
  })
  it('counts the new level\'s deadlines from the re-issued warning', () => {
    const w = expectation(e, 'issue-warning', 3)
    const activation = expectation(e, 'red-activation')
    expect(Date.parse(activation.due ?? '') - Date.parse(w.doneAt ?? '')).toBe(15 * 60_000)
  })
  it('keeps the lower level\'s steps due', () => {
    expect(expectation(e, 'yellow-troubleshoot').status).toBe('on-time')
    expect(expectation(e, 'orange-locate-fault').status).toBe('on-time')
  })
  it('carries the regulator report made at orange over to red: one decision by the head (PO-18, 四(一)3)', () => {
    expect(e.expectations.filter((x) => x.id === 'external-report')).toHaveLength(1)
    expect(expectation(e, 'external-report').status).toBe('on-time')
  })
})

describe('handling tracks (002 四(三))', () => {
  it('technical fault: restore key functions by the time service is back (四(三)1)', () => {
    const e = run([...outage({ scope: 'full', expectedHours: 6, cause: 'technical' }), { at: '5h', event: 'vendor.restored' }], {}, 'none')
    expect(expectation(e, 'restore-key-functions')).toMatchObject({ due: '2026-03-02T14:00:00+08:00', role: 'tech-support', clause: '002 四(三)1', critical: true })
  })
  test.for([
    { cause: 'technical', status: 'missed', clause: '002 四(二)1 「如因技術問題導致的事件」 (pr-pos-08)' },
    { cause: 'unknown', status: 'missed', clause: '002 四(二)1: cause still unknown (pr-pos-08)' },
    { cause: 'external', status: 'not-applicable', clause: '002 四(二)1: not a technical cause' },
    { cause: 'vendor-breach', status: 'not-applicable', clause: '002 四(二)1: not a technical cause' },
  ])('red initial solution for a $cause cause is $status, key functions are owed whatever the cause ($clause; PO-6)', ({ cause, status }) => {
    const e = run(outage({ scope: 'full', expectedHours: 6, cause }), {}, 'none')
    expect(expectation(e, 'red-initial-solution').status).toBe(status)
    expect(expectation(e, 'restore-key-functions').status).toBe('missed')
  })
  test.for([
    { scope: 'partial', expectedHours: 2, status: 'missed', clause: '002 四(三)2: part of the business interrupted' },
    { scope: 'full', expectedHours: 2, status: 'missed', clause: '002 四(三)2: all of it interrupted' },
    { scope: 'degraded', expectedHours: 2, status: 'not-applicable', clause: '002 四(三)2: degraded is not interrupted' },
  ])('business interruption: manual processing for $scope is $status ($clause)', ({ scope, expectedHours, status }) => {
    expect(expectation(run(outage({ scope, expectedHours }), {}, 'none'), 'manual-processing').status).toBe(status)
  })
  it('business interruption starting with an update: manual processing runs from the update, not the earlier warning', () => {
    const s = build([{ at: '0m', event: 'vendor.outage', data: { scope: 'degraded', expectedHours: 0.5 } }, { at: '40m', event: 'vendor.outage-updated', data: { scope: 'partial' } }, { at: '50m', event: 'vendor.restored' }, { at: '3d', event: 'incident.closed' }])
    const e = evaluate(s, { registry, actions: [act(s, '5m', 'monitoring-staff', 'report-incident'), act(s, '10m', 'command-office', 'verify-report'), act(s, '20m', 'command-office', 'issue-warning')] })
    expect(e.severity).toBe('yellow')
    expect(expectation(e, 'manual-processing').due).toBe('2026-03-02T10:40:00+08:00')
  })
  it('data leak: stop, assess, then notify — in that order (四(三)3)', () => {
    const s = build([{ at: '0m', event: 'vendor.data-leak', data: { customers: 500 } }, { at: '3d', event: 'incident.closed' }])
    const e = evaluate(s, { registry, actions: [act(s, '10m', 'security', 'stop-data-transfer'), act(s, '1h', 'security', 'notify-customers'), act(s, '2h', 'security', 'assess-scope')] })
    expect(expectation(e, 'stop-data-transfer').status).toBe('on-time')
    expect(expectation(e, 'notify-leak-customers')).toMatchObject({ status: 'out-of-order', doneBy: 'security' })
  })
  it('data leak: reported to the office again when it comes during an outage (四(一)1)', () => {
    const e = run([...outage({ scope: 'full', expectedHours: 8 }), { at: '3h', event: 'vendor.data-leak', data: { customers: 40 } }], {}, 'perfect')
    expect(expectation(e, 'report-to-office', 2).due).toBe('2026-03-02T12:15:00+08:00')
    expect(expectation(e, 'stop-data-transfer').status).toBe('on-time')
  })
  it('vendor breach: replacement is required and legal action optional after negotiation fails (四(三)4, pr-pos-12)', () => {
    const e = run([...outage({ scope: 'partial', expectedHours: 2 }), { at: '2h', event: 'vendor.breach' }, { at: '1d', event: 'vendor.negotiation-failed' }], {}, 'perfect')
    expect(expectation(e, 'replace-vendor')).toMatchObject({ status: 'on-time', critical: true })
    expect(expectation(e, 'legal-action')).toMatchObject({ status: 'not-applicable', optional: true, weight: 0 })
    expect(e.score).toBe(100)
  })
  it('vendor breach: no replacement is owed while negotiation goes on', () => {
    const e = run([...outage({ scope: 'partial', expectedHours: 2 }), { at: '2h', event: 'vendor.breach' }], {}, 'none')
    expect(expectation(e, 'negotiate-with-vendor').status).toBe('missed')
    expect(expectation(e, 'replace-vendor').status).toBe('not-applicable')
  })
})

describe('communication (002 四(二)1, 四(五))', () => {
  const media: InjectSpec = { at: '1h', event: 'media.inquiry', data: { outlet: 'City Evening News' } }
  it('answers the media at red within 2h of the inquiry', () => {
    expect(expectation(run([...outage({ scope: 'full', expectedHours: 6 }), media], {}, 'none'), 'answer-media')).toMatchObject({ due: '2026-03-02T12:00:00+08:00', role: 'risk-mgmt' })
  })
  it('does not score a media inquiry below red (pr-all-10)', () => {
    expect(expectation(run([...outage({ scope: 'partial', expectedHours: 2 }), media], {}, 'none'), 'answer-media').status).toBe('not-applicable')
  })
  it('scores a regulator reply only when the inquiry sets a deadline (pr-all-10)', () => {
    const without = run([...outage({ scope: 'full', expectedHours: 6 }), { at: '2h', event: 'regulator.inquiry', data: { question: 'Scope?' } }], {}, 'none')
    expect(expectation(without, 'regulator-reply').status).toBe('not-applicable')
  })
  test.for([
    { data: { scope: 'partial', expectedHours: 2 }, status: 'missed', clause: '002 四(五)3: orange publishes an update at restoration' },
    { data: { scope: 'degraded', expectedHours: 0.5 }, status: 'not-applicable', clause: '002 四(五)3: yellow does not (pr-pos-19)' },
  ])('restoration update is $status ($clause)', ({ data, status }) => {
    expect(expectation(run([...outage(data), { at: '50m', event: 'vendor.restored' }], {}, 'none'), 'publish-restoration').status).toBe(status)
  })
})

describe('end of the response (pr-pos-11, pr-all-07)', () => {
  const injects: InjectSpec[] = [...outage({ scope: 'partial', expectedHours: 2 }), { at: '4h', event: 'vendor.restored' }]
  it('starts the post-incident clocks when the command center declares the end after restoration', () => {
    const s = build(injects)
    const e = evaluate(s, { registry, actions: [act(s, '5h', 'command-center', 'declare-end')] })
    expect(expectation(e, 'declare-end').status).toBe('on-time')
    expect(expectation(e, 'insurance-check').due).toBe('2026-03-10T00:00:00+08:00')
  })
  it('ignores a declaration before the vendor has restored service', () => {
    const s = build(injects)
    const e = evaluate(s, { registry, actions: [act(s, '2h', 'command-center', 'declare-end')] })
    expect(expectation(e, 'insurance-check').due).toBe('2026-03-13T00:00:00+08:00')
  })
})

describe('shipped scenarios under the autopilots', () => {
  const mine = shipped(registry).filter((x) => x.scenario.plan === PLAN)
  it('ships the red vendor-outage drill and covers every level', () => {
    expect(mine.map((x) => x.scenario.id)).toContain('vendor-outage')
    const levels = new Set(mine.map((x) => evaluate(x.scenario, { registry, autopilot: 'perfect' }).severity))
    expect([...levels].sort()).toEqual(['blue', 'orange', 'red', 'yellow'])
    expect(evaluate(mine.find((x) => x.scenario.id === 'vendor-outage')!.scenario, { registry }).severity).toBe('red')
  })
  test.for(mine.map((x) => ({ id: x.scenario.id, s: x.scenario })))('$id: perfect ≥ 95, none ≤ 10 (U), late in between', ({ s }) => {
    expectScoringContract(s, registry)
  })
})

describe('scenario generator (recipes)', () => {
  it('generates scenarios that load, reach every level, and repeat byte for byte per seed', () => {
    const a = generateScenarios(plan, { seed: 7, count: 8, plans: registry })
    const b = generateScenarios(plan, { seed: 7, count: 8, plans: registry })
    expect(a.map((g) => g.text)).toEqual(b.map((g) => g.text))
    for (const g of a) expect(evaluate(g.scenario, { registry, autopilot: 'perfect' }).severity).toBe(g.level)
    expect([...new Set(a.map((g) => g.level))].sort()).toEqual(['blue', 'orange', 'red', 'yellow'])
  })
})

// One case per row of ../shared/fidelity/README.md "payment-outsourcing (seed 002)"; each fails on the old model.
describe('fidelity (seed 002)', () => {
  const def = paymentOutsourcingPlan
  const exp = (id: string) => def.expectations.find((x) => x.id === id)
  const chain = (s: ReturnType<typeof build>, warnAt = '20m') => [act(s, '5m', 'on-site-staff', 'report-incident'), act(s, '10m', 'command-office', 'verify-report'), act(s, warnAt, 'command-office', 'issue-warning')]
  const orange = () => build(outage({ scope: 'partial', expectedHours: 2 }))

  it('PO-1: the office\'s one contact with the vendor meets orange coordination (三(三)3, 四(五)1) and its own liaison', () => {
    const s = orange()
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '25m', 'command-office', 'engage-vendor')] })
    expect(expectation(e, 'orange-vendor-coordination')).toMatchObject({ status: 'on-time', coveredBy: 'vendor-liaison#1' })
    expect(expectation(e, 'vendor-liaison').status).toBe('on-time')
  })
  it('PO-2: one full activation after a rise to red also meets the partial one (三(三)3 「全面啟動」); one diagnosis meets both levels', () => {
    const s = build([{ at: '0m', event: 'vendor.outage', data: { scope: 'partial', expectedHours: 2 } }, { at: '20m', event: 'vendor.outage-updated', data: { scope: 'full', expectedHours: 6 } }, { at: '3d', event: 'incident.closed' }])
    const e = evaluate(s, { registry, actions: [...chain(s, '15m'), act(s, '25m', 'command-office', 'issue-warning'), act(s, '30m', 'command-center', 'activate-plan')] })
    expect(expectation(e, 'red-activation').status).toBe('on-time')
    expect(expectation(e, 'orange-activation')).toMatchObject({ status: 'on-time', coveredBy: 'red-activation#1' })
    const y = build([{ at: '0m', event: 'vendor.outage', data: { scope: 'degraded', expectedHours: 0.5 } }, { at: '30m', event: 'vendor.outage-updated', data: { scope: 'partial', expectedHours: 3 } }, { at: '3d', event: 'incident.closed' }])
    const f = evaluate(y, { registry, actions: [...chain(y), act(y, '40m', 'command-office', 'issue-warning'), act(y, '1h', 'tech-support', 'diagnose-fault')] })
    expect(expectation(f, 'orange-locate-fault').status).toBe('on-time')
    expect(expectation(f, 'yellow-troubleshoot').status).toBe('on-time')
  })
  it('PO-3: a rise owes no new report; the warning is re-issued within 30m of the update (三(三)2, pr-pos-06)', () => {
    const s = build([...outage({ scope: 'partial', expectedHours: 2 }), { at: '1h', event: 'vendor.outage-updated', data: { scope: 'full', expectedHours: 6 } }])
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '1h40m', 'command-office', 'issue-warning')] })
    expect(e.expectations.filter((x) => x.id === 'report-to-office')).toHaveLength(1)
    expect(expectation(e, 'issue-warning', 2)).toMatchObject({ due: '2026-03-02T10:30:00+08:00', status: 'late' })
  })
  it('PO-4: manual processing is due 1h after the warning, not the outage (四(三)2)', () => {
    const s = build(outage({ scope: 'full', expectedHours: 6 }))
    const e = evaluate(s, { registry, actions: [...chain(s, '44m'), act(s, '1h20m', 'business-ops', 'activate-manual-processing')] })
    expect(expectation(e, 'manual-processing')).toMatchObject({ due: '2026-03-02T10:44:00+08:00', status: 'on-time' })
  })
  it('PO-5: key functions are critical at red and orange only (四(三)1)', () => {
    expect(expectation(run(estimate({ scope: 'degraded', expectedHours: 0.5 }), {}, 'none'), 'restore-key-functions').critical).toBe(false)
    expect(expectation(run(estimate({ scope: 'partial', expectedHours: 2 }), {}, 'none'), 'restore-key-functions').critical).toBe(true)
  })
  it('PO-6: a full outage with an external cause still restores key functions first (四(三)1)', () => {
    expect(expectation(run(outage({ scope: 'full', expectedHours: 6, cause: 'external' }), {}, 'none'), 'restore-key-functions').status).toBe('missed')
  })
  it('PO-7: a partial outage of exactly yellowUnderHours is yellow (三(二)3 「以內」)', () => {
    expect(run(estimate({ scope: 'partial', expectedHours: 1 })).severity).toBe('yellow')
  })
  it('PO-8: a full 6h outage with no impact on customers and market is orange (三(二)1 「重大影響」)', () => {
    expect(run(estimate({ scope: 'full', expectedHours: 6, impact: 'none' })).severity).toBe('orange')
  })
  it('PO-9: a full outage estimated at 3h that is still down at 4h becomes red then (三(二)1, pr-pos-17)', () => {
    const e = run([{ at: '0m', event: 'vendor.outage', data: { scope: 'full', expectedHours: 3 } }, { at: '8h', event: 'vendor.restored' }, { at: '3d', event: 'incident.closed' }], {}, 'perfect')
    expect(e.severityHistory).toEqual([{ at: '2026-03-02T09:00:00+08:00', level: 'orange' }, { at: '2026-03-02T13:00:00+08:00', level: 'red' }])
    expect(expectation(e, 'issue-warning', 2).due).toBe('2026-03-02T13:30:00+08:00')
    // Restored exactly at the threshold: it did not last longer (「超過」), so it stays orange.
    expect(run([{ at: '0m', event: 'vendor.outage', data: { scope: 'full', expectedHours: 3 } }, { at: '4h', event: 'vendor.restored' }, { at: '3d', event: 'incident.closed' }]).severity).toBe('orange')
    // A partial outage expected at 30m still on at 1h is orange; a full one with no major impact never turns red.
    expect(run([{ at: '0m', event: 'vendor.outage', data: { scope: 'partial', expectedHours: 0.5 } }, { at: '2h', event: 'vendor.restored' }, { at: '3d', event: 'incident.closed' }]).severity).toBe('orange')
    expect(run([{ at: '0m', event: 'vendor.outage', data: { scope: 'full', expectedHours: 3, impact: 'noticeable' } }, { at: '8h', event: 'vendor.restored' }, { at: '3d', event: 'incident.closed' }]).severity).toBe('orange')
  })
  test.for([
    { data: { scope: 'full', expectedHours: 6 }, id: 'red-security-hardening', clause: '002 四(二)1' },
    { data: { scope: 'partial', expectedHours: 2 }, id: 'orange-security-monitoring', clause: '002 四(二)2' },
    { data: { scope: 'degraded', expectedHours: 0.5 }, id: 'yellow-security-measures', clause: '002 四(二)3' },
  ])('PO-10: the security group owes $id ($clause)', ({ data, id, clause }) => {
    expect(expectation(run(estimate(data), {}, 'none'), id)).toMatchObject({ status: 'missed', role: 'security', clause })
  })
  it('PO-11: customers are told of an interruption at yellow too (四(三)2)', () => {
    expect(expectation(run(estimate({ scope: 'partial', expectedHours: 0.5 }), {}, 'none'), 'interruption-notice')).toMatchObject({ status: 'missed', role: 'business-ops' })
  })
  it('PO-12: a development at blue is reported to the office within 15m (四(二)4)', () => {
    const e = run([{ at: '0m', event: 'vendor.outage', data: { scope: 'anomaly', expectedHours: 0 } }, { at: '40m', event: 'vendor.outage-updated', data: { cause: 'technical' } }, { at: '3d', event: 'incident.closed' }], {}, 'none')
    expect(expectation(e, 'blue-report-development')).toMatchObject({ due: '2026-03-02T09:55:00+08:00', status: 'missed', role: 'monitoring-staff' })
    expect(expectation(e, 'blue-information').status).toBe('missed')
  })
  it('PO-13: a blue warning on a red incident is the wrong level (三(三)2, pr-all-04)', () => {
    const s = build(outage({ scope: 'full', expectedHours: 6 }))
    const [r, v, w] = chain(s) as [ActionInput, ActionInput, ActionInput]
    const e = evaluate(s, { registry, actions: [r, v, { ...w, level: 'blue' as ActionInput['level'] & string }] })
    expect(expectation(e, 'issue-warning')).toMatchObject({ status: 'wrong-level', declaredLevel: 'blue' })
  })
  it('PO-14: the head of the institution activates and ends for the centre (二(一) 組長)', () => {
    const s = build([...outage({ scope: 'full', expectedHours: 6 }), { at: '7h', event: 'vendor.restored' }])
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '30m', 'command-lead', 'activate-plan'), act(s, '7h30m', 'command-lead', 'declare-end')] })
    expect(expectation(e, 'red-activation').status).toBe('on-time')
    expect(expectation(e, 'declare-end').status).toBe('on-time')
    // The chart closed on it: the post-incident clocks run from Monday 2 March (5wd → Monday 9 March).
    expect(expectation(e, 'insurance-check').due).toBe('2026-03-10T00:00:00+08:00')
  })
  it('PO-15: the regulator\'s inquiry is answered by the head, not the office (sheet regulator-reply)', () => {
    const s = build([...outage({ scope: 'full', expectedHours: 6 }), { at: '2h', event: 'regulator.inquiry', data: { replyBy: '2h' } }])
    const e = evaluate(s, { registry, actions: [act(s, '3h', 'command-office', 'liaise-external')] })
    expect(expectation(e, 'regulator-reply').status).toBe('wrong-role')
  })
  it('PO-16: both departments pre-dispose at yellow (三(三)3), and each recovery department acts (五(二)2–4)', () => {
    const s = build(estimate({ scope: 'degraded', expectedHours: 0.5 }))
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '30m', 'business-ops', 'prepare-resources')] })
    expect(expectation(e, 'yellow-pre-disposal').status).toBe('on-time')
    expect(expectation(e, 'yellow-tech-pre-disposal').status).toBe('missed')
    expect(['post-recovery-work', 'business-recovery', 'risk-follow-up'].map((id) => exp(id)?.roles)).toEqual([['tech-depts'], ['business-depts'], ['risk-dept']])
  })
  it('PO-17: post-incident deadlines the text does not set are marked project rule pr-pos-18', () => {
    for (const id of ['revise-plan', 'recovery-plan', 'post-recovery-work', 'business-recovery', 'risk-follow-up', 'rectification']) expect(exp(id)?.projectRules, id).toContain('pr-pos-18')
  })
  it('PO-18: an external report made at orange is not owed again at red (四(一)3)', () => {
    const s = build([...outage({ scope: 'partial', expectedHours: 2 }), { at: '1h', event: 'vendor.outage-updated', data: { scope: 'full', expectedHours: 6 } }])
    const e = evaluate(s, { registry, actions: [...chain(s), act(s, '40m', 'command-lead', 'report-to-regulator')] })
    expect(e.expectations.filter((x) => x.id === 'external-report')).toHaveLength(1)
    expect(expectation(e, 'external-report').status).toBe('on-time')
  })
  it('PO-19: a claim is owed only when the loss qualifies (五(四)1–2, pr-pos-21)', () => {
    const blue = run([{ at: '0m', event: 'vendor.outage', data: { scope: 'anomaly', expectedHours: 0 } }, { at: '3d', event: 'incident.closed' }], {}, 'none')
    expect(expectation(blue, 'insurance-claim').status).toBe('not-applicable')
    expect(expectation(blue, 'insurance-check').status).toBe('missed')
    const after = run([...outage({ scope: 'full', expectedHours: 6 }), { at: '5d', event: 'insurance.eligibility', data: { eligible: true } }], {}, 'none')
    expect(expectation(after, 'insurance-claim')).toMatchObject({ status: 'missed', due: '2026-04-06T09:00:00+08:00' })
  })
  it('PO-20: a data leak without an interruption owes no fault location or process change (四(二)2, pr-pos-20)', () => {
    const e = run([{ at: '0m', event: 'vendor.data-leak', data: { customers: 500 } }, { at: '3d', event: 'incident.closed' }], {}, 'none')
    expect(expectation(e, 'orange-locate-fault').status).toBe('not-applicable')
    expect(expectation(e, 'orange-important-payments').status).toBe('not-applicable')
    expect(expectation(e, 'orange-activation').status).toBe('missed')
  })
  it('PO-21: publication only at red and orange is marked project rule pr-pos-19', () => {
    expect(exp('publish-information')?.projectRules).toContain('pr-pos-19')
    expect(expectation(run(estimate({ scope: 'degraded', expectedHours: 0.5 }), {}, 'none'), 'publish-information').status).toBe('not-applicable')
  })
  it('PO-22: a report to the regulator alone is incomplete (四(一)3 「上級主管部門和監管機構」)', () => {
    const s = build(outage({ scope: 'full', expectedHours: 6 }))
    const e = evaluate(s, { registry, actions: [...chain(s), { ...act(s, '1h', 'command-lead', 'report-to-regulator'), to: ['regulator' as RoleId] }] })
    expect(expectation(e, 'external-report')).toMatchObject({ status: 'incomplete', missingRecipients: ['superior-authority'] })
  })
  it('PO-23: orange coordination names the technical support group only (四(二)2); the office meets it through its liaison', () => {
    expect(exp('orange-vendor-coordination')?.roles).toEqual(['tech-support'])
    expect(exp('vendor-liaison')?.covers?.map((c) => c.expectation)).toEqual(['orange-vendor-coordination'])
  })
})
