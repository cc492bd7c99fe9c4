/** Engine pieces the browser relies on: the evaluation file schema, the action palette, Markdown export, the chart graph. */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import {
  actionFields, actionPalette, AUTOPILOT_POLICIES, drillLogic, selectDrillView, simTime, createAutopilot, evaluationBundle, evaluationMarkdown, isInputError, matchesAction, md,
  parseEvaluationFile, planGraph, runDrill, score, stateNodeIds, summarizeScenario,
} from '../../src/engine/index.ts'
import type { ActionId, Evaluation, LevelId, RoleId } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { buildCatalogIndex } from '../../src/build/catalogIndex.ts'
import { ROOT, shipped } from '../helpers.ts'
import { join } from 'node:path'

const all = shipped()
const evaluations: Evaluation[] = all.flatMap(({ scenario }) => {
  const plan = plans.get(scenario.plan)
  if (!plan) return []
  return AUTOPILOT_POLICIES.map((p) => score(runDrill(plan, scenario, { autopilot: createAutopilot(p, 3) })))
})

function problems(text: string, file = 'f.json'): string[] {
  try {
    parseEvaluationFile(text, file)
    return []
  } catch (e) {
    if (!isInputError(e)) throw e
    return e.issues.map((i) => `${i.path}: ${i.message}`)
  }
}

describe('evaluation files', () => {
  it('every evaluation the scorer writes reads back unchanged, alone, in a list and in a bundle', () => {
    for (const e of evaluations) expect(parseEvaluationFile(JSON.stringify(e), 'x.json')).toEqual([e])
    expect(parseEvaluationFile(JSON.stringify(evaluations), 'x.json')).toEqual(evaluations)
    expect(parseEvaluationFile(evaluationBundle(evaluations), 'x.json').map((e) => e.id).sort()).toEqual(evaluations.map((e) => e.id).sort())
  })

  it('the bundle is the same whatever the order of the history', () => {
    expect(evaluationBundle([...evaluations].reverse())).toBe(evaluationBundle(evaluations))
  })

  const base = evaluations[0] as Evaluation
  it.for([
    ['not JSON', '{"a":', ': not valid JSON'],
    ['empty list', '[]', ': holds no evaluations'],
    ['other schema version', JSON.stringify({ ...base, schema: 'plandrill/evaluation@9' }), 'schema: is "plandrill/evaluation@9"'],
    ['score out of range', JSON.stringify({ ...base, score: 140 }), 'score: '],
    ['unknown rating', JSON.stringify({ ...base, rating: 'X' }), 'rating: '],
    ['bad date', JSON.stringify({ ...base, startedAt: '2026-13-01T00:00:00+08:00' }), 'startedAt: not an ISO date-time'],
    ['hostile id', JSON.stringify({ ...base, id: '<script>alert(1)</script>' }), 'id: letters, digits'],
    ['missing findings', JSON.stringify({ ...base, findings: undefined }), 'findings: '],
    ['duplicate ids', JSON.stringify([base, base]), `evaluation id "${base.id}" appears 2 times`],
    ['bad status in a bundle', evaluationBundle([{ ...base, expectations: [{ ...base.expectations[0], status: 'done' }] } as unknown as Evaluation]), 'evaluations[0].expectations[0].status'],
  ] as const)('%s is refused, naming the field', ([, text, expected]) => {
    expect(problems(text).join('\n')).toContain(expected)
  })
})

describe('action palette', () => {
  for (const id of plans.ids()) {
    const def = plans.get(id)?.definition
    if (!def) continue
    it(`${id}: every action appears exactly once, in the phase of its first use`, () => {
      const p = actionPalette(def)
      const ids = [...p.groups.flatMap((g) => g.actions), ...p.other].map((a) => a.id)
      expect([...ids].sort()).toEqual(def.actions.map((a) => a.id).sort())
      for (const g of p.groups) for (const a of g.actions) {
        const phases = def.expectations.filter((x) => x.action === a.id).map((x) => x.phase)
        expect(phases).toContain(g.phase)
      }
    })
  }
  it('search matches Chinese and English names, ids and clauses, case-insensitively', () => {
    const def = plans.get('customer-info-leak')?.definition
    if (!def) throw new Error('missing plan')
    const all = actionPalette(def).groups.flatMap((g) => g.actions)
    const report = all.find((a) => a.id === 'emergency-report')
    if (!report) throw new Error('no emergency-report action')
    for (const q of ['紧急报告', 'EMERGENCY', 'emergency-report', '第十二条', '']) expect(matchesAction(report, q)).toBe(true)
    expect(matchesAction(report, '媒体')).toBe(false)
  })
})

describe('Markdown export', () => {
  it('escapes participants’ text so notes cannot inject markup or break tables', () => {
    expect(md('a|b <script>x</script> *y* [l](http://e)\nnext')).toBe('a\\|b \\<script\\>x\\</script\\> \\*y\\* \\[l\\]\\(http://e\\) next')
  })
  it('has every armed requirement, finding and action, in both languages', () => {
    const e = evaluations.find((x) => x.autopilot === 'late') as Evaluation
    const def = plans.get(e.plan.id)?.definition
    for (const lang of ['zh', 'en'] as const) {
      const out = evaluationMarkdown(e, lang, def)
      expect(out).toContain(`**${e.score.toFixed(1)}**`)
      for (const x of e.expectations.filter((x) => x.occurrence > 0)) expect(out).toContain(md(x.text[lang]))
      expect(out.split('\n').filter((l) => l.startsWith('| ') && /\d{4}-\d{2}-\d{2} \d{2}:\d{2} \|/.test(l)).length).toBeGreaterThan(0)
    }
  })
})

describe('plan graph and summaries', () => {
  for (const id of plans.ids()) {
    const plan = plans.get(id)
    if (!plan) continue
    it(`${id}: the diagram data has every state of the chart and only transitions between them`, () => {
      const g = planGraph(plan)
      const ids = new Set(g.states.map((s) => s.id))
      // By path: a state with an explicit id (`#cil-closed`) is still the chart's state at its path.
      const paths: string[] = []
      const visit = (node: typeof plan.machine.root) => {
        for (const child of Object.values(node.states)) {
          paths.push(child.path.join('.'))
          visit(child)
        }
      }
      visit(plan.machine.root)
      expect(stateNodeIds(plan.machine).length).toBe(paths.length)
      expect(g.states.filter((s) => s.parent !== null).map((s) => s.id).sort()).toEqual(paths.sort())
      for (const t of g.transitions) {
        expect(ids.has(t.source)).toBe(true)
        expect(ids.has(t.target)).toBe(true)
      }
      const armed = new Set(g.states.flatMap((s) => s.armed))
      for (const x of plan.definition.expectations) expect(armed.has(x.id), x.id).toBe(true)
    })
  }
  it('the build-time catalog index is what the engine computes for every shipped scenario', () => {
    const index = buildCatalogIndex(join(ROOT, 'scenarios'), plans)
    expect(index.problems).toEqual([])
    expect(index.scenarios.map((s) => s.id).sort()).toEqual(all.map((s) => s.scenario.id).sort())
    for (const { scenario } of all) {
      const plan = plans.get(scenario.plan)
      if (!plan) continue
      const s = summarizeScenario(plan, scenario)
      expect(index.scenarios.find((x) => x.id === scenario.id)).toMatchObject({ level: s.level, lengthMs: s.lengthMs, injects: scenario.injects.length })
    }
  })
})

describe('drill view for a participant (practice)', () => {
  const plan = plans.get('customer-info-leak')
  const leak = all.find((s) => s.scenario.id === 'leak-1200')?.scenario
  const upgrade = all.find((s) => s.scenario.id === 'phishing-upgrade')?.scenario
  if (!plan || !leak || !upgrade) throw new Error('customer-info-leak scenarios missing')
  const ru = 'responsible-unit' as RoleId
  const start = (scenario = leak, playedAs?: RoleId) => {
    const actor = createActor(drillLogic, { input: { plan, scenario, ...(playedAs ? { playedAs } : {}) } }).start()
    actor.send({ type: 'drill.advance', to: simTime(60_000) })
    return actor
  }
  const grade = { type: 'drill.act', role: ru, action: 'classify-incident' as ActionId, level: 'major' as LevelId } as const

  it('withholds the level while a grading the participant may make is armed and not met, and shows it once graded', () => {
    const actor = start()
    const session = () => actor.getSnapshot().context.session
    const before = selectDrillView(session(), { playedAs: null })
    expect(before).toMatchObject({ level: null, levelHidden: true })
    // The trainer's view (no options) and the actor's own view are not participant views: the level shows.
    expect(selectDrillView(session())).toMatchObject({ level: 'major', levelHidden: false })
    expect(actor.getSnapshot().context.view.level).toBe('major')
    actor.send(grade)
    expect(selectDrillView(session(), { playedAs: null })).toMatchObject({ level: 'major', levelHidden: false })
  })

  it('a role that may not grade sees the level at once; the grading role does not', () => {
    const actor = start(leak, 'incident-unit' as RoleId)
    const session = actor.getSnapshot().context.session
    expect(selectDrillView(session, { playedAs: 'incident-unit' })).toMatchObject({ level: 'major', levelHidden: false })
    expect(selectDrillView(session, { playedAs: 'retail-dept' })).toMatchObject({ level: null, levelHidden: true })
  })

  it('hides the level again when a rise owes a new grading, until the participant grades again', () => {
    const actor = start(upgrade)
    actor.send({ ...grade, level: undefined })
    const session = () => actor.getSnapshot().context.session
    expect(selectDrillView(session(), { playedAs: null }).levelHidden).toBe(false)
    const shown = selectDrillView(session(), { playedAs: null }).level
    actor.send({ type: 'drill.advance', to: simTime(20 * 3_600_000 + 60_000) })
    const v = selectDrillView(session(), { playedAs: null })
    const regrade = v.obligations.find((o) => o.id === 'reclassify-level')
    expect(regrade, 'phishing-upgrade raises the level at 20h').toBeDefined()
    expect(v).toMatchObject({ level: null, levelHidden: true })
    actor.send(grade)
    const after = selectDrillView(session(), { playedAs: null })
    expect(after.levelHidden).toBe(false)
    expect(after.level).not.toBe(shown)
  })

  it('never hides the level once the drill has ended', () => {
    const actor = start()
    actor.send({ type: 'drill.finish' })
    expect(selectDrillView(actor.getSnapshot().context.session, { playedAs: null })).toMatchObject({ level: 'major', levelHidden: false })
  })

  it('marks the duties the played role may meet (mayAct) and counts only the participant\'s actions', () => {
    const actor = start(leak, ru)
    actor.send({ type: 'drill.advance', to: simTime(6 * 3_600_000) })
    const session = actor.getSnapshot().context.session
    const v = selectDrillView(session, { playedAs: ru })
    const mine = v.obligations.filter((o) => o.mine).map((o) => o.id)
    expect(mine).toContain('emergency-report')
    expect(mine).not.toContain('first-disposal')
    for (const o of v.obligations) expect(o.mine).toBe(o.roles.includes(ru))
    expect(selectDrillView(session).obligations.every((o) => o.mine)).toBe(true)
    // The autopilot played the other roles (their actions are in the session), but the count is the trainee's.
    expect(session.actions.some((a) => a.source === 'autopilot')).toBe(true)
    expect(v.actionCount).toBe(0)
  })
})

describe('action entry fields (action log v2)', () => {
  const def = plans.get('customer-info-leak')?.definition
  if (!def) throw new Error('missing plan')
  it('offers recipients for an action whose duty names them and a level for a grading', () => {
    expect(actionFields(def, 'emergency-report')).toEqual({ recipients: true, declaresLevel: false })
    expect(actionFields(def, 'classify-incident')).toEqual({ recipients: false, declaresLevel: true })
    expect(actionFields(def, 'contain-leak')).toEqual({ recipients: false, declaresLevel: false })
    expect(actionFields(def, 'no-such-action')).toEqual({ recipients: false, declaresLevel: false })
  })
  it('never offers a level in a plan without levels', () => {
    expect(actionFields({ ...def, levels: [] }, 'classify-incident').declaresLevel).toBe(false)
  })
})
