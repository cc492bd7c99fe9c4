/**
 * The annual review dashboard: its figures equal the CLI's `review --json` for the same files, and it stays usable
 * with 10,000 evaluations in the browser's history (measured with a performance mark, reported against a budget, not asserted).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { PlanReview, Review } from '../../src/engine/index.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const FIX = join(ROOT, 'test', 'e2e', '.fixtures')
const yearFiles = () =>
  ['leak', 'vendor'].flatMap((d) => readdirSync(join(FIX, 'year', d)).filter((f) => f.endsWith('.json')).sort().map((f) => join(FIX, 'year', d, f)))
const cliReview = (name: string) => JSON.parse(readFileSync(join(FIX, name), 'utf8')) as Review
const budgets = JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8')) as { review: { dashboard10kReadyMs: number; dashboard10kLongestTaskMs: number } }

async function expectPlanFigures(page: Page, p: PlanReview): Promise<void> {
  const section = page.locator(`section.review-plan[data-plan="${p.id}"]`)
  const stats = section.getByTestId('plan-stats')
  await expect(stats.locator('[data-field="drills"]')).toHaveText(String(p.drills))
  await expect(stats.locator('[data-field="participants"]')).toHaveText(String(p.participants))
  await expect(stats.locator('[data-field="meanScore"]')).toHaveText(p.meanScore === null ? '—' : p.meanScore.toFixed(1))
  for (const k of ['P', 'S', 'M', 'U'] as const) await expect(stats.locator(`[data-field="rating-${k}"]`)).toHaveText(String(p.ratings[k]))
  // Every requirement row, in full.
  const showAll = section.getByRole('button', { name: /显示全部|Show all/ })
  if (await showAll.count()) await showAll.click()
  const rows = section.getByTestId('expectations').locator('tbody tr')
  await expect(rows).toHaveCount(p.expectations.length)
  for (const x of p.expectations) {
    const row = section.locator(`tr[data-expectation="${x.id}"]`)
    const cells = await row.evaluate((tr) => Object.fromEntries([...tr.querySelectorAll('[data-field]')].map((c) => [c.getAttribute('data-field'), c.textContent])))
    expect(cells, x.id).toEqual({
      drills: String(x.drills), armed: String(x.armed), onTime: String(x.onTime), late: String(x.late), missed: String(x.missed),
      wrongRole: String(x.wrongRole), outOfOrder: String(x.outOfOrder), failureRate: x.failureRate === null ? '—' : `${(x.failureRate * 100).toFixed(1)}%`,
    })
  }
  const recs = section.getByTestId('recommendations').locator('li.recommendation')
  await expect(recs).toHaveCount(p.recommendations.length)
  expect(await recs.evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-expectation')]))).toEqual(
    p.recommendations.map((r) => [r.kind, r.expectation ?? '']),
  )
}

test('the dashboard shows the same figures as `plandrill review --json` for a synthetic year', async ({ page }) => {
  test.setTimeout(120_000)
  const all = cliReview('year-review.json')
  const q2 = cliReview('year-review-leak-q2.json')
  const files = yearFiles()
  expect(files.length).toBe(all.inputs)

  await page.goto('./#/review')
  await expect(page.getByRole('heading', { level: 1, name: '预案年度评估' })).toBeVisible()
  await expect(page.getByText('没有可评估的演练记录')).toBeVisible()
  await page.getByTestId('review-import').setInputFiles([
    ...files.map((f) => ({ name: f.split('/').slice(-2).join('-'), mimeType: 'application/json', buffer: readFileSync(f) })),
    { name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schema: 'other/tool@3', id: 'x' })) },
  ])
  await expect(page.getByTestId('review-sources')).toContainText(`本次导入文件 ${files.length + 1} 份`)
  await expect(page.getByTestId('review-counts')).toHaveText(`读取 ${all.inputs + 1} 份，采用 ${all.used} 份，跳过 1 份，范围外 0 份`)
  await expect(page.getByTestId('review-skipped')).toContainText('foreign.json')

  expect(all.plans.map((p) => p.id)).toEqual(['customer-info-leak', 'payment-outsourcing'])
  for (const p of all.plans) await expectPlanFigures(page, p)

  // Plan and quarter filters give what the CLI gives for --plan and --from/--to.
  await page.getByTestId('filter-plan').selectOption('customer-info-leak')
  await page.getByTestId('filter-period').selectOption('2026-Q2')
  await expect(page.locator('section.review-plan')).toHaveCount(1)
  await expect(page.getByTestId('review-counts')).toHaveText(`读取 ${q2.inputs + 1} 份，采用 ${q2.used} 份，跳过 1 份，范围外 ${q2.filtered.otherPlans + q2.filtered.outOfRange} 份`)
  await expectPlanFigures(page, q2.plans[0] as PlanReview)

  // A recommendation links to its clause in the plan view.
  const firstWithClause = (q2.plans[0] as PlanReview).recommendations.find((r) => r.clause && r.expectation)
  if (firstWithClause) {
    const item = page.locator(`li.recommendation[data-expectation="${firstWithClause.expectation}"]`).first()
    await item.getByRole('link', { name: new RegExp(`查看条款`) }).click()
    await expect(page.locator(`tr#exp-${firstWithClause.expectation}`)).toHaveAttribute('aria-current', 'true')
  }
})

test('10,000 evaluations in the history: the dashboard gets ready and pages through the history (times reported against the budget)', async ({ page }) => {
  test.setTimeout(240_000)
  const sample = yearFiles().slice(0, 120).map((f) => JSON.parse(readFileSync(f, 'utf8')) as { id: string; plan: { id: string }; startedAt: string })
  await page.goto('./#/evaluations')
  await expect(page.getByText('还没有评估')).toBeVisible()
  // Fill the app's own IndexedDB store the way the history keeps evaluations (10,000 distinct ids).
  const stored = await page.evaluate(async (sample) => {
    const open = () => new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('plandrill')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    const db = await open()
    const total = 10_000
    for (let start = 0; start < total; start += 1000) {
      await new Promise<void>((res, rej) => {
        const tx = db.transaction('evaluations', 'readwrite')
        for (let i = start; i < Math.min(total, start + 1000); i++) {
          const e = sample[i % sample.length] as { id: string; plan: { id: string }; startedAt: string }
          const copy = { ...e, id: `${e.id}-${i}` }
          tx.objectStore('evaluations').put({ id: copy.id, planId: e.plan.id, startedAt: e.startedAt, savedAt: e.startedAt, origin: 'import', evaluation: copy })
        }
        tx.oncomplete = () => res()
        tx.onerror = () => rej(tx.error)
      })
    }
    const count = await new Promise<number>((res) => {
      const r = db.transaction('evaluations').objectStore('evaluations').count()
      r.onsuccess = () => res(r.result)
    })
    db.close()
    return count
  }, sample)
  expect(stored).toBe(10_000)

  // Long tasks on the main thread while the dashboard loads, from the very start of the page.
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] }
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)])
    }).observe({ type: 'longtask', buffered: true })
  })
  // A fresh document (not a hash change), so the observer and the mark start with it.
  await page.goto('about:blank')
  await page.goto('./#/review')
  await page.waitForFunction(() => performance.getEntriesByName('plandrill:review-ready').length > 0, null, { timeout: 120_000 })
  await expect(page.getByTestId('review-counts')).toContainText('采用 10000 份')
  // Responsive: a click on a filter is answered while the data is loaded.
  const t0 = Date.now()
  await page.getByTestId('filter-plan').selectOption('customer-info-leak')
  await expect(page.locator('section.review-plan')).toHaveCount(1)
  const filterMs = Date.now() - t0
  const m = await page.evaluate(() => {
    const ready = performance.getEntriesByName('plandrill:review-ready')[0] as PerformanceMark
    const w = window as unknown as { __longTasks: [number, number][] }
    return { readyMs: Math.round(ready.startTime), reviewMs: (ready.detail as { ms: number }).ms, longestTaskMs: Math.max(0, ...w.__longTasks.map((x) => x[1])), longTasks: w.__longTasks }
  })
  // The history reads one page at a time: the first 100 of 10,000 show without loading the rest.
  const h0 = Date.now()
  await page.goto('./#/evaluations')
  await expect(page.locator('table.history tbody tr')).toHaveCount(100)
  await expect(page.getByTestId('history-count')).toContainText('共 10000 条')
  const historyMs = Date.now() - h0
  await page.getByRole('button', { name: '下一页' }).click()
  await expect(page.getByTestId('history-count')).toContainText('第 101–200 条')
  const result = { evaluations: 10_000, ...m, filterMs, historyMs }
  console.log(`review dashboard, 10,000 evaluations: ${JSON.stringify(result)}`)
  mkdirSync(join(ROOT, 'test', 'e2e', '.results'), { recursive: true })
  writeFileSync(join(ROOT, 'test', 'e2e', '.results', 'review-10k.json'), `${JSON.stringify(result, null, 2)}\n`)
  // The figures are reported against the budgets, not asserted: wall-clock times depend on how busy the machine is
  // (a CI run here took 11.8 s where an idle one took 3.5–4.9 s). A dashboard that never gets ready fails above.
  const over = [
    m.readyMs > budgets.review.dashboard10kReadyMs ? `ready ${m.readyMs} ms > ${budgets.review.dashboard10kReadyMs} ms` : '',
    m.longestTaskMs > budgets.review.dashboard10kLongestTaskMs ? `longest task ${m.longestTaskMs} ms > ${budgets.review.dashboard10kLongestTaskMs} ms` : '',
  ].filter(Boolean)
  console.log(over.length > 0 ? `review dashboard budget exceeded (report only): ${over.join('; ')}` : 'review dashboard within budget')
})
