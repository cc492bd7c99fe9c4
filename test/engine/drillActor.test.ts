/** The drill actor: what the UI drives; a saved record replays to exactly the same drill and evaluation. */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { createAutopilot, drillLogic, runDrill, score, selectDrillView, simTime } from '../../src/engine/index.ts'
import type { ActionId, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const leak = shipped().find((s) => s.scenario.id === 'leak-1200')?.scenario
const plan = plans.get('customer-info-leak')
if (!leak || !plan) throw new Error('leak-1200 missing')

describe('drill actor', () => {
  it('gives the same evaluation as a headless run with the same actions', () => {
    const headless = runDrill(plan, leak, { autopilot: createAutopilot('perfect') })
    const expected = score(headless)
    const actor = createActor(drillLogic, { input: { plan, scenario: leak } }).start()
    for (const a of headless.actions) {
      actor.send({ type: 'drill.advance', to: a.at })
      actor.send({ type: 'drill.act', role: a.role, action: a.action })
    }
    actor.send({ type: 'drill.finish' })
    const got = actor.getSnapshot().context.evaluation
    expect(got?.score).toBe(expected.score)
    expect(got?.expectations.map((e) => e.status)).toEqual(expected.expectations.map((e) => e.status))
  })

  it('replays an action taken at the very time of an inject after that inject, as it happened live', () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: leak } }).start()
    // The inject at the start is already delivered: the participant sees it before acting.
    expect(selectDrillView(actor.getSnapshot().context.session).delivered).toHaveLength(1)
    actor.send({ type: 'drill.act', role: 'responsible-unit' as RoleId, action: 'classify-incident' as ActionId })
    const live = selectDrillView(actor.getSnapshot().context.session)
    expect(live.obligations.find((o) => o.id === 'classify-level')?.status).toBe('done')
    const saved = JSON.parse(JSON.stringify(actor.getSnapshot().context.record))
    const resumed = createActor(drillLogic, { input: { plan, scenario: leak, resume: saved } }).start()
    expect(selectDrillView(resumed.getSnapshot().context.session).obligations).toEqual(live.obligations)
  })

  it('resumes from a saved record at the same clock with the same actions', () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: leak } }).start()
    actor.send({ type: 'drill.advance', to: simTime(40 * 60_000) })
    actor.send({ type: 'drill.act', role: 'responsible-unit' as RoleId, action: 'classify-incident' as ActionId, note: '重大' })
    actor.send({ type: 'drill.next-inject' })
    const saved = JSON.parse(JSON.stringify(actor.getSnapshot().context.record))
    const resumed = createActor(drillLogic, { input: { plan, scenario: leak, resume: saved } }).start()
    const a = selectDrillView(actor.getSnapshot().context.session)
    const b = selectDrillView(resumed.getSnapshot().context.session)
    expect(b.now).toBe(a.now)
    expect(b.nowIso).toBe('2026-03-02T10:30:00+08:00')
    expect(b.obligations).toEqual(a.obligations)
    expect(b.delivered.map((i) => i.id)).toEqual(a.delivered.map((i) => i.id))
  })

  it('refuses to move the clock backwards and reports why instead of throwing', () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: leak } }).start()
    actor.send({ type: 'drill.advance', to: simTime(3_600_000) })
    actor.send({ type: 'drill.advance', to: simTime(60_000) })
    expect(actor.getSnapshot().context.session.now).toBe(3_600_000)
    actor.send({ type: 'drill.finish' })
    actor.send({ type: 'drill.act', role: 'responsible-unit' as RoleId, action: 'emergency-report' as ActionId })
    expect(actor.getSnapshot().context.error).toMatch(/ended/)
  })

  it('shows the phase and the due time of the emergency report as hints', () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: leak } }).start()
    actor.send({ type: 'drill.advance', to: simTime(60_000) })
    const view = selectDrillView(actor.getSnapshot().context.session)
    expect(view.level).toBe('major')
    expect(view.phase).toBe('initial')
    const er = view.obligations.find((o) => o.id === 'emergency-report')
    expect(er?.due).toBe(2 * 3_600_000)
  })
})
