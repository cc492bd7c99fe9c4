/** Makes sure Debian's Chromium is installed (Playwright's own browser download does not work here) and the app is built. */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export default function globalSetup(): void {
  const has = () => {
    try {
      execSync('command -v chromium || command -v chromium-browser', { stdio: 'ignore', shell: '/bin/sh' })
      return true
    } catch {
      return false
    }
  }
  if (!has()) {
    const root = process.getuid?.() === 0
    console.log('e2e: Chromium not found; installing Debian\'s chromium package')
    execSync(`${root ? '' : 'sudo '}apt-get update -qq && ${root ? '' : 'sudo '}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit', shell: '/bin/sh' })
    if (!has()) throw new Error('e2e: could not install Chromium (apt-get install -y chromium)')
  }
  if (!existsSync(join(import.meta.dirname, '..', '..', 'dist', 'index.html'))) {
    throw new Error('e2e: dist/ is missing; run `npm run build` before the browser tests (npm test does)')
  }
  // A real evaluation for the import tests, scored by the CLI from a shipped scenario.
  const root = join(import.meta.dirname, '..', '..')
  const dir = join(root, 'test', 'e2e', '.fixtures')
  mkdirSync(dir, { recursive: true })
  const json = execSync('node bin/plandrill.mjs run scenarios/customer-info-leak/leak-1200.yaml --autopilot perfect --json', { cwd: root, encoding: 'utf8' })
  writeFileSync(join(dir, 'leak-1200-perfect.json'), json)

  // A synthetic year of drills of two plans for the review dashboard, and the CLI's review of it to compare against.
  const year = join(dir, 'year')
  rmSync(year, { recursive: true, force: true })
  const cli = (args: string) => execSync(`node bin/plandrill.mjs ${args}`, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  cli(`simulate --plan customer-info-leak --drills 80 --seed 5 --from 2026-01-05 --years 1 --out ${join(year, 'leak')}`)
  cli(`simulate --plan payment-outsourcing --drills 40 --seed 6 --from 2026-01-05 --years 1 --out ${join(year, 'vendor')}`)
  writeFileSync(join(dir, 'year-review.json'), cli(`review ${year} --json`))
  writeFileSync(join(dir, 'year-review-leak-q2.json'), cli(`review ${year} --json --plan customer-info-leak --from 2026-04 --to 2026-06`))
}
