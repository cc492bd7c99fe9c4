/**
 * Browser tests: Debian's Chromium (`apt-get install -y chromium`; the global setup installs it when missing), driven
 * by Playwright against the production build served by `vite preview` (so the service worker and chunks are real).
 */
import { execSync } from 'node:child_process'
import { defineConfig } from '@playwright/test'

export function chromiumPath(): string {
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/sh' }).trim()
  } catch {
    return '/usr/bin/chromium'
  }
}

const PORT = 4180

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Europe/London',
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
