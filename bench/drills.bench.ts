/**
 * Drill throughput: full headless drills (load → run with the seeded random autopilot → score) per second on one core,
 * through the plan's statechart and through a plain-function baseline of the same rules, side by side.
 * `--json` prints one JSON object; `--check` exits 1 when a budget in ./budgets.json is not met.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createAutopilot, loadScenario, runDrill, score } from '../src/engine/index.ts'
import type { PlanStepper, Scenario } from '../src/engine/index.ts'
import { plans } from '../src/plans/index.ts'
import { leakBaselineStepper } from './leakBaseline.ts'

const root = join(import.meta.dirname, '..')
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as { minDrillsPerSecond: number; maxBaselineRatio: number }
const args = process.argv.slice(2)
const json = args.includes('--json')
const check = args.includes('--check')
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.slice(10) ?? (check ? 1.5 : 3))

const dir = join(root, 'scenarios', 'customer-info-leak')
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => loadScenario(readFileSync(join(dir, f), 'utf8'), { file: f, plans }))
const plan = plans.get('customer-info-leak')
if (!plan) throw new Error('customer-info-leak plan missing')

function drill(s: Scenario, seed: number, stepper?: PlanStepper): number {
  const result = runDrill(plan as NonNullable<typeof plan>, s, { autopilot: createAutopilot('random', seed), ...(stepper ? { stepper } : {}) })
  return score(result).score
}

function measure(stepper?: PlanStepper): { perSecond: number; drills: number; checksum: number } {
  // Warm up the JIT, then run rounds over every scenario until the time box is used.
  for (let i = 0; i < 200; i++) drill(scenarios[i % scenarios.length] as Scenario, i, stepper)
  let drills = 0
  let checksum = 0
  const t0 = performance.now()
  const deadline = t0 + seconds * 1000
  while (performance.now() < deadline) {
    for (let i = 0; i < 50; i++) {
      checksum += drill(scenarios[drills % scenarios.length] as Scenario, drills, stepper)
      drills++
    }
  }
  const elapsed = (performance.now() - t0) / 1000
  return { perSecond: drills / elapsed, drills, checksum }
}

const machine = measure()
const baseline = measure(leakBaselineStepper)
const ratio = baseline.perSecond / machine.perSecond
const memory = process.memoryUsage()
const out = {
  plan: 'customer-info-leak',
  scenarios: scenarios.length,
  autopilot: 'random',
  drillsPerSecond: Math.round(machine.perSecond),
  baselineDrillsPerSecond: Math.round(baseline.perSecond),
  baselineRatio: Math.round(ratio * 100) / 100,
  drills: machine.drills,
  baselineDrills: baseline.drills,
  heapUsedMB: Math.round((memory.heapUsed / 1048576) * 10) / 10,
  rssMB: Math.round((memory.rss / 1048576) * 10) / 10,
  budgets,
}
if (json) process.stdout.write(`${JSON.stringify(out)}\n`)
else {
  process.stdout.write(`drills/s (customer-info-leak, random autopilot, ${scenarios.length} scenarios, one core)\n`)
  process.stdout.write(`  statechart engine   ${String(out.drillsPerSecond).padStart(8)}   (${machine.drills} drills)\n`)
  process.stdout.write(`  plain-function base ${String(out.baselineDrillsPerSecond).padStart(8)}   (${baseline.drills} drills)\n`)
  process.stdout.write(`  baseline / engine   ${String(out.baselineRatio).padStart(8)}×  (budget ≤ ${budgets.maxBaselineRatio}×)\n`)
  process.stdout.write(`  heap ${out.heapUsedMB} MB, rss ${out.rssMB} MB\n`)
}
if (check) {
  const problems: string[] = []
  if (out.drillsPerSecond < budgets.minDrillsPerSecond) problems.push(`${out.drillsPerSecond} drills/s is below the budget of ${budgets.minDrillsPerSecond}`)
  if (ratio > budgets.maxBaselineRatio) problems.push(`the statechart engine is ${out.baselineRatio}× slower than the baseline (budget ${budgets.maxBaselineRatio}×)`)
  for (const p of problems) process.stderr.write(`bench budget: ${p}\n`)
  if (problems.length > 0) process.exitCode = 1
}
