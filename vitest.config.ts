/** Unit and property tests; Playwright specs under test/e2e run separately. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    typecheck: { enabled: false },
  },
})
