/** History: imports are all-or-nothing per file, never overwrite, and a bad file is refused with its problems named. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const ROOT = join(import.meta.dirname, '..', '..')

function goodEvaluation(): string {
  // A real evaluation, produced by the CLI from a shipped scenario (see test/e2e/fixtures.ts).
  return readFileSync(join(ROOT, 'test', 'e2e', '.fixtures', 'leak-1200-perfect.json'), 'utf8')
}

test('a bad file is refused with the file and problem named, and the history stays intact', async ({ page }) => {
  await page.goto('./#/evaluations')
  await expect(page.getByText('还没有评估')).toBeVisible()
  const input = page.getByTestId('import-input')
  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(goodEvaluation()) })
  await expect(page.getByText(/已导入 good\.json：新增 1 条/)).toBeVisible()
  await expect(page.locator('table.history tbody tr')).toHaveCount(1)

  // Same id again, with a different score: kept as it was.
  const tampered = JSON.parse(goodEvaluation()) as { score: number }
  tampered.score = 1
  await input.setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) })
  await expect(page.getByText(/已导入 again\.json：新增 0 条，已存在而保留原记录 1 条/)).toBeVisible()

  const bad = JSON.parse(goodEvaluation()) as { rating: string; expectations: { due: string }[] }
  bad.rating = 'Z'
  bad.expectations[0]!.due = 'yesterday'
  await input.setInputFiles([
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": "plandrill/evaluation@1", ') },
    { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) },
  ])
  const alerts = page.getByRole('alert')
  await expect(alerts.filter({ hasText: 'broken.json' })).toContainText('not valid JSON')
  await expect(alerts.filter({ hasText: 'wrong.json' })).toContainText('wrong.json: rating')
  await expect(alerts.filter({ hasText: 'wrong.json' })).toContainText('expectations[0].due')
  await expect(page.locator('table.history tbody tr')).toHaveCount(1)
  await expect(page.locator('table.history')).toContainText('100.0')

  // Reload: still exactly one, unchanged.
  await page.reload()
  await expect(page.locator('table.history tbody tr')).toHaveCount(1)
  await expect(page.locator('table.history')).toContainText('100.0')

  // Delete asks first; cancelling keeps it.
  await page.getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()
  await expect(page.locator('table.history tbody tr')).toHaveCount(1)
})
