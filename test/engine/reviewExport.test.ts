/** Review exports: the tables behind CSV and XLSX carry the review's own figures; Markdown and CSV are deterministic and safe. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { md, reviewEvaluations, reviewMarkdown, reviewTables, simulateDrills, tableCsv } from '../../src/engine/index.ts'
import { tablesToXlsx } from '../../src/export/xlsx.ts'
import { plans } from '../../src/plans/index.ts'
import { shipped } from '../helpers.ts'

const plan = plans.get('customer-info-leak')
if (!plan) throw new Error('customer-info-leak plan missing')
const scenarios = shipped().filter((s) => s.scenario.plan === 'customer-info-leak').map((s) => s.scenario)
const evals = simulateDrills(plan, scenarios, { drills: 30, seed: 4, autopilot: 'random', years: 2 })
const review = reviewEvaluations(evals.map((e, i) => ({ file: `e${String(i).padStart(2, '0')}.json`, data: e })), { plans, scenarios: scenarios.map((s) => ({ id: s.id, plan: s.plan })) })
const p = review.plans[0]
if (!p) throw new Error('no plan in the review')

describe('reviewTables', () => {
  const tables = reviewTables(review, 'en')
  const byId = (id: string) => {
    const t = tables.find((x) => x.id === id)
    if (!t) throw new Error(`no table ${id}`)
    return t
  }
  it('has one row per plan × expectation with the review\'s counts', () => {
    const t = byId('expectations')
    expect(t.rows).toHaveLength(p.expectations.length)
    const col = (name: string) => t.columns.indexOf(name)
    for (const [i, x] of p.expectations.entries()) {
      const row = t.rows[i] ?? []
      expect([row[col('Expectation id')], row[col('Armed')], row[col('Late')], row[col('Missed')], row[col('Wrong role')], row[col('Failure rate')]]).toEqual([x.id, x.armed, x.late, x.missed, x.wrongRole, x.failureRate])
    }
  })
  it('lists every recommendation with its clause and evidence, and every period', () => {
    expect(byId('recommendations').rows.map((r) => r[3])).toEqual(p.recommendations.map((r) => r.clause))
    expect(byId('periods').rows.map((r) => r[1])).toEqual(p.periods.map((r) => r.period))
    expect(byId('plans').rows[0]?.slice(0, 6)).toEqual([p.id, p.title.en, p.version, p.drills, p.participants, p.meanScore])
  })
  it('writes Chinese headers in Chinese', () => {
    expect(reviewTables(review, 'zh').find((x) => x.id === 'expectations')?.columns).toContain('失败率')
  })
})

describe('tableCsv', () => {
  it('quotes commas, quotes and newlines, starts with a BOM, and neutralises formula-like text', () => {
    const csv = tableCsv({ id: 'skipped', title: 'x', columns: ['a', 'b'], rows: [['x, "y"\nz', '=HYPERLINK("http://evil")'], [null, -3]] })
    expect(csv).toBe('\uFEFFa,b\r\n"x, ""y""\nz","\'=HYPERLINK(""http://evil"")"\r\n,-3\r\n')
  })
})

describe('reviewMarkdown', () => {
  it('is the same text for the same review, in both languages, with each recommendation\'s clause', () => {
    for (const lang of ['zh', 'en'] as const) {
      const a = reviewMarkdown(review, lang)
      expect(reviewMarkdown(JSON.parse(JSON.stringify(review)) as typeof review, lang)).toBe(a)
      for (const r of p.recommendations) if (r.clause) expect(a).toContain(md(r.clause))
    }
    expect(reviewMarkdown(review, 'zh')).toMatch(/^# 预案年度评估\n/)
    expect(reviewMarkdown(review, 'en')).toContain(`| ${p.drills} | ${p.participants} |`)
  })
})

describe('tablesToXlsx', () => {
  it('writes one sheet per table that reads back cell for cell', async () => {
    const tables = reviewTables(review, 'zh')
    const bytes = await tablesToXlsx(tables)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.title))
    const exp = tables.find((t) => t.id === 'expectations')
    const ws = wb.getWorksheet(exp?.title ?? '')
    expect(ws?.getRow(1).values).toEqual([undefined, ...(exp?.columns ?? [])])
    expect((ws?.getRow(2).values as unknown[]).slice(1, 4)).toEqual(exp?.rows[0]?.slice(0, 3))
    expect(ws?.rowCount).toBe((exp?.rows.length ?? 0) + 1)
  })
})
