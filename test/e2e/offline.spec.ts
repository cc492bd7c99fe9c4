/** Offline: after one visit the service worker serves the app, every route and every scenario with the network off. */
import { expect, test } from '@playwright/test'

test('after one visit the app reloads and drills with the network off', async ({ page, context }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('演练场景库')
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    return reg.active?.state
  })
  // The worker precaches every chunk (charts and diagram included) on install; wait until it controls the page.
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('演练场景库')
  await page.goto('./#/practice/phishing-upgrade')
  await page.getByRole('button', { name: '开始演练' }).click()
  await page.getByRole('button', { name: /跳到下一条消息/ }).click()
  await expect(page.locator('.message')).toHaveCount(2)
  await page.goto('./#/plans/customer-info-leak')
  await expect(page.locator('.diagram svg')).toBeVisible()
  await context.setOffline(false)
})
