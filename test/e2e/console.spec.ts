/**
 * The trainer's console with the projector in a second window: deliver and hold injects, record and correct team
 * actions, pause and resume the clock, reload without losing anything, and produce the AAR; then MSEL import.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

const seconds = (hms: string) => {
  const [h, m, s] = hms.split(':').map(Number)
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)
}
const simTime = async (page: Page) => seconds((await page.getByTestId('sim-time').textContent()) ?? '')

test('console and projector: injects, team actions, pause and resume, reload, AAR', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto('./#/console/vendor-outage')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('收单清算网关')
  await page.getByLabel('推演名称').fill('周二桌面推演')
  await page.getByRole('button', { name: '开始新的推演' }).click()
  await expect(page.getByTestId('msel')).toBeVisible()
  // The first inject is delivered at the start.
  await expect(page.locator('tr[data-inject="inject-1"] [data-testid="inject-status"]')).toContainText('已发送')

  // The projector in its own window, kept in sync over BroadcastChannel.
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-projector').click()])
  await projector.waitForLoadState()
  await expect(projector.getByTestId('present-injects').locator('li')).toHaveCount(1)
  await expect(projector.getByTestId('present-level')).toHaveText('一级预警（红色）')
  // Trainer-only information stays on the console.
  const expected = (await page.locator('tr[data-inject="inject-1"] td.trainer-only').textContent()) ?? ''
  expect(expected.length).toBeGreaterThan(4)
  await expect(projector.locator('body')).not.toContainText(expected.slice(0, 12))

  // Deliver the media inquiry now; hold the first customer complaints.
  await page.locator('tr[data-inject="inject-5"]').getByRole('button', { name: '立即发送' }).click()
  await expect(page.locator('tr[data-inject="inject-5"] [data-testid="inject-status"]')).toContainText('提前发送')
  await expect(projector.getByTestId('present-injects').locator('li').first()).toContainText('财经观察网')
  await page.locator('tr[data-inject="inject-2"]').getByRole('button', { name: '暂缓' }).click()
  await expect(page.locator('tr[data-inject="inject-2"] [data-testid="inject-status"]')).toHaveText('暂缓中')

  // A team action, keyboard only.
  await page.getByTestId('entry-action').fill('report-incident')
  await page.getByTestId('entry-role').fill('on-site-staff')
  await page.getByTestId('entry-by').fill('王芳')
  await page.getByTestId('entry-by').press('Enter')
  await expect(page.getByTestId('action-log').locator('li')).toHaveCount(1)
  await expect(page.getByTestId('entry-action')).toBeFocused()

  // Pause and resume: nothing moves while paused, and resuming does not jump.
  await page.getByTestId('speed').selectOption('60')
  const t0 = await simTime(page)
  await page.getByTestId('run-toggle').click()
  await expect(page.getByTestId('clock-state')).toHaveText('计时中')
  await page.waitForTimeout(1500)
  await page.getByTestId('run-toggle').click()
  await expect(page.getByTestId('clock-state')).toHaveText('已暂停')
  const paused = await simTime(page)
  expect(paused - t0).toBeGreaterThan(30)
  await page.waitForTimeout(3000)
  expect(await simTime(page)).toBe(paused)
  await expect(projector.getByTestId('present-state')).toHaveText('暂停')
  expect(seconds((await projector.getByTestId('present-time').textContent()) ?? '')).toBe(paused)
  await page.getByTestId('run-toggle').click()
  const resumed = await simTime(page)
  // 3 s of pause at 60× would be a 180 s jump; resuming continues from where it stopped (the margin allows a busy
  // machine 2.5 s between the click and the read).
  expect(resumed - paused).toBeLessThan(150)
  await page.getByTestId('run-toggle').click()

  // Reload: the session comes back exactly (actions, holds, clock).
  const before = await simTime(page)
  await page.reload()
  await page.getByRole('button', { name: '周二桌面推演' }).click()
  await expect(page.getByTestId('action-log').locator('li')).toHaveCount(1)
  expect(await simTime(page)).toBe(before)
  await expect(page.locator('tr[data-inject="inject-2"] [data-testid="inject-status"]')).toHaveText('暂缓中')

  // A correction keeps the audit trail.
  const entry = page.getByTestId('action-log').locator('li').first()
  await entry.getByRole('button', { name: '更正' }).click()
  await entry.getByRole('combobox').first().selectOption('monitoring-staff')
  await entry.getByTestId('edit-reason').fill('监控人员先报告，记录有误')
  await entry.getByRole('button', { name: '保存更正' }).click()
  await entry.getByText('修改记录 (1)').click()
  await expect(entry).toContainText('监控人员先报告，记录有误')

  // The decision log.
  await page.getByTestId('decision-text').fill('启动一级响应')
  await page.getByTestId('decision-rationale').fill('全部支付中断，预计超过4小时')
  await page.getByRole('button', { name: '记录决策' }).click()
  await expect(page.getByTestId('decision-log')).toContainText('启动一级响应')

  // End, hot wash, AAR.
  await page.getByRole('button', { name: '结束推演并评估' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '结束推演并评估' }).click()
  await expect(page.getByTestId('hotwash-score')).toContainText('得分')
  await expect(page.getByTestId('hotwash-improvements').locator('li').first()).toBeVisible()
  const ipRows = await page.getByTestId('ip-matrix').locator('tbody tr').count()
  expect(ipRows).toBeGreaterThan(0)
  await page.getByTestId('hotwash-strengths').locator('textarea').first().fill('现场人员及时报告，信息完整')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Markdown' }).click()])
  const md = readFileSync(await download.path(), 'utf8')
  for (const heading of ['演练概况', '改进计划', '决策记录']) expect(md).toContain(heading)
  expect(md).toContain('启动一级响应')
  expect(md).toContain('监控人员先报告，记录有误')
  expect(md).toContain('现场人员及时报告，信息完整')
  await expect(projector.getByTestId('present-state')).toHaveText('推演结束')

  // The evaluation is in the history.
  await page.goto('./#/evaluations')
  await expect(page.locator('table.history tbody tr')).toHaveCount(1)
  await expect(page.locator('table.history')).toContainText('桌面推演')
})

test('MSEL import: a hand-made sheet with errors is refused row by row; an exported one creates a new scenario', async ({ page }) => {
  await page.goto('./#/import-msel')
  const bad = [
    '时间,发送方,接收方,方式,事件,内容',
    'T+0,分行科技部,incident-unit,电话,leak.discovered,"{""customers"": 10}"',
    'T+半小时,客户,incident-unit,电话,customer.complaint,客户来电投诉',
    'T+1h,记者,janitor,电话,media.inquiry,记者来电',
    'T+2h,监管,responsible-unit,邮件,alien.landing,外星人',
    'T+3h,客户,incident-unit,电话,customer.complaint,',
  ].join('\n')
  await page.getByTestId('msel-plan').selectOption('customer-info-leak')
  await page.getByTestId('msel-file').setInputFiles({ name: 'hand-made.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
  const problems = page.getByTestId('msel-problems')
  await expect(problems).toBeVisible()
  await expect(problems.locator('tbody tr').filter({ hasText: 'janitor' })).toContainText('4')
  await expect(problems.locator('tbody tr').filter({ hasText: 'alien.landing' })).toContainText('5')
  await expect(problems).toContainText('半小时')
  await expect(page.getByTestId('msel-create')).toBeDisabled()

  // A plandrill export of a shipped scenario imports back as a new scenario (a new id: the shipped one is untouched).
  await page.goto('./#/console/misdirected-email-general')
  await page.getByRole('button', { name: '开始新的推演' }).click()
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()])
  const text = readFileSync(await csv.path(), 'utf8')
  await page.goto('./#/import-msel')
  await page.getByTestId('msel-plan').selectOption('customer-info-leak')
  await page.getByTestId('msel-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(text) })
  await expect(page.getByTestId('msel-ready')).toBeVisible()
  await page.getByTestId('msel-create').click()
  await expect(page.getByTestId('msel-created')).toContainText('misdirected-email-general-2')
  // The XLSX export imports back the same way (a third copy, a third id).
  await page.goto('./#/console/misdirected-email-general')
  await page.getByRole('button', { name: '开始新的推演' }).click()
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  await page.goto('./#/import-msel')
  await page.getByTestId('msel-plan').selectOption('customer-info-leak')
  await page.getByTestId('msel-file').setInputFiles({ name: 'export.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(await xlsx.path()) })
  await expect(page.getByTestId('msel-ready')).toBeVisible()
  await page.getByTestId('msel-create').click()
  await expect(page.getByTestId('msel-created')).toContainText('misdirected-email-general-3')
  await page.getByRole('link', { name: '在控制台中打开' }).click()
  await page.getByRole('button', { name: '开始新的推演' }).click()
  await expect(page.getByTestId('msel')).toBeVisible()
})
