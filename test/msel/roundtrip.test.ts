/** Every shipped scenario survives CSV and XLSX export and import: same metadata, same injects, same scores. */
import { describe, expect, it } from 'vitest'
import type { AutopilotPolicy, Scenario } from '../../src/engine/index.ts'
import { CSV_META_MARKER, EXPORT_COLUMNS, mselToCsv, mselToScenario, mselToXlsx, readMselCsv, readMselXlsx, scenarioToMsel } from '../../src/msel/index.ts'
import { plans } from '../../src/plans/index.ts'
import { evaluate, shipped } from '../helpers.ts'

/** A scenario without what depends on the file it came from (its name, and the injects' positions in it). */
function comparable(s: Scenario) {
  return { ...s, file: '', injects: s.injects.map(({ index: _index, ...rest }) => rest) }
}

const POLICIES: readonly AutopilotPolicy[] = ['perfect', 'late', 'none']

describe.each(shipped().map((s) => [s.file, s.scenario] as const))('%s', (file, original) => {
  const plan = plans.get(original.plan)
  if (!plan) throw new Error(`no plan ${original.plan}`)
  const msel = scenarioToMsel(original, plan)

  it('exports one row per inject with exact offsets and +08:00 date-times', () => {
    expect(msel.rows).toHaveLength(original.injects.length)
    expect(msel.meta).toMatchObject({ id: original.id, plan: original.plan, start: original.startText, seed: original.seed })
    for (const r of msel.rows) {
      expect(r.offset).toMatch(/^(\d+[dhms])+$/)
      expect(r.datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    }
  })

  it('names the expectations each inject arms, with their texts (from the plan, not written by hand)', () => {
    const first = msel.rows[0]
    expect(first?.tests).not.toBe('')
    for (const r of msel.rows) {
      const ids = r.tests === '' ? [] : r.tests.split('; ')
      for (const id of ids) expect(plan.definition.expectations.some((e) => e.id === id)).toBe(true)
      expect(r.expectedEn.split('\n').filter((t) => t !== '')).toEqual(ids.map((id) => plan.definition.expectations.find((e) => e.id === id)?.text.en))
      expect(r.expectedZh.split('\n').filter((t) => t !== '')).toEqual(ids.map((id) => plan.definition.expectations.find((e) => e.id === id)?.text.zh))
    }
  })

  it('round-trips through CSV (UTF-8 with BOM, metadata record first)', () => {
    const csv = mselToCsv(msel)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).startsWith(`${CSV_META_MARKER},`)).toBe(true)
    expect(csv.split('\r\n')[1]).toBe(EXPORT_COLUMNS.map((c) => c.header).join(','))
    const back = mselToScenario(readMselCsv(csv), { plans, file: 'roundtrip.csv' })
    expect(back.problems).toEqual([])
    expect(back.notes).toEqual([])
    expect(comparable(back.scenario as Scenario)).toEqual(comparable(original))
    for (const policy of POLICIES) expect(evaluate(back.scenario as Scenario, { autopilot: policy })).toEqual(evaluate(original, { autopilot: policy }))
  })

  it('round-trips through XLSX (MSEL and scenario sheets)', async () => {
    const bytes = await mselToXlsx(msel)
    const wb = await readMselXlsx(bytes)
    expect(wb.sheets.map((s) => s.name)).toEqual(['MSEL', 'scenario'])
    const back = mselToScenario(wb, { plans, file: 'roundtrip.xlsx' })
    expect(back.problems).toEqual([])
    expect(back.sheet).toBe('MSEL')
    expect(comparable(back.scenario as Scenario)).toEqual(comparable(original))
    for (const policy of POLICIES) expect(evaluate(back.scenario as Scenario, { autopilot: policy })).toEqual(evaluate(original, { autopilot: policy }))
  })

  it(`keeps the metadata (${file})`, () => {
    const back = mselToScenario(readMselCsv(mselToCsv(msel)), { plans, file: 'x.csv' }).scenario as Scenario
    expect({ id: back.id, plan: back.plan, title: back.title, description: back.description, startText: back.startText, seed: back.seed, params: back.params, end: back.end }).toEqual({
      id: original.id,
      plan: original.plan,
      title: original.title,
      description: original.description,
      startText: original.startText,
      seed: original.seed,
      params: original.params,
      end: original.end,
    })
  })
})

describe('contingency injects in the MSEL', () => {
  it('are among the shipped scenarios, so the round trips above carry a `when` condition', () => {
    const withWhen = shipped().flatMap((s) => s.scenario.injects.filter((i) => i.when !== undefined).map((i) => `${s.scenario.id}/${i.id}`))
    expect(withWhen).toContain('vendor-outage/tv-no-announcement')
  })
  it('write the condition as JSON in its own column', () => {
    const s = shipped().find((x) => x.scenario.id === 'vendor-outage')?.scenario as Scenario
    const row = scenarioToMsel(s, plans.get(s.plan) as NonNullable<ReturnType<typeof plans.get>>).rows.find((r) => r.id === 'tv-no-announcement')
    expect(row?.when).toBe('{"notDone":"red-customer-announcement"}')
  })
})
