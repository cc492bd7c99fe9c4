/** The trainer's console record: team actions with corrections and an audit trail, decisions, teams, and the replayed drill. */
import { describe, expect, it } from 'vitest'
import {
  addDecision, checkEntry, consoleParticipants, correctAction, createConsole, drillActions, isInputError, parseConsoleRecord,
  recordAction, removeAction, renameTeam, restoreDrill, runDrill, score, setParticipants, simTime,
} from '../../src/engine/index.ts'
import type { DrillRecord } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
const leak = shipped().find((s) => s.scenario.id === 'leak-1200')?.scenario
if (!plan || !leak) throw new Error('fixtures missing')
const def = plan.definition
const H = 3_600_000

function base() {
  let c = createConsole(def, 'leak-1200', 'c1', '演练', '2026-11-25T01:00:00Z')
  c = recordAction(c, { at: 0.5 * H, role: 'responsible-unit', action: 'classify-incident', by: '张三' }, 'w1')
  c = recordAction(c, { at: 3 * H, role: 'retail-dept', action: 'emergency-report', note: '电话报告' }, 'w2')
  c = recordAction(c, { at: 1 * H, role: 'responsible-unit', action: 'emergency-report' }, 'w3')
  return c
}

describe('console record', () => {
  it('has one team per role of the plan, renameable, with participants', () => {
    let c = base()
    expect(c.teams.map((t) => t.role)).toEqual(def.roles.map((r) => r.id))
    c = renameTeam(c, 'retail-dept', '零售部（A组）')
    c = setParticipants(c, 'retail-dept', [' 李四 ', '', '王五'])
    expect(c.teams.find((t) => t.role === 'retail-dept')).toMatchObject({ name: '零售部（A组）', participants: ['李四', '王五'] })
    expect(renameTeam(c, 'retail-dept', '  ').teams.find((t) => t.role === 'retail-dept')?.name).toBe('零售部（A组）')
    expect(consoleParticipants(c)).toEqual(['李四', '王五'])
  })

  it('replays team actions in time order, whatever order they were logged in', () => {
    expect(drillActions(base()).map((a) => a.at)).toEqual([0.5 * H, 1 * H, 3 * H])
  })

  it('corrections and removals keep the entry, what it was, when and why', () => {
    let c = base()
    c = correctAction(c, 'a2', { role: 'responsible-unit', at: 1.5 * H }, '记录时选错了部门', 'w4')
    c = removeAction(c, 'a3', '重复记录', 'w5')
    const a2 = c.actions.find((a) => a.id === 'a2')
    expect(a2).toMatchObject({ role: 'responsible-unit', at: 1.5 * H, note: '电话报告' })
    expect(a2?.audit.map((x) => x.change)).toEqual(['recorded', 'corrected'])
    expect(a2?.audit[1]).toMatchObject({ reason: '记录时选错了部门', when: 'w4', before: { role: 'retail-dept', at: 3 * H } })
    expect(c.actions.find((a) => a.id === 'a3')).toMatchObject({ removed: true })
    expect(drillActions(c).map((a) => `${a.at / H}:${a.role}`)).toEqual(['0.5:responsible-unit', '1.5:responsible-unit'])
  })

  it('the drill rebuilt from the record scores exactly as a headless run of the same actions', () => {
    let c = correctAction(base(), 'a2', { role: 'responsible-unit' }, 'fix', 'w')
    c = removeAction(c, 'a3', 'dup', 'w')
    const actions = drillActions(c)
    const record: DrillRecord = { scenarioId: leak.id, planId: def.id, now: simTime(4 * H), actions, participants: [], ended: true }
    const live = restoreDrill({ plan, scenario: leak, resume: record }).evaluation
    const headless = score(runDrill(plan, leak, { actions }))
    expect(live?.expectations.map((e) => [e.id, e.status])).toEqual(headless.expectations.map((e) => [e.id, e.status]))
    expect(live?.score).toBe(headless.score)
  })

  it('checks entries against the plan and the clock', () => {
    expect(checkEntry(def, { at: H, role: 'responsible-unit', action: 'classify-incident' }, 2 * H)).toEqual([])
    expect(checkEntry(def, { at: 3 * H, role: 'nobody', action: 'fly' }, 2 * H)).toEqual([
      'role: unknown role "nobody"', 'action: unknown action "fly"', 'at: cannot be later than the drill clock',
    ])
    expect(checkEntry(def, { at: -1, role: 'responsible-unit', action: 'classify-incident' }, 0)).toEqual(['at: must be at or after the start of the drill'])
  })

  it('keeps a decision log with rationale', () => {
    const c = addDecision(base(), { at: 2 * H, decision: '启动重大事件响应', rationale: '涉及1,200名客户且含敏感信息', by: 'branch-leadership', when: 'w' })
    expect(c.decisions).toEqual([{ id: 'd1', at: 2 * H, decision: '启动重大事件响应', rationale: '涉及1,200名客户且含敏感信息', by: 'branch-leadership', when: 'w' }])
  })

  it('a saved record reads back; a damaged one is refused with field paths', () => {
    const c = base()
    expect(parseConsoleRecord(JSON.parse(JSON.stringify(c)), 'x')).toEqual(c)
    try {
      parseConsoleRecord({ ...c, actions: [{ ...c.actions[0], at: -5 }] }, 'saved.json')
      expect.unreachable()
    } catch (e) {
      expect(isInputError(e) && e.message).toContain('saved.json: actions[0].at')
    }
  })
})
