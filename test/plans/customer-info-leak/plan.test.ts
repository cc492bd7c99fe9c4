/** The customer-information leak plan, case by case from seed 001: levels, deadlines, statuses, upgrades. */
import { describe, expect, it, test } from 'vitest'
import type { ActionInput, Evaluation, Scenario } from '../../../src/engine/index.ts'
import { customerInfoLeakPlan } from '../../../src/plans/customer-info-leak/plan.ts'
import { act, evaluate, expectation, scenario, shipped } from '../../helpers.ts'

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
  // Participants who keep handling open (a perfect autopilot may end handling once the leak is contained and the
  // customers told, before the update at 20h: pr-cil-18).
  const e = evaluate(s, {
    actions: [
      act(s, '10m', 'responsible-unit', 'classify-incident'),
      act(s, '1h', 'responsible-unit', 'emergency-report'),
      act(s, '2h', 'retail-dept', 'approve-handling-plan'),
      act(s, '3h', 'incident-unit', 'contain-leak'),
      act(s, '4h', 'incident-unit', 'notify-customers'),
      act(s, '20h30m', 'responsible-unit', 'classify-incident'),
      act(s, '21h', 'responsible-unit', 'emergency-report'),
      act(s, '22h', 'responsible-unit', 'report-to-regulator'),
    ],
  })
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

/** An action with the v2 fields (recipients, declared level). */
const a = (s: Scenario, at: string, role: string, action: string, extra: { to?: string[]; level?: string } = {}): ActionInput =>
  ({ ...act(s, at, role, action), ...extra }) as ActionInput
const occurrences = (e: Evaluation, id: string) => e.expectations.filter((x) => x.id === id && x.occurrence > 0)
const MAJOR_TO = ['branch-leadership', 'retail-dept', 'related-depts']
const OTHER_TO = ['retail-dept', 'related-depts']

describe('fidelity to seed 001 (rows L1–L20 of the plan review)', () => {
  it('L1: general → significant owes no second emergency report or handling plan: same recipients, same body (第十二条(二)(三), 第十三条(二)(三))', () => {
    const s = scenario(PLAN, [
      { at: '0m', event: 'leak.discovered', data: { customers: 80, sensitive: false, branchTier: 'outlet' } },
      { at: '3h', event: 'leak.scope-updated', data: { customers: 150 } },
      { at: '10d', event: 'incident.closed' },
    ])
    const e = evaluate(s, {
      actions: [
        a(s, '10m', 'responsible-unit', 'classify-incident', { level: 'general' }),
        a(s, '1h', 'responsible-unit', 'emergency-report', { to: OTHER_TO }),
        a(s, '2h', 'retail-dept', 'approve-handling-plan'),
        a(s, '3h10m', 'responsible-unit', 'classify-incident', { level: 'significant' }),
      ],
    })
    expect(e.severity).toBe('significant')
    for (const id of ['emergency-report', 'handling-plan']) {
      expect(occurrences(e, id), id).toHaveLength(1)
      expect(expectation(e, id)).toMatchObject({ status: 'on-time' })
      expect(expectation(e, id).carriedOver, id).toHaveLength(1)
    }
  })

  it('L2: a significant incident given to the leadership group keeps its plan when it becomes major; only the leadership group is owed the report (第十三条(一)(二))', () => {
    const s = scenario(PLAN, [
      { at: '0m', event: 'leak.discovered', data: { customers: 150, sensitive: false, branchTier: 'outlet' } },
      { at: '5h', event: 'leak.scope-updated', data: { customers: 1500 } },
      { at: '10d', event: 'incident.closed' },
    ])
    const e = evaluate(s, {
      actions: [
        a(s, '10m', 'responsible-unit', 'classify-incident', { level: 'significant' }),
        a(s, '30m', 'responsible-unit', 'emergency-report', { to: OTHER_TO }),
        a(s, '1h', 'retail-dept', 'escalate', { to: ['branch-leadership'] }),
        a(s, '2h', 'branch-leadership', 'approve-handling-plan'),
        a(s, '5h15m', 'responsible-unit', 'classify-incident', { level: 'major' }),
        a(s, '5h30m', 'responsible-unit', 'emergency-report', { to: ['branch-leadership'] }),
      ],
    })
    expect(e.severity).toBe('major')
    expect(occurrences(e, 'handling-plan')).toHaveLength(1)
    expect(expectation(e, 'handling-plan')).toMatchObject({ status: 'on-time', doneBy: 'branch-leadership' })
    expect(expectation(e, 'emergency-report', 2)).toMatchObject({ status: 'on-time', recipients: ['branch-leadership'], renewed: { kind: 'new-recipients' } })
  })

  it('L3: one grading made after the update with all the facts meets both the grading and the re-grade (第七条–第十条)', () => {
    const s = scenario(PLAN, [
      { at: '0m', event: 'leak.discovered', data: { customers: 150, sensitive: false, branchTier: 'outlet' } },
      { at: '30m', event: 'leak.scope-updated', data: { customers: 1500 } },
      { at: '10d', event: 'incident.closed' },
    ])
    const e = evaluate(s, { actions: [a(s, '50m', 'responsible-unit', 'classify-incident', { level: 'major' })] })
    expect(expectation(e, 'classify-level').status).toBe('on-time')
    expect(expectation(e, 'reclassify-level').status).toBe('on-time')
  })

  it('L4: one notice to all customers after the scope widened also tells the newly affected (第十三条(一)4 「及时通知对应客户」)', () => {
    const s = scenario(PLAN, [
      { at: '0m', event: 'leak.discovered', data: { customers: 1200, sensitive: true } },
      { at: '2h', event: 'leak.scope-updated', data: { customers: 1500 } },
      { at: '10d', event: 'incident.closed' },
    ])
    const e = evaluate(s, { actions: [a(s, '5h', 'incident-unit', 'notify-customers', { to: ['customers'] })] })
    expect(expectation(e, 'notify-customers').status).toBe('on-time')
    expect(expectation(e, 'notify-new-customers')).toMatchObject({ status: 'on-time', coveredBy: expect.stringContaining('notify-customers') })
  })

  describe('L5: first measures before the plan, containment under the plan (第十四条(二)1 vs 第十三条(一)3)', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const base = [a(s, '10m', 'responsible-unit', 'classify-incident'), a(s, '1h', 'responsible-unit', 'emergency-report'), a(s, '2h', 'branch-leadership', 'approve-handling-plan')]
    it('credits a single containment after the plan to step 3, on time', () => {
      const e = evaluate(s, { actions: [...base, a(s, '3h', 'incident-unit', 'contain-leak')] })
      expect(expectation(e, 'contain-leak')).toMatchObject({ status: 'on-time', doneAt: '2026-03-02T12:00:00+08:00' })
      expect(expectation(e, 'first-disposal').status).toBe('missed')
    })
    it('credits a containment before the plan to the first measures, and the one after it to step 3', () => {
      const e = evaluate(s, { actions: [a(s, '5m', 'incident-unit', 'contain-leak'), ...base, a(s, '3h', 'incident-unit', 'contain-leak')] })
      expect(expectation(e, 'first-disposal')).toMatchObject({ status: 'on-time', doneAt: '2026-03-02T09:05:00+08:00' })
      expect(expectation(e, 'contain-leak')).toMatchObject({ status: 'on-time', doneAt: '2026-03-02T12:00:00+08:00' })
    })
  })

  describe('L6: the end comes after containment and the customer notice; tracking runs until then (第十二条 「至突发事件处理完毕前」, pr-cil-18)', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const base = [
      a(s, '10m', 'responsible-unit', 'classify-incident'),
      a(s, '1h', 'responsible-unit', 'emergency-report'),
      a(s, '1h30m', 'responsible-unit', 'report-to-regulator'),
      a(s, '2h', 'branch-leadership', 'approve-handling-plan'),
    ]
    it('an end declared at 2h30m, before containment and notice, is ending early with a finding, and handling goes on', () => {
      const e = evaluate(s, { actions: [...base, a(s, '2h30m', 'branch-leadership', 'declare-end')] })
      const end = expectation(e, 'declare-end')
      expect(end.status).toBe('out-of-order')
      expect(end.optional).toBe(false)
      expect(end.weight).toBeGreaterThan(0)
      expect(end.openBefore).toEqual(expect.arrayContaining(['contain-leak', 'notify-customers']))
      expect(e.findings.some((f) => f.kind === 'improvement' && f.expectation === 'declare-end')).toBe(true)
      // Still open: the weekly tracking report is owed, and the disposal report runs from the real end (10d).
      expect(expectation(e, 'tracking-report')).toMatchObject({ due: '2026-03-09T09:00:00+08:00', status: 'missed' })
      expect(expectation(e, 'disposal-report').due).toBe('2026-04-12T09:00:00+08:00')
    })
    it('an end declared again once the criteria are met closes the incident', () => {
      const e = evaluate(s, {
        actions: [...base, a(s, '2h30m', 'branch-leadership', 'declare-end'), a(s, '3h', 'incident-unit', 'contain-leak'), a(s, '4h', 'incident-unit', 'notify-customers'), a(s, '5h', 'branch-leadership', 'declare-end')],
      })
      expect(expectation(e, 'declare-end', 2).status).toBe('on-time')
      expect(expectation(e, 'disposal-report').due).toBe('2026-04-02T14:00:00+08:00')
      expect(expectation(e, 'tracking-report').status).toBe('not-applicable')
    })
    it('probe (cause 4): after a rise to major, the retail department cannot end handling; the chart and the ledger agree', () => {
      const up = scenario(PLAN, [
        { at: '0m', event: 'leak.discovered', data: { customers: 50, sensitive: false, branchTier: 'outlet' } },
        { at: '2h', event: 'leak.scope-updated', data: { customers: 1500 } },
        { at: '10d', event: 'incident.closed' },
      ])
      const e = evaluate(up, { actions: [a(up, '3h', 'incident-unit', 'contain-leak'), a(up, '4h', 'incident-unit', 'notify-customers'), a(up, '5h', 'retail-dept', 'declare-end')] })
      expect(expectation(e, 'declare-end').status).not.toBe('on-time')
      expect(expectation(e, 'disposal-report').due).toBe('2026-04-12T09:00:00+08:00')
    })
  })

  describe('L7: a fortnightly tracking series keeps its cadence across a rise (第十二条(二)(三) 「每两周」)', () => {
    it('general → significant at day 13 keeps the report due at day 14', () => {
      const s = scenario(PLAN, [
        { at: '0m', event: 'leak.discovered', data: { customers: 80, sensitive: false, branchTier: 'outlet' } },
        { at: '13d', event: 'leak.scope-updated', data: { customers: 150 } },
        { at: '30d', event: 'incident.closed' },
      ])
      expect(occurrences(evaluate(s), 'tracking-report').map((x) => x.due)).toEqual(['2026-03-16T09:00:00+08:00', '2026-03-30T09:00:00+08:00'])
    })
    it('significant → major at day 10 still owes the report pending at day 14, then weekly', () => {
      const s = scenario(PLAN, [
        { at: '0m', event: 'leak.discovered', data: { customers: 150, sensitive: false, branchTier: 'outlet' } },
        { at: '10d', event: 'leak.scope-updated', data: { customers: 1500 } },
        { at: '22d', event: 'incident.closed' },
      ])
      expect(occurrences(evaluate(s), 'tracking-report').map((x) => x.due)).toEqual(['2026-03-16T09:00:00+08:00', '2026-03-23T09:00:00+08:00'])
    })
  })

  it('L8: the notice to newly found customers cites the level\'s own step 4 and pr-cil-17', () => {
    const s = scenario(PLAN, [
      { at: '0m', event: 'leak.discovered', data: { customers: 50, sensitive: false, branchTier: 'outlet' } },
      { at: '2h', event: 'leak.scope-updated', data: { customers: 80 } },
      { at: '10d', event: 'incident.closed' },
    ])
    const x = expectation(evaluate(s), 'notify-new-customers')
    expect(x.clause).toBe('001 第十三条(三)4; pr-cil-17')
    expect(customerInfoLeakPlan.expectations.find((y) => y.id === 'notify-new-customers')?.projectRules).toContain('pr-cil-17')
  })

  describe('L9: re-grading is a project rule, owed only when an update raises the level, and not critical', () => {
    it('an update that changes nothing owes no re-grade', () => {
      const s = scenario(PLAN, [
        { at: '0m', event: 'leak.discovered', data: { customers: 50, sensitive: false, branchTier: 'outlet' } },
        { at: '2h', event: 'leak.scope-updated', data: { customers: 50 } },
        { at: '10d', event: 'incident.closed' },
      ])
      expect(occurrences(evaluate(s), 'reclassify-level')).toHaveLength(0)
    })
    it('a rise owes it within 1h, cited as pr-cil-17 (project rule), not critical', () => {
      const s = scenario(PLAN, [
        { at: '0m', event: 'leak.discovered', data: { customers: 50, sensitive: false, branchTier: 'outlet' } },
        { at: '2h', event: 'leak.scope-updated', data: { customers: 150 } },
        { at: '10d', event: 'incident.closed' },
      ])
      expect(expectation(evaluate(s), 'reclassify-level')).toMatchObject({ critical: false, clause: 'pr-cil-17 (project rule, not in source)', due: '2026-03-02T12:00:00+08:00' })
    })
  })

  describe('L10: every listed recipient must have the report (第十二条 「同时提交」)', () => {
    it('a major emergency report sent to the retail department only is incomplete, naming the missing recipients', () => {
      const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
      const e = evaluate(s, { actions: [a(s, '10m', 'responsible-unit', 'classify-incident'), a(s, '1h', 'responsible-unit', 'emergency-report', { to: ['retail-dept'] })] })
      expect(expectation(e, 'emergency-report')).toMatchObject({ status: 'incomplete', missingRecipients: ['branch-leadership', 'related-depts'] })
    })
    it('the general-level disposal report goes to the superior retail department and related departments; copying the branch retail department is allowed (pr-cil-11)', () => {
      const s = scenario(PLAN, [{ at: '0m', event: 'leak.discovered', data: { customers: 80, sensitive: false, branchTier: 'outlet' } }, { at: '3d', event: 'incident.closed' }])
      const wrong = evaluate(s, { actions: [a(s, '4d', 'responsible-unit', 'disposal-report', { to: OTHER_TO })] })
      expect(expectation(wrong, 'disposal-report')).toMatchObject({ status: 'incomplete', missingRecipients: ['superior-retail-dept'] })
      const right = evaluate(s, { actions: [a(s, '4d', 'responsible-unit', 'disposal-report', { to: ['superior-retail-dept', 'related-depts', 'retail-dept'] })] })
      expect(expectation(right, 'disposal-report').status).toBe('on-time')
    })
  })

  it('L11: grading a 1,200-customer leak as general is the wrong level (第四条(二), 第八条)', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: false }))
    const e = evaluate(s, { actions: [a(s, '10m', 'responsible-unit', 'classify-incident', { level: 'general' })] })
    expect(expectation(e, 'classify-level')).toMatchObject({ status: 'wrong-level', declaredLevel: 'general' })
  })

  it('L12: report contents (第十一条) are not scored, and the reports say so (pr-cil-20)', () => {
    for (const id of ['emergency-report', 'tracking-report', 'disposal-report']) {
      expect(customerInfoLeakPlan.expectations.find((x) => x.id === id)?.projectRules, id).toContain('pr-cil-20')
    }
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const e = evaluate(s, { actions: [a(s, '10m', 'responsible-unit', 'classify-incident'), a(s, '1h', 'responsible-unit', 'emergency-report', { to: MAJOR_TO })] })
    expect(expectation(e, 'emergency-report').status).toBe('on-time')
  })

  it('L13: customers told 30 min after discovery, before the leadership meeting, are told on time (第十三条 step 4 has no 「根据处置方案」)', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const e = evaluate(s, {
      actions: [a(s, '10m', 'responsible-unit', 'classify-incident'), a(s, '30m', 'incident-unit', 'notify-customers'), a(s, '1h', 'responsible-unit', 'emergency-report'), a(s, '2h', 'branch-leadership', 'approve-handling-plan')],
    })
    expect(expectation(e, 'notify-customers').status).toBe('on-time')
  })

  it('L14: at the general level the retail department handles; a plan by the leadership group is the wrong role (第十三条(三))', () => {
    const s = scenario(PLAN, discovered({ customers: 80, sensitive: false, branchTier: 'outlet' }))
    const e = evaluate(s, { actions: [a(s, '10m', 'responsible-unit', 'classify-incident'), a(s, '1h', 'responsible-unit', 'emergency-report'), a(s, '2h', 'branch-leadership', 'approve-handling-plan')] })
    expect(expectation(e, 'handling-plan')).toMatchObject({ status: 'wrong-role', doneBy: 'branch-leadership' })
  })

  it('L15: the group leader acts for the leadership group (第五条 「领导小组组长由分行零售业务分管行长担任」)', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const e = evaluate(s, {
      actions: [
        a(s, '10m', 'responsible-unit', 'classify-incident'),
        a(s, '1h', 'responsible-unit', 'emergency-report'),
        a(s, '2h', 'branch-leadership-lead', 'approve-handling-plan'),
        a(s, '3h', 'incident-unit', 'contain-leak'),
        a(s, '4h', 'incident-unit', 'notify-customers'),
        a(s, '5h', 'branch-leadership-lead', 'declare-end'),
      ],
    })
    expect(expectation(e, 'handling-plan')).toMatchObject({ status: 'on-time', doneBy: 'branch-leadership-lead' })
    expect(expectation(e, 'declare-end').status).toBe('on-time')
    expect(expectation(e, 'disposal-report').due).toBe('2026-04-02T14:00:00+08:00')
  })

  it('L16: grading by the retail department is accepted, and marked as the project rule pr-cil-19', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const e = evaluate(s, { actions: [a(s, '10m', 'retail-dept', 'classify-incident')] })
    expect(expectation(e, 'classify-level').status).toBe('on-time')
    expect(customerInfoLeakPlan.expectations.find((x) => x.id === 'classify-level')?.projectRules).toContain('pr-cil-19')
  })

  it('L17: aftercare has no predecessor (第十四条(三))', () => {
    const s = scenario(PLAN, discovered({ customers: 1200, sensitive: true }))
    const e = evaluate(s, { actions: [a(s, '1h', 'related-depts', 'guide-aftercare')] })
    expect(expectation(e, 'aftercare').status).toBe('on-time')
  })

  it('L18: two or more directly-administered branches → significant is marked pr-cil-01 (one is named in both 第九条 and 第十条)', () => {
    const rule = customerInfoLeakPlan.severity.rules.find((r) => JSON.stringify(r.when).includes('branchCount'))
    expect(rule?.projectRule).toBe('pr-cil-01')
  })

  describe('L19: reporting to the superior branch applies at every level (第十四条(二)2 「根据事件级别」)', () => {
    it('a significant incident reported to the superior branch and escalated to the leadership group credits each', () => {
      const s = scenario(PLAN, discovered({ customers: 150, sensitive: false, branchTier: 'outlet' }))
      const e = evaluate(s, {
        actions: [
          a(s, '10m', 'responsible-unit', 'classify-incident'),
          a(s, '1h', 'responsible-unit', 'emergency-report'),
          a(s, '2h', 'retail-dept', 'escalate', { to: ['branch-leadership'] }),
          a(s, '3h', 'retail-dept', 'report-status', { to: ['superior-retail-dept'] }),
        ],
      })
      expect(expectation(e, 'escalate-to-leadership')).toMatchObject({ status: 'on-time', clause: '001 第十二条(二), 第十三条(二)' })
      expect(expectation(e, 'escalate-to-superior')).toMatchObject({ status: 'on-time', clause: '001 第十四条(二)2' })
    })
    it('after general → significant, an escalation to the leadership group is not taken for the superior one', () => {
      const s = scenario(PLAN, [
        { at: '0m', event: 'leak.discovered', data: { customers: 80, sensitive: false, branchTier: 'outlet' } },
        { at: '3h', event: 'leak.scope-updated', data: { customers: 150 } },
        { at: '10d', event: 'incident.closed' },
      ])
      const e = evaluate(s, { actions: [a(s, '10m', 'responsible-unit', 'classify-incident'), a(s, '1h', 'responsible-unit', 'emergency-report'), a(s, '4h', 'retail-dept', 'escalate', { to: ['branch-leadership'] })] })
      expect(expectation(e, 'escalate-to-leadership').status).toBe('on-time')
      expect(expectation(e, 'escalate-to-superior').status).toBe('not-applicable')
    })
  })

  describe('L20: one list of sensitive fields for grading and for checking the facts (pr-cil-03)', () => {
    it('is not a scenario parameter', () => {
      expect(() => scenario(PLAN, discovered({ customers: 10, sensitive: false }), { params: { sensitiveFields: ['phone'] } })).toThrow(/sensitiveFields/)
    })
    it('grades a phone-number leak general, and refuses to call it sensitive', () => {
      expect(evaluate(scenario(PLAN, discovered({ customers: 10, sensitive: false, fields: ['phone'] }))).severity).toBe('general')
      expect(() => scenario(PLAN, discovered({ customers: 10, sensitive: true, fields: ['phone'] }))).toThrow(/sensitive/)
    })
  })
})

describe('shipped scenarios under the autopilots', () => {
  const mine = shipped().filter((x) => x.scenario.plan === PLAN)
  // The shared expectScoringContract also requires that a late run leave no required step not applicable; here the
  // late autopilot never declares the end (it has no deadline), so the scenario's incident.closed discharges it (the
  // end was a fact, L6). Same assertions otherwise; the discharged end is the one exception (reported to the lead).
  test.for(mine.map((x) => ({ id: x.scenario.id, s: x.scenario })))('$id: perfect 100 (P), none 0 (U), late in between', ({ s }) => {
    const perfect = evaluate(s, { autopilot: 'perfect' })
    const late = evaluate(s, { autopilot: 'late' })
    const none = evaluate(s, { autopilot: 'none' })
    expect(perfect).toMatchObject({ score: 100, rating: 'P' })
    expect(none).toMatchObject({ score: 0, rating: 'U' })
    expect(late.score).toBeGreaterThan(none.score)
    expect(late.score).toBeLessThan(perfect.score)
    expect(late.expectations.filter((x) => x.status === 'not-applicable' && x.occurrence > 0 && !x.optional && x.dischargedBy === null)).toEqual([])
  })
})
