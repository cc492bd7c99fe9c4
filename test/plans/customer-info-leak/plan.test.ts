/** The customer-information leak plan, case by case from seed 001: levels, deadlines, statuses, upgrades. */
import { describe, expect, it, test } from 'vitest'
import { act, evaluate, expectation, scenario } from '../../helpers.ts'

const PLAN = 'customer-info-leak'
const discovered = (data: Record<string, unknown>) => [{ at: '0m', event: 'leak.discovered', data }, { at: '10d', event: 'incident.closed' }]

describe('severity (001 第八条–第十条, pr-cil-01…04)', () => {
  test.for([
    { customers: 99, sensitive: false, level: 'general', clause: '第十条: fewer than 100, not sensitive' },
    { customers: 100, sensitive: false, level: 'significant', clause: '第九条 「一百名客户(含)以上」 (pr-cil-02)' },
    { customers: 999, sensitive: false, level: 'significant', clause: '第九条' },
    { customers: 1000, sensitive: false, level: 'major', clause: '第八条 「一千名客户(含)以上」; pr-cil-01 highest axis' },
    { customers: 99, sensitive: true, level: 'significant', clause: '第九条/第十条: sensitive data is never general (pr-cil-03)' },
    { customers: 100, sensitive: true, level: 'significant', clause: '第九条' },
    { customers: 999, sensitive: true, level: 'significant', clause: '第九条' },
    { customers: 1000, sensitive: true, level: 'major', clause: '第八条' },
    { customers: 1200, sensitive: true, level: 'major', clause: '第八条: the headline case' },
    { customers: 10, sensitive: false, branchTier: 'tier1', level: 'major', clause: '第八条 「波及各一级分行」 (pr-cil-04)' },
    { customers: 10, sensitive: false, branchTier: 'direct-branch', branchCount: 2, level: 'significant', clause: '第九条 「波及一个或多个省直分行」' },
    { customers: 10, sensitive: false, branchTier: 'direct-branch', branchCount: 1, level: 'general', clause: '第十条 「波及一个省直分行」' },
  ])('$customers customers, sensitive=$sensitive → $level ($clause)', ({ level, clause: _c, ...data }) => {
    const e = evaluate(scenario(PLAN, discovered(data)))
    expect(e.severity).toBe(level)
  })
})

describe('emergency report deadline by level (001 第十二条)', () => {
  test.for([
    { customers: 1200, sensitive: true, due: '2026-03-02T11:00:00+08:00', clause: '001 第十二条(一)' },
    { customers: 350, sensitive: false, due: '2026-03-02T13:00:00+08:00', clause: '001 第十二条(二)' },
    { customers: 80, sensitive: false, due: '2026-03-03T09:00:00+08:00', clause: '001 第十二条(三)' },
  ])('is due at $due under $clause', ({ due, clause, ...data }) => {
    const e = evaluate(scenario(PLAN, discovered(data)))
    const er = expectation(e, 'emergency-report')
    expect(er.due).toBe(due)
    expect(er.clause).toBe(clause)
    expect(er.role).toBe('responsible-unit')
  })
})

describe('statuses of the emergency report', () => {
  const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
  it('is on time when the responsible unit reports 1h40m after discovery', () => {
    const e = evaluate(s, { actions: [act(s, '10m', 'responsible-unit', 'classify-incident'), act(s, '1h40m', 'responsible-unit', 'emergency-report')] })
    const er = expectation(e, 'emergency-report')
    expect(er.status).toBe('on-time')
    expect(er.doneAt).toBe('2026-03-02T10:40:00+08:00')
    expect(er.lateBy).toBeNull()
  })
  it('is late when the report arrives 2h01m after leak.discovered', () => {
    const e = evaluate(s, { actions: [act(s, '10m', 'responsible-unit', 'classify-incident'), act(s, '2h1m', 'responsible-unit', 'emergency-report')] })
    const er = expectation(e, 'emergency-report')
    expect(er.status).toBe('late')
    expect(er.lateBy).toBe('1m')
  })
  it('is missed when nobody reports', () => {
    const e = evaluate(s)
    expect(expectation(e, 'emergency-report')).toMatchObject({ status: 'missed', doneAt: null })
  })
  it('is wrong-role when only the retail department files it', () => {
    const e = evaluate(s, { actions: [act(s, '10m', 'responsible-unit', 'classify-incident'), act(s, '1h', 'retail-dept', 'emergency-report')] })
    expect(expectation(e, 'emergency-report')).toMatchObject({ status: 'wrong-role', doneBy: 'retail-dept' })
  })
  it('is out of order when filed before the level was classified', () => {
    const e = evaluate(s, { actions: [act(s, '30m', 'responsible-unit', 'emergency-report'), act(s, '40m', 'responsible-unit', 'classify-incident')] })
    expect(expectation(e, 'emergency-report').status).toBe('out-of-order')
  })
  it('marks the regulator report not applicable below major (001 第十二条(一) only)', () => {
    const e = evaluate(scenario(PLAN, discovered({ customers: 350, sensitive: false })))
    expect(expectation(e, 'regulator-report').status).toBe('not-applicable')
  })
})

describe('chained deadlines (pr-all-03) and recurring reports (pr-cil-10)', () => {
  it('counts the handling plan from the actual emergency report', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const e = evaluate(s, { actions: [act(s, '5m', 'responsible-unit', 'classify-incident'), act(s, '3h', 'responsible-unit', 'emergency-report')] })
    expect(expectation(e, 'handling-plan').due).toBe('2026-03-02T14:00:00+08:00')
  })
  it('counts the handling plan from the report deadline when no report was made', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    expect(expectation(evaluate(s), 'handling-plan').due).toBe('2026-03-02T13:00:00+08:00')
  })
  it('owes weekly tracking reports while a major incident is open, none after it closes', () => {
    const s = scenario(PLAN, [{ at: '0m', event: 'leak.discovered', data: { customers: 1200, sensitive: true } }, { at: '15d', event: 'incident.closed' }])
    const e = evaluate(s)
    const tracking = e.expectations.filter((x) => x.id === 'tracking-report')
    expect(tracking.map((x) => x.due)).toEqual(['2026-03-09T09:00:00+08:00', '2026-03-16T09:00:00+08:00'])
  })
  it('owes no tracking report when the incident closes before the first is due', () => {
    const s = scenario(PLAN, [{ at: '0m', event: 'leak.discovered', data: { customers: 80, sensitive: false } }, { at: '3d', event: 'incident.closed' }])
    expect(expectation(evaluate(s), 'tracking-report').status).toBe('not-applicable')
  })
  it('gives the disposal report one calendar month after the end (001 第十二条)', () => {
    const s = scenario(PLAN, [{ at: '0m', event: 'leak.discovered', data: { customers: 80, sensitive: false } }, { at: '3d', event: 'incident.closed' }])
    expect(expectation(evaluate(s), 'disposal-report').due).toBe('2026-04-05T09:00:00+08:00')
  })
})

describe('upgrade from significant to major (pr-cil-17)', () => {
  const s = scenario(PLAN, [
    { at: '0m', event: 'leak.discovered', data: { customers: 60, sensitive: true, fields: ['name', 'account-number', 'password'], branchTier: 'outlet' } },
    { at: '20h', event: 'leak.scope-updated', data: { customers: 1450, branchTier: 'tier1' } },
    { at: '9d', event: 'incident.closed' },
  ])
  const e = evaluate(s, { autopilot: 'perfect' })
  it('rises to major and records when', () => {
    expect(e.severity).toBe('major')
    expect(e.severityHistory).toEqual([
      { at: '2026-03-02T09:00:00+08:00', level: 'significant' },
      { at: '2026-03-03T05:00:00+08:00', level: 'major' },
    ])
  })
  it('owes a second emergency report to the new recipients within 2h of the update', () => {
    expect(expectation(e, 'emergency-report', 2).due).toBe('2026-03-03T07:00:00+08:00')
    expect(expectation(e, 'emergency-report', 2).status).toBe('on-time')
  })
  it('owes the regulator report from the update, and the new customers their notice', () => {
    expect(expectation(e, 'regulator-report').due).toBe('2026-03-03T09:00:00+08:00')
    expect(expectation(e, 'notify-new-customers').due).toBe('2026-03-04T05:00:00+08:00')
  })
})

describe('media and regulator injects', () => {
  it('arms the media follow-up for general affairs within 2h of the inquiry (001 第十四条(二)3)', () => {
    const s = scenario(PLAN, [...discovered({ customers: 80, sensitive: false }), { at: '5h', event: 'media.inquiry', data: { outlet: 'City Evening News' } }])
    const x = expectation(evaluate(s), 'media-follow-up')
    expect(x).toMatchObject({ role: 'general-affairs', due: '2026-03-02T16:00:00+08:00', clause: '001 第十四条(二)3' })
  })
  it('scores a regulator reply only when the inquiry sets a deadline (pr-cil-15)', () => {
    const withDeadline = scenario(PLAN, [...discovered({ customers: 1200, sensitive: true }), { at: '6h', event: 'regulator.inquiry', data: { question: 'Scope?', replyBy: '4h' } }])
    const without = scenario(PLAN, [...discovered({ customers: 1200, sensitive: true }), { at: '6h', event: 'regulator.inquiry', data: { question: 'Scope?' } }])
    expect(expectation(evaluate(withDeadline), 'regulator-reply')).toMatchObject({ due: '2026-03-02T19:00:00+08:00', role: 'branch-leadership' })
    expect(expectation(evaluate(without), 'regulator-reply').status).toBe('not-applicable')
  })
})

describe('ratings', () => {
  const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
  it('rates a drill with no actions U with a score of 0', () => {
    const e = evaluate(s, { autopilot: 'none' })
    expect(e.score).toBe(0)
    expect(e.rating).toBe('U')
    expect(e.capabilities.every((c) => c.rating === 'U')).toBe(true)
  })
  it('rates a perfect drill P', () => {
    const e = evaluate(s, { autopilot: 'perfect' })
    expect(e.score).toBeGreaterThanOrEqual(95)
    expect(e.rating).toBe('P')
  })
  it('caps the rating at M when a critical step is missed, whatever the score', () => {
    const perfect = evaluate(s, { autopilot: 'perfect' })
    const actions = perfect.actions.filter((a) => a.action !== 'report-to-regulator').map((a) => ({ at: (Date.parse(a.at) - Date.parse('2026-03-02T09:00:00+08:00')) as never, role: a.role as never, action: a.action as never }))
    const e = evaluate(s, { actions })
    expect(expectation(e, 'regulator-report').status).toBe('missed')
    expect(e.score).toBeGreaterThan(80)
    expect(e.rating).toBe('M')
    expect(e.capabilities.find((c) => c.id === 'external-communication')?.rating).toBe('U')
  })
})
