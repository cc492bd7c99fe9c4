/** Unit and property tests; Playwright specs under test/e2e run separately. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    typecheck: { enabled: false },
    // Correctness never hinges on speed: a busy CI machine may run a property test 20× slower than an idle one.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
