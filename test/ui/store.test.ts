/** The browser store on a real IndexedDB implementation (fake-indexeddb): saving drills, keeping and importing evaluations. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAutopilot, evaluationBundle, runDrill, score } from '../../src/engine/index.ts'
import type { DrillRecord, Evaluation } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { closeDb, createDrillSaver, DB_NAME, DEFAULT_SETTINGS, finishDrill, getEvaluation, importEvaluationFiles, listEvaluations, loadDrill } from '../../src/ui/store.ts'
import { shipped } from '../helpers.ts'

function evaluationOf(id: string, policy: 'perfect' | 'late' | 'none'): Evaluation {
  const s = shipped().find((x) => x.scenario.id === id)?.scenario
  const plan = plans.get('customer-info-leak')
  if (!s || !plan) throw new Error(`${id} missing`)
  return score(runDrill(plan, s, { autopilot: createAutopilot(policy) }))
}

const record = (now: number): DrillRecord => ({ scenarioId: 'leak-1200', planId: 'customer-info-leak', now: now as DrillRecord['now'], actions: [], participants: [], ended: false })

beforeEach(async () => {
  closeDb()
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(DB_NAME)
    r.onsuccess = () => resolve()
    r.onerror = () => reject(r.error)
  })
})
afterEach(() => closeDb())

describe('drill saver', () => {
  it('writes in order and ends with the newest state, however fast states come', async () => {
    const saver = createDrillSaver((e) => { throw e })
    for (let t = 0; t <= 100; t++) saver.save({ key: 'leak-1200', record: record(t * 60_000), settings: DEFAULT_SETTINGS, savedAt: `t${t}` })
    await saver.flush()
    expect((await loadDrill('leak-1200'))?.record.now).toBe(100 * 60_000)
  })

  it('writes nothing after stop (a finished drill is not brought back)', async () => {
    const saver = createDrillSaver((e) => { throw e })
    saver.stop()
    saver.save({ key: 'leak-1200', record: record(1), settings: DEFAULT_SETTINGS, savedAt: 'x' })
    await saver.flush()
    expect(await loadDrill('leak-1200')).toBeUndefined()
  })
})

describe('evaluations', () => {
  it('finishing keeps the evaluation and removes the drill in progress in one step', async () => {
    const saver = createDrillSaver((e) => { throw e })
    saver.save({ key: 'leak-1200', record: record(5), settings: DEFAULT_SETTINGS, savedAt: 'x' })
    await saver.flush()
    const e = evaluationOf('leak-1200', 'late')
    await finishDrill('leak-1200', e, '2026-11-25T00:00:00Z')
    expect(await loadDrill('leak-1200')).toBeUndefined()
    expect((await getEvaluation(e.id))?.evaluation).toEqual(e)
  })

  it('imports good files, keeps what is already there, and refuses a bad file whole with its problems named', async () => {
    const perfect = evaluationOf('leak-1200', 'perfect')
    const late = evaluationOf('phishing-upgrade', 'late')
    await finishDrill('leak-1200', perfect, 'then')
    const changed = { ...perfect, score: 3 }
    const badRating = { ...late, rating: 'Z' }
    const results = await importEvaluationFiles([
      { name: 'bundle.json', text: evaluationBundle([changed, late]) },
      { name: 'bad.json', text: JSON.stringify([evaluationOf('misdirected-email-general', 'none'), badRating]) },
      { name: 'broken.json', text: '{' },
      { name: 'foreign.json', text: JSON.stringify({ ...late, schema: 'plandrill/evaluation@9' }) },
    ], 'now')
    expect(results[0]).toEqual({ file: 'bundle.json', added: [late.id], kept: [perfect.id], problems: [] })
    expect(results[1]?.added).toEqual([])
    expect(results[1]?.problems.join('\n')).toContain('bad.json: [1].rating')
    expect(results[2]?.problems.join('\n')).toMatch(/^broken\.json: not valid JSON/)
    expect(results[3]?.problems.join('\n')).toContain('foreign.json: schema: is "plandrill/evaluation@9"')
    const all = await listEvaluations()
    expect(all.map((s) => s.id).sort()).toEqual([perfect.id, late.id].sort())
    expect((await getEvaluation(perfect.id))?.evaluation.score).toBe(perfect.score)
  })
})

describe('schema upgrade', () => {
  it('upgrades a version-1 database to the current version with every drill, evaluation and variant kept', async () => {
    const { DB_VERSION, getConsole, createConsoleSaver, pageEvaluations } = await import('../../src/ui/store.ts')
    expect(DB_VERSION).toBe(3)
    // A browser that last ran the version-1 app.
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(DB_NAME, 1)
      r.onupgradeneeded = () => {
        const d = r.result
        d.createObjectStore('drills', { keyPath: 'key' }).put({ key: 'leak-1200', record: record(5 * 60_000), settings: DEFAULT_SETTINGS, savedAt: 'old' })
        const ev = d.createObjectStore('evaluations', { keyPath: 'id' })
        ev.createIndex('byPlan', 'planId')
        ev.createIndex('byStart', 'startedAt')
        const e = evaluationOf('leak-1200', 'perfect')
        ev.put({ id: e.id, planId: e.plan.id, startedAt: e.startedAt, savedAt: 'old', origin: 'practice', evaluation: e })
        d.createObjectStore('variants', { keyPath: 'id' })
      }
      r.onsuccess = () => {
        r.result.close()
        resolve()
      }
      r.onerror = () => reject(r.error)
    })
    expect((await loadDrill('leak-1200'))?.record.now).toBe(5 * 60_000)
    expect(await listEvaluations()).toHaveLength(1)
    // The index added in version 3 covers the evaluations kept before the upgrade.
    expect((await pageEvaluations({ plan: 'customer-info-leak', offset: 0, limit: 10 })).matching).toBe(1)
    const saver = createConsoleSaver((e) => { throw e })
    const c = { id: 'c1', scenarioId: 'leak-1200', drill: { console: { schema: 'plandrill/console@1', id: 'c1', scenarioId: 'leak-1200', planId: 'customer-info-leak', title: 't', teams: [], actions: [], decisions: [], createdAt: 'x' }, now: 0, interventions: [], ended: false }, speed: 60, createdAt: 'x', updatedAt: 'x' } as const
    saver.save(c as never)
    await saver.flush()
    expect((await getConsole('c1'))?.scenarioId).toBe('leak-1200')
  })
})

describe('paged history', () => {
  it('reads one page at a time, newest first, filtered by plan and local day, with the counts', async () => {
    const { pageEvaluations, evaluationPlans } = await import('../../src/ui/store.ts')
    const base = evaluationOf('leak-1200', 'late')
    const days = ['2026-01-05', '2026-02-10', '2026-03-15', '2026-04-20', '2026-05-25']
    const make = (i: number, plan: string): Evaluation => ({ ...base, id: `e${i}`, plan: { ...base.plan, id: plan }, startedAt: `${days[i % days.length]}T09:0${i % 10}:00+08:00` })
    const all = Array.from({ length: 25 }, (_, i) => make(i, i % 3 === 0 ? 'payment-outsourcing' : 'customer-info-leak'))
    await importEvaluationFiles([{ name: 'all.json', text: evaluationBundle(all) }], 'now')
    const first = await pageEvaluations({ offset: 0, limit: 10 })
    expect({ n: first.items.length, matching: first.matching, all: first.all }).toEqual({ n: 10, matching: 25, all: 25 })
    const starts = first.items.map((i) => i.startedAt)
    expect(starts).toEqual([...starts].sort().reverse())
    const last = await pageEvaluations({ offset: 20, limit: 10 })
    expect(last.items).toHaveLength(5)
    expect(new Set([...first.items, ...(await pageEvaluations({ offset: 10, limit: 10 })).items, ...last.items].map((i) => i.id)).size).toBe(25)
    const po = await pageEvaluations({ plan: 'payment-outsourcing', offset: 0, limit: 100 })
    expect(po.matching).toBe(all.filter((e) => e.plan.id === 'payment-outsourcing').length)
    expect(po.items.every((i) => i.planId === 'payment-outsourcing')).toBe(true)
    const feb = await pageEvaluations({ from: '2026-02-10', to: '2026-03-15', offset: 0, limit: 100 })
    expect(feb.items.map((i) => i.startedAt.slice(0, 10)).sort()).toEqual(all.map((e) => e.startedAt.slice(0, 10)).filter((d) => d >= '2026-02-10' && d <= '2026-03-15').sort())
    expect(await evaluationPlans()).toEqual(['customer-info-leak', 'payment-outsourcing'])
  })
})
