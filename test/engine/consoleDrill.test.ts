/** The console's drill is rebuilt from its record: entries logged late or corrected score as if logged live. */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { consoleDrillRecord, correctAction, createConsole, drillLogic, presentView, rebuildConsoleDrill, recordAction, removeAction, setParticipants } from '../../src/engine/index.ts'
import type { ActionId, ConsoleDrill, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const scenario = shipped().find((s) => s.scenario.id === 'vendor-outage')?.scenario
const plan = plans.get('payment-outsourcing')
if (!scenario || !plan) throw new Error('vendor-outage missing')
const H = 3_600_000
const M = 60_000

const base = (): ConsoleDrill => {
  const c = setParticipants(createConsole(plan.definition, scenario.id, 'c1', 'Tabletop', '2026-12-01T10:00:00Z'), 'on-site-staff', ['张三'])
  return { console: c, now: 0, interventions: [], ended: false }
}

describe('console drill', () => {
  it('scores an entry logged later at an earlier time exactly as one logged live', () => {
    // Live: the drill actor, acting at 10 min.
    const live = createActor(drillLogic, { input: { plan, scenario, participants: ['张三'] } }).start()
    live.send({ type: 'drill.advance', to: 10 * M as never })
    live.send({ type: 'drill.act', role: 'on-site-staff' as RoleId, action: 'report-incident' as ActionId })
    live.send({ type: 'drill.advance', to: 2 * H as never })
    live.send({ type: 'drill.finish' })
    // Console: the trainer logs it at 1h, stamped 10 min.
    const d = base()
    const logged = { ...d, console: recordAction(d.console, { at: 10 * M, role: 'on-site-staff', action: 'report-incident' }, 'w1'), now: 2 * H, ended: true }
    const rebuilt = rebuildConsoleDrill(plan, scenario, logged)
    expect(JSON.stringify(rebuilt.evaluation)).toBe(JSON.stringify(live.getSnapshot().context.evaluation))
  })

  it('follows corrections and removals (the audit trail stays in the console record)', () => {
    let c = recordAction(base().console, { at: 10 * M, role: 'command-office', action: 'report-incident' }, 'w1')
    const wrong = rebuildConsoleDrill(plan, scenario, { ...base(), console: c, now: H, ended: true })
    expect(wrong.evaluation?.expectations.find((x) => x.id === 'report-to-office')?.status).toBe('wrong-role')
    c = correctAction(c, 'a1', { role: 'on-site-staff' }, 'the site staff reported it, not the office', 'w2')
    const fixed = rebuildConsoleDrill(plan, scenario, { ...base(), console: c, now: H, ended: true })
    expect(fixed.evaluation?.expectations.find((x) => x.id === 'report-to-office')?.status).toBe('on-time')
    c = removeAction(c, 'a1', 'logged twice', 'w3')
    const removed = rebuildConsoleDrill(plan, scenario, { ...base(), console: c, now: H, ended: true })
    expect(removed.evaluation?.expectations.find((x) => x.id === 'report-to-office')?.status).toBe('missed')
    expect(c.actions[0]?.audit.map((a) => a.change)).toEqual(['recorded', 'corrected', 'removed'])
  })

  it('orders interventions among actions by time, whatever order they were logged in', () => {
    const d = base()
    const c = recordAction(d.console, { at: 30 * M, role: 'on-site-staff', action: 'report-incident' }, 'w')
    const withIv: ConsoleDrill = { ...d, console: c, now: H, interventions: [{ kind: 'hold', at: 5 * M, inject: 'inject-2' }, { kind: 'deliver', at: 50 * M, inject: 'inject-2' }] }
    const r = consoleDrillRecord(withIv)
    expect(r.interventions?.map((i) => [i.kind, i.afterActions])).toEqual([['hold', 0], ['deliver', 1]])
    const s = rebuildConsoleDrill(plan, scenario, withIv).session
    expect(s.delivered.find((x) => x.id === 'inject-2')).toMatchObject({ deliveredAt: 50 * M, how: 'released' })
  })

  it('shows the projector the clock, phase and delivered injects, never expected responses', () => {
    const state = rebuildConsoleDrill(plan, scenario, { ...base(), now: 45 * M })
    const v = presentView(state, 'c1', true, 60)
    expect(v.injects.map((i) => i.id)).toEqual(state.session.delivered.map((d) => d.id))
    expect(v.nowIso).toBe('2026-03-10T09:45:00+08:00')
    expect(v.level?.id).toBe('red')
    const text = JSON.stringify(v)
    for (const e of plan.definition.expectations) expect(text).not.toContain(e.text.en)
  })
})
