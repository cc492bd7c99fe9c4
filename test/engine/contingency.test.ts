/** Contingency injects (`when:`) and the trainer's interventions: validated like the rest, deterministic on replay. */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { createAutopilot, drillLogic, InputError, loadScenario, runDrill, score, selectDrillView } from '../../src/engine/index.ts'
import type { ActionId, AdhocSpec, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { scenario, scenarioText } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
if (!plan) throw new Error('customer-info-leak missing')
const discovered = { at: '0m', event: 'leak.discovered', data: { customers: 1200, sensitive: true } }
const journalist = { at: '6h', event: 'media.inquiry', data: { outlet: 'City Evening News' }, id: 'journalist', when: { notDone: 'notify-customers' } }
const withJournalist = () => scenario('customer-info-leak', [discovered, journalist as never], { end: '40d' })

describe('contingency injects', () => {
  it('fire when the condition holds at their time, and are skipped (and say so) when it does not', () => {
    const s = withJournalist()
    const none = runDrill(plan, s)
    expect(none.delivered.map((d) => d.id)).toContain('journalist')
    expect(none.trace.some((t) => t.kind === 'inject' && t.ref === 'media.inquiry')).toBe(true)
    const perfect = runDrill(plan, s, { autopilot: createAutopilot('perfect') })
    expect(perfect.delivered.map((d) => d.id)).not.toContain('journalist')
    expect(perfect.skipped).toEqual([{ id: 'journalist', at: 6 * 3_600_000 }])
    expect(perfect.trace.some((t) => t.kind === 'skipped' && t.ref === 'media.inquiry')).toBe(true)
    // The media follow-up is owed only where the journalist actually called.
    expect(score(none).expectations.some((x) => x.id === 'media-follow-up' && x.occurrence > 0)).toBe(true)
    expect(score(perfect).expectations.some((x) => x.id === 'media-follow-up' && x.occurrence > 0)).toBe(false)
  })

  it.for([
    [{ all: [{ armed: 'emergency-report' }, { not: { done: 'emergency-report' } }] }, true],
    [{ any: [{ done: 'emergency-report' }, { action: 'contain-leak' }] }, false],
    [{ level: ['major', 'significant'] }, true],
    [{ level: 'general' }, false],
  ] as const)('evaluates %j at 6h with nobody acting → %s', ([when, fires]) => {
    const s = scenario('customer-info-leak', [discovered, { ...journalist, when } as never], { end: '40d' })
    expect(runDrill(plan, s).delivered.some((d) => d.id === 'journalist')).toBe(fires)
  })

  it.for([
    [{ notDone: 'notify-everyone' }, 'injects[1].when.notDone: unknown expectation "notify-everyone"'],
    [{ action: 'panic' }, 'injects[1].when.action: unknown action "panic"'],
    [{ level: 'catastrophic' }, 'injects[1].when.level: unknown level "catastrophic"'],
    [{ sometimes: true }, 'injects[1].when.sometimes: unknown condition "sometimes"'],
    [{ done: 'classify-level', armed: 'classify-level' }, 'injects[1].when: has 2 keys'],
    [{ all: [] }, 'injects[1].when.all: must be a non-empty list'],
    [{ any: [{ done: 'classify-level' }, { done: 7 }] }, 'injects[1].when.any[1].done: must be expectation id'],
    ['after lunch', 'injects[1].when: must be an object'],
  ] as const)('refuses when: %j naming the field', ([when, message]) => {
    const text = scenarioText('customer-info-leak', [discovered, { ...journalist, when } as never])
    expect(() => loadScenario(text, { file: 'x.yaml', plans })).toThrow(InputError)
    try {
      loadScenario(text, { file: 'x.yaml', plans })
    } catch (e) {
      const issues = (e as InputError).issues.map((i) => `${i.path}: ${i.message}`)
      expect(issues.join('\n')).toContain(message)
    }
  })
})

describe('trainer interventions', () => {
  const s = scenario('customer-info-leak', [
    discovered,
    { at: '2h', event: 'media.inquiry', data: { outlet: 'Daily' }, id: 'press' } as never,
    { at: '5h', event: 'regulator.inquiry', data: { replyBy: '4h' }, id: 'regulator' } as never,
  ], { end: '40d' })
  const adhoc: AdhocSpec = { id: 'walk-in', message: { zh: '一位客户来网点询问', en: 'A customer walks into the branch asking' }, channel: 'in-person', to: ['incident-unit'] }

  const drive = () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: s } }).start()
    actor.send({ type: 'drill.advance', to: 30 * 60_000 as never })
    actor.send({ type: 'drill.deliver', inject: 'regulator' })
    actor.send({ type: 'drill.hold', inject: 'press' })
    actor.send({ type: 'drill.act', role: 'responsible-unit' as RoleId, action: 'classify-incident' as ActionId })
    actor.send({ type: 'drill.advance', to: 3 * 3_600_000 as never })
    actor.send({ type: 'drill.adhoc', inject: adhoc })
    actor.send({ type: 'drill.advance', to: 4 * 3_600_000 as never })
    actor.send({ type: 'drill.deliver', inject: 'press' })
    return actor
  }

  it('delivers early, holds and releases, and adds ad-hoc injects, in simulated time', () => {
    const actor = drive()
    const { session, record, error } = actor.getSnapshot().context
    expect(error).toBeNull()
    expect(session.delivered.map((d) => [d.id, d.deliveredAt / 60_000, d.how])).toEqual([
      ['inject-1', 0, 'scheduled'], ['regulator', 30, 'early'], ['walk-in', 180, 'adhoc'], ['press', 240, 'released'],
    ])
    expect(record.interventions?.map((i) => [i.kind, i.afterActions])).toEqual([['deliver', 0], ['hold', 0], ['adhoc', 1], ['deliver', 1]])
    // The held inject did not arrive at 2h: nothing about the press before it was released.
    expect(session.trace.filter((t) => t.ref === 'media.inquiry').map((t) => t.at / 60_000)).toEqual([240])
  })

  it('replays the saved record to the same drill and evaluation', () => {
    const actor = drive()
    actor.send({ type: 'drill.finish' })
    const live = actor.getSnapshot().context
    const saved = JSON.parse(JSON.stringify(live.record))
    const again = createActor(drillLogic, { input: { plan, scenario: s, resume: saved } }).start().getSnapshot().context
    expect(again.session.delivered).toEqual(live.session.delivered)
    expect(JSON.stringify(again.evaluation)).toBe(JSON.stringify(live.evaluation))
    expect(selectDrillView(again.session).delivered).toHaveLength(4)
  })

  it.for([
    [{ type: 'drill.deliver', inject: 'nope' }, 'No inject "nope" is still to come'],
    [{ type: 'drill.adhoc', inject: { id: 'x', event: 'media.inquiry', data: {} } }, 'inject.data: missing required field "outlet"'],
    [{ type: 'drill.adhoc', inject: { id: 'y' } }, 'a message-only inject needs a message'],
    [{ type: 'drill.adhoc', inject: { id: 'z', event: 'alien.landing', message: { zh: '外星人', en: 'Aliens' } } }, 'inject.event: unknown event "alien.landing"'],
  ] as const)('refuses %j with a message and changes nothing', ([event, message]) => {
    const actor = createActor(drillLogic, { input: { plan, scenario: s } }).start()
    const before = actor.getSnapshot().context.record
    actor.send(event as never)
    const after = actor.getSnapshot().context
    expect(after.error).toContain(message)
    expect(after.record).toEqual(before)
  })
})

describe('message-only injects (event: message)', () => {
  it('are shown to the room and not fed to the plan', () => {
    const s = scenario('customer-info-leak', [discovered, { at: '1h', event: 'message', message: { zh: '行长办公室来电询问进展', en: 'The president\'s office asks for news' } } as never], { end: '40d' })
    const r = runDrill(plan, s)
    expect(r.delivered.map((d) => d.event)).toEqual(['leak.discovered', 'message'])
    expect(r.trace.filter((t) => t.ref === 'message').map((t) => t.state)).toEqual([r.trace.filter((t) => t.kind === 'inject')[0]?.state])
  })
  it.for([
    [{ at: '1h', event: 'message' }, 'injects[1].message: a message-only inject needs a message'],
    [{ at: '1h', event: 'message', data: { count: 3 }, message: { zh: '甲', en: 'A' } }, 'injects[1].data: a message-only inject carries no event data'],
  ] as const)('refuses %j naming the field', ([inject, message]) => {
    try {
      loadScenario(scenarioText('customer-info-leak', [discovered, inject as never]), { file: 'x.yaml', plans })
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toContain(message)
    }
  })
})

