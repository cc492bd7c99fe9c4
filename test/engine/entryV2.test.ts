/** Action log v2 from the console: recipients and a declared level are checked, kept, replayed, scored and reported. */
import { describe, expect, it } from 'vitest'
import {
  aarMarkdown, aarTables, checkEntry, consoleDrillRecord, correctAction, createConsole, draftHotwash, drillActions, formatActionLog, parseConsoleRecord,
  rebuildConsoleDrill, recordAction,
} from '../../src/engine/index.ts'
import type { AarInput, ConsoleRecord, Evaluation } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
const leak = shipped().find((s) => s.scenario.id === 'leak-1200')?.scenario
if (!plan || !leak) throw new Error('fixtures missing')
const def = plan.definition
const H = 3_600_000

function room(): ConsoleRecord {
  let c = createConsole(def, 'leak-1200', 'c1', '演练', '2026-11-25T01:00:00Z')
  c = recordAction(c, { at: 0.5 * H, role: 'responsible-unit', action: 'classify-incident', level: 'significant' }, 'w1')
  c = recordAction(c, { at: 1 * H, role: 'responsible-unit', action: 'emergency-report', to: ['retail-dept'], note: '只报了零售部' }, 'w2')
  c = recordAction(c, { at: 1.5 * H, role: 'responsible-unit', action: 'report-to-regulator', to: [], level: '' }, 'w3')
  return c
}

function scored(c: ConsoleRecord): Evaluation {
  const e = rebuildConsoleDrill(plan as NonNullable<typeof plan>, leak as NonNullable<typeof leak>, { console: c, now: 30 * H, interventions: [], ended: true }).evaluation
  if (!e) throw new Error('not scored')
  return e
}

describe('console entries with recipients and a declared level', () => {
  it('checks recipients and the level against the plan', () => {
    expect(checkEntry(def, { at: 0, role: 'responsible-unit', action: 'emergency-report', to: ['retail-dept', 'nobody'] }, H)).toEqual(['to: unknown role "nobody"'])
    expect(checkEntry(def, { at: 0, role: 'responsible-unit', action: 'classify-incident', level: 'huge' }, H)).toEqual(['level: unknown level "huge"'])
    expect(checkEntry(def, { at: 0, role: 'responsible-unit', action: 'classify-incident', level: '', to: [] }, H)).toEqual([])
  })

  it('keeps them in the record (empty ones left out), through a save and a correction, and replays them', () => {
    const c = room()
    expect(c.actions.map((a) => [a.to, a.level])).toEqual([[undefined, 'significant'], [['retail-dept'], undefined], [undefined, undefined]])
    expect(parseConsoleRecord(JSON.parse(JSON.stringify(c)), 'c.json')).toEqual(c)
    const fixed = correctAction(c, 'a2', { to: ['retail-dept', 'branch-leadership', 'related-depts'] }, '漏记了报送对象', 'w4')
    expect(fixed.actions[1]?.to).toEqual(['retail-dept', 'branch-leadership', 'related-depts'])
    const replayed = drillActions(c)
    expect(replayed.map((a) => [a.to, a.level])).toEqual([[undefined, 'significant'], [['retail-dept'], undefined], [undefined, undefined]])
    expect(consoleDrillRecord({ console: c, now: 2 * H, interventions: [], ended: false }).actions).toEqual(replayed)
  })

  it('reach the evaluation: a wrong declared level and missing recipients are scored', () => {
    const e = scored(room())
    const grading = e.expectations.find((x) => x.id === 'classify-level')
    expect(grading).toMatchObject({ status: 'wrong-level', declaredLevel: 'significant' })
    const report = e.expectations.find((x) => x.id === 'emergency-report')
    expect(report?.status).toBe('incomplete')
    expect(report?.missingRecipients).toEqual(expect.arrayContaining(['branch-leadership', 'related-depts']))
    expect(e.actions.find((a) => a.action === 'emergency-report')?.to).toEqual(['retail-dept'])
    const log = JSON.parse(formatActionLog(leak as NonNullable<typeof leak>, drillActions(room()), (t) => String(t))) as { actions: { to?: string[]; level?: string }[] }
    expect(log.actions.map((a) => [a.to, a.level])).toEqual([[undefined, 'significant'], [['retail-dept'], undefined], [undefined, undefined]])
  })
})

describe('AAR team action table carries recipients and the declared level', () => {
  const e = scored(room())
  const input = (extra: Partial<AarInput>): AarInput => ({
    evaluation: e, plan: def, scenario: leak as NonNullable<typeof leak>, hotwash: draftHotwash(e, def, 'zh', '2026-11-30'),
    exercise: { name: '演练', type: 'tabletop' }, ...extra,
  })

  it('with a console: two more columns, each row as wide as its columns', () => {
    const sheet = aarTables(input({ console: room() }), 'en').find((t) => t.id === 'actions')
    expect(sheet?.columns.slice(-2)).toEqual(['Recipients', 'Declared level'])
    for (const r of sheet?.rows ?? []) expect(r).toHaveLength(sheet?.columns.length ?? 0)
    expect(sheet?.rows.map((r) => r.slice(-2))).toEqual([[null, 'Significant'], [def.roles.find((r) => r.id === 'retail-dept')?.name.en, null], [null, null]])
    const md = aarMarkdown(input({ console: room() }), 'zh')
    expect(md).toContain('| 编号 | 时间 | 小组 | 行动 | 报送对象 | 所定级别 | 执行人 | 备注 | 状态 |')
    expect(md).toMatch(/\| a1 \| [^\n]* \| 较大 \| — \| — \| 有效 \|/)
  })

  it('without a console: from the evaluation\'s own action log', () => {
    const sheet = aarTables(input({}), 'zh').find((t) => t.id === 'actions')
    expect(sheet?.columns.slice(-2)).toEqual(['报送对象', '所定级别'])
    const row = sheet?.rows.find((r) => r[3] === def.actions.find((a) => a.id === 'emergency-report')?.name.zh)
    expect(row?.slice(-2)).toEqual([def.roles.find((r) => r.id === 'retail-dept')?.name.zh, null])
    expect(aarMarkdown(input({}), 'en')).toContain('| Time | Team | Action | Recipients | Declared level | Match | Note |')
  })
})
