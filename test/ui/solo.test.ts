/** Solo practice as one role, as the practice screen runs it: saved, resumed with its role, scored and kept with `playedAs`. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { drillLogic, selectDrillView, simTime } from '../../src/engine/index.ts'
import type { ActionId, LevelId, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { closeDb, createDrillSaver, DB_NAME, DEFAULT_SETTINGS, finishDrill, getEvaluation, loadDrill, pageEvaluations } from '../../src/ui/store.ts'
import { shipped } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
const leak = shipped().find((s) => s.scenario.id === 'leak-1200')?.scenario
if (!plan || !leak) throw new Error('leak-1200 missing')
const role = 'responsible-unit' as RoleId

beforeEach(async () => {
  closeDb()
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(DB_NAME)
    r.onsuccess = () => resolve()
    r.onerror = () => reject(r.error)
  })
})
afterEach(() => closeDb())

describe('solo practice as one role', () => {
  it('saves the role in the record; a resumed drill takes it from there, whatever the screen passes', async () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: leak, playedAs: role } }).start()
    actor.send({ type: 'drill.advance', to: simTime(30 * 60_000) })
    actor.send({ type: 'drill.act', role, action: 'classify-incident' as ActionId, level: 'major' as LevelId })
    const saver = createDrillSaver((e) => { throw e })
    saver.save({ key: leak.id, record: actor.getSnapshot().context.record, settings: { ...DEFAULT_SETTINGS, role }, savedAt: 'now' })
    await saver.flush()
    const saved = await loadDrill(leak.id)
    expect(saved?.record.playedAs).toBe(role)
    expect(saved?.record.actions).toEqual([expect.objectContaining({ role, action: 'classify-incident', level: 'major' })])

    const resumed = createActor(drillLogic, { input: { plan, scenario: leak, ...(saved ? { resume: saved.record } : {}) } }).start()
    const c = resumed.getSnapshot().context
    expect(c.record.playedAs).toBe(role)
    expect(selectDrillView(c.session, { playedAs: role })).toEqual(selectDrillView(actor.getSnapshot().context.session, { playedAs: role }))
  })

  it('the kept evaluation says who was played and which rows were not scored', async () => {
    const actor = createActor(drillLogic, { input: { plan, scenario: leak, playedAs: role, participants: ['Alice'] } }).start()
    actor.send({ type: 'drill.advance', to: simTime(30 * 60_000) })
    actor.send({ type: 'drill.act', role, action: 'classify-incident' as ActionId })
    actor.send({ type: 'drill.finish' })
    const e = actor.getSnapshot().context.evaluation
    if (!e) throw new Error('not scored')
    await finishDrill(leak.id, e, '2026-12-01T00:00:00Z')
    const kept = (await getEvaluation(e.id))?.evaluation
    expect(kept?.playedAs).toBe(role)
    expect(kept?.upgradedFrom).toBeUndefined()
    const notScored = kept?.expectations.filter((x) => !x.scored) ?? []
    expect(notScored.length).toBeGreaterThan(0)
    for (const x of notScored) expect(x.roles).not.toContain(role)
    expect((await pageEvaluations({ offset: 0, limit: 10 })).items[0]?.evaluation.playedAs).toBe(role)
    expect(await loadDrill(leak.id)).toBeUndefined()
  })
})
