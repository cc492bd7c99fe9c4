/** Accessibility: no serious or critical axe violations on the main screens; the drill works by keyboard alone. */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

for (const [name, path] of [
  ['library', './#/'],
  ['library (en)', './?lang=en#/'],
  ['plan', './#/plans/customer-info-leak'],
  ['history', './#/evaluations'],
  ['drill setup', './#/practice/leak-1200'],
  ['review', './#/review'],
  ['console sessions', './#/console/vendor-outage'],
  ['MSEL import', './#/import-msel'],
] as const) {
  test(`no serious axe violations: ${name}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    const result = await new AxeBuilder({ page }).exclude('.diagram svg').analyze()
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
  })
}

test('no serious axe violations: a running console session and its projector view', async ({ page, context }) => {
  await page.goto('./#/console/vendor-outage')
  await page.getByRole('button', { name: '开始新的推演' }).click()
  await expect(page.getByTestId('msel')).toBeVisible()
  const axe = async (p: typeof page) => {
    const result = await new AxeBuilder({ page: p }).analyze()
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  }
  expect(await axe(page)).toEqual([])
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-projector').click()])
  await expect(projector.getByTestId('present-injects')).toBeVisible()
  expect(await axe(projector)).toEqual([])
})

test('a drill can be started and an action recorded with the keyboard only', async ({ page }) => {
  await page.goto('./#/practice/leak-1200')
  await page.getByRole('button', { name: '开始演练' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: /跳到下一条消息/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.message')).toHaveCount(2)
  const radio = page.getByRole('radio', { name: '确定事件级别', exact: true })
  await radio.focus()
  await page.keyboard.press('Space')
  await expect(radio).toBeChecked()
  await page.getByLabel('以何角色').focus()
  await page.keyboard.press('ArrowDown')
  await page.getByRole('button', { name: '记录行动' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.act .count')).toHaveText('1')
})
