/** What every plan owes: a clause behind every expectation and level, project rules that exist, texts in both languages. */
import { describe, expect, it } from 'vitest'
import { allLevelValues } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'

describe.for(plans.ids())('plan %s', (id) => {
  const def = plans.get(id)?.definition
  if (!def) throw new Error(`no plan ${id}`)
  const seed = def.source.seed.slice(0, 3)
  const rules = new Set(def.projectRules.map((r) => r.id))
  // A clause cites the seed (`001 第十二条(一)`, `003/2 五.1`) or, where the source is silent, a project rule of the plan.
  const cites = (clause: string) => clause.startsWith(seed) || [...clause.matchAll(/pr-[a-z]+-\d+/g)].some((m) => rules.has(m[0]))

  it('cites a clause for every expectation at every level', () => {
    for (const e of def.expectations) for (const c of allLevelValues(e.clause)) expect(cites(c), `${e.id}: "${c}"`).toBe(true)
  })
  it('cites a clause for every level and names it in both languages', () => {
    for (const l of def.levels) {
      expect(cites(l.clause ?? ''), `${l.id}: "${l.clause}"`).toBe(true)
      expect(l.name.zh && l.name.en, l.id).toBeTruthy()
    }
  })
  it('marks only project rules it defines, each with its topic and rule in both languages', () => {
    for (const e of def.expectations) for (const r of e.projectRules ?? []) expect(rules.has(r), `${e.id} → ${r}`).toBe(true)
    for (const r of def.projectRules) expect([r.topic.zh, r.topic.en, r.rule.zh, r.rule.en].every((t) => t.trim() !== ''), r.id).toBe(true)
  })
  it('has Chinese and English text for every role, action, capability and expectation', () => {
    for (const x of [...def.roles.map((r) => r.name), ...def.actions.map((a) => a.name), ...def.capabilities.map((c) => c.name), ...def.expectations.map((e) => e.text)]) {
      expect(x.zh.trim() !== '' && x.en.trim() !== '', JSON.stringify(x)).toBe(true)
      expect(x.zh, JSON.stringify(x)).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
