/** Solo practice end to end: the 1,200-customer leak drilled to an evaluation, resume after reload, language switch. */
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

async function startLeakDrill(page: Page) {
  await page.goto('./#/practice/leak-1200')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1,200')
  await page.getByRole('button', { name: '开始演练' }).click()
  await expect(page.getByTestId('sim-time')).toHaveText('09:00')
}

async function act(page: Page, action: string, role: string) {
  await page.getByRole('radio', { name: action, exact: true }).check()
  await page.getByLabel('以何角色').selectOption({ label: role })
  await page.getByRole('button', { name: '记录行动' }).click()
}

test('a full drill of the 1,200-customer leak ends in an evaluation that shows a late emergency report as late', async ({ page }) => {
  await startLeakDrill(page)
  // The first report is on screen as the drill starts.
  await expect(page.locator('.message')).toHaveCount(1)
  await expect(page.getByRole('region', { name: '模拟时钟' })).toBeVisible()
  await act(page, '确定事件级别', '直接管辖部门或单位')
  await expect(page.getByText(/已按时完成/)).toBeVisible()
  // The major-level emergency report is due 2 h after the incident (001 第十二条(一)); file it an hour late.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '前进 1 小时' }).click()
  await expect(page.getByTestId('sim-time')).toHaveText('12:00')
  await act(page, '提交《紧急报告》', '直接管辖部门或单位')
  await expect(page.getByText(/已完成，但已超过时限/)).toBeVisible()

  await page.getByRole('button', { name: '结束演练并评分' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '结束演练并评分' }).click()
  await expect(page).toHaveURL(/#\/evaluation\/leak-1200-/)
  const row = page.locator('tr[data-expectation="emergency-report"]')
  await expect(row).toHaveAttribute('data-status', 'late')
  await expect(row).toContainText('超时')
  await expect(page.locator('tr[data-expectation="classify-level"]')).toHaveAttribute('data-status', 'on-time')
  await expect(page.getByTestId('score')).toBeVisible()
  await expect(page.getByRole('heading', { name: '需改进' })).toBeVisible()
  // Charts arrive lazily, in their own chunk.
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible()

  // The evaluation is kept in the history.
  await page.getByRole('link', { name: '评估记录' }).click()
  await expect(page.getByRole('table')).toContainText('员工倒卖客户信息')
})

test('reloading mid-drill resumes at the same simulated time with the same actions', async ({ page }) => {
  await startLeakDrill(page)
  await act(page, '确定事件级别', '直接管辖部门或单位')
  await page.getByRole('button', { name: /跳到下一条消息/ }).click()
  await page.getByRole('button', { name: '前进 1 小时' }).click()
  await act(page, '提交《紧急报告》', '直接管辖部门或单位')
  const time = await page.getByTestId('sim-time').textContent()
  await expect(page.locator('.act .count')).toHaveText('2')
  const hints = await page.locator('.obligation').allTextContents()
  expect(hints.length).toBeGreaterThan(3)

  await page.reload()
  await expect(page.getByText(/已从上次保存处继续/)).toBeVisible()
  await expect(page.getByTestId('sim-time')).toHaveText(time ?? '')
  await expect(page.locator('.act .count')).toHaveText('2')
  await expect(page.locator('.obligation')).toHaveText(hints)

  // The library marks it as in progress; leaving and coming back resumes too.
  await page.getByRole('link', { name: '场景库' }).click()
  await expect(page.locator('.card', { hasText: 'leak-1200' }).getByText('进行中')).toBeVisible()
  await page.goto('./#/practice/leak-1200')
  await expect(page.getByTestId('sim-time')).toHaveText(time ?? '')
})

test('the language switch changes every screen and is remembered; ?lang=en selects English', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('演练场景库')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario library')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario library')
  await page.getByRole('link', { name: 'Plans' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans')
  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('预案')

  const fresh = await page.context().newPage()
  await fresh.goto('./?lang=en#/evaluations')
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Evaluations')
})

test('solo practice as one role: only its duties, the level withheld until graded, the others played and not scored', async ({ page }) => {
  await page.goto('./#/practice/leak-1200')
  await page.getByRole('radio', { name: '直接管辖部门或单位', exact: true }).check()
  await page.getByRole('button', { name: '开始演练' }).click()
  await expect(page.getByTestId('sim-time')).toHaveText('09:00')
  await expect(page.getByTestId('played-as')).toHaveText('直接管辖部门或单位')
  // Grading is this role's to do: the level is not given away before it.
  await expect(page.getByTestId('level')).toHaveText('待定级')
  await expect(page.getByText('只显示「直接管辖部门或单位」的要求；其他角色由自动演练完成。')).toBeVisible()
  await expect(page.locator('.obligation', { hasText: '提交《紧急报告》' }).first()).toBeVisible()
  await expect(page.locator('.obligation', { hasText: '事发单位先行紧急处置' })).toHaveCount(0)
  // Every action is the played role's: no role to choose.
  await expect(page.getByLabel('以何角色')).toHaveCount(0)
  await expect(page.getByTestId('acting-as')).toContainText('直接管辖部门或单位')

  await page.getByRole('radio', { name: '确定事件级别', exact: true }).check()
  await page.getByTestId('declared-level').selectOption({ label: '重大' })
  await page.getByRole('button', { name: '记录行动' }).click()
  await expect(page.getByText(/已按时完成/)).toBeVisible()
  await expect(page.getByTestId('level')).toHaveText('重大')

  // The emergency report to one recipient only: done, but incomplete.
  await page.getByRole('radio', { name: '提交《紧急报告》', exact: true }).check()
  await page.getByText('报送对象（可选）：').click()
  await page.getByRole('group', { name: /报送对象/ }).getByRole('checkbox', { name: '分行零售业务部', exact: true }).check()
  await expect(page.getByTestId('recipients-chosen')).toHaveText('分行零售业务部')
  await page.getByRole('button', { name: '记录行动' }).click()
  await expect(page.getByText(/报送对象不全/)).toBeVisible()
  await expect(page.locator('.act .count')).toHaveText('2')
  // The autopilot plays the other roles as the clock moves.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '前进 1 小时' }).click()
  await expect(page.locator('.act .count')).toHaveText('2')

  await page.getByRole('button', { name: '结束演练并评分' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '结束演练并评分' }).click()
  await expect(page).toHaveURL(/#\/evaluation\/leak-1200-/)
  await expect(page.getByTestId('played-as')).toHaveText('直接管辖部门或单位')
  const report = page.locator('tr[data-expectation="emergency-report"]')
  await expect(report).toHaveAttribute('data-status', 'incomplete')
  await expect(report).toContainText('报送不全')
  await expect(report.getByTestId('missing-recipients')).toContainText('分行领导小组')
  await expect(page.locator('tr[data-expectation="classify-level"]')).toContainText('所定级别：重大')
  await expect(page.locator('tr[data-scored="false"]').first()).toContainText('不计分')
  await expect(page.locator('tr[data-expectation="first-disposal"]')).toHaveAttribute('data-scored', 'false')

  await page.getByRole('link', { name: '评估记录' }).click()
  await expect(page.getByRole('table').getByTestId('played-as').first()).toHaveText('扮演：直接管辖部门或单位')
})
