/**
 * Review throughput: 100,000 evaluations (a few hundred simulated drills, replicated in memory with new ids and dates)
 * through `reviewEvaluations` on one core. `--json` prints one JSON object; `--check` reports a time above the 2000 ms
 * target and exits 1 only above a wide ceiling (10×): the same commit took 0.65 s and 2.2 s here on two days, so a
 * tight wall-clock budget would fail a busy CI machine whatever the code does.
 * Options: `--evaluations=N` (default 100000), `--base=N` simulated drills to replicate (default 300).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadScenario } from '../src/engine/index.ts'
import type { Evaluation, Scenario } from '../src/engine/index.ts'
import { reviewEvaluations } from '../src/engine/review.ts'
import type { ReviewInput } from '../src/engine/review.ts'
import { simulateDrills } from '../src/engine/simulate.ts'
import { plans } from '../src/plans/index.ts'

const BUDGET_MS = 2000
/** Fails the check: a regression this large is the code, not the machine. */
const CEILING_MS = 10 * BUDGET_MS
const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const json = args.includes('--json')
const check = args.includes('--check')
const count = Number(args.find((a) => a.startsWith('--evaluations='))?.slice(14) ?? 100_000)
const baseCount = Number(args.find((a) => a.startsWith('--base='))?.slice(7) ?? 300)

const planId = 'customer-info-leak'
const plan = plans.get(planId)
if (!plan) throw new Error(`${planId} plan missing`)
const dir = join(root, 'scenarios', planId)
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => loadScenario(readFileSync(join(dir, f), 'utf8'), { file: f, plans }))

const base = simulateDrills(plan, scenarios, { drills: baseCount, seed: 2026, autopilot: 'random', from: '2025-01-01', years: 2 })
// Replicas share their nested arrays with the originals (no deep copies), so 100k inputs stay small in memory.
const inputs: ReviewInput[] = new Array(count)
for (let k = 0; k < count; k++) {
  const e = base[k % base.length] as Evaluation
  const round = Math.floor(k / base.length)
  const year = Number(e.startedAt.slice(0, 4)) - (round % 4)
  inputs[k] = { file: `r${String(round).padStart(4, '0')}/${e.id}.json`, data: { ...e, id: `${e.id}-${round}`, startedAt: `${year}${e.startedAt.slice(4)}` } }
}
const shipped = scenarios.map((s) => ({ id: s.id, plan: s.plan, title: s.title }))

// One warm-up on a slice so the JIT has seen the code, then the timed run.
reviewEvaluations(inputs.slice(0, 2000), { plans, scenarios: shipped })
const before = process.memoryUsage()
const t0 = performance.now()
const review = reviewEvaluations(inputs, { plans, scenarios: shipped })
const elapsedMs = performance.now() - t0
const memory = process.memoryUsage()
if (review.used !== count) throw new Error(`expected ${count} evaluations used, got ${review.used} (skipped ${review.skipped.length})`)

const out = {
  evaluations: count,
  elapsedMs: Math.round(elapsedMs),
  evaluationsPerSecond: Math.round(count / (elapsedMs / 1000)),
  heapUsedMB: round1(memory.heapUsed / 1048576),
  heapUsedBeforeMB: round1(before.heapUsed / 1048576),
  rssMB: round1(memory.rss / 1048576),
  budgetMs: BUDGET_MS,
}
if (json) process.stdout.write(`${JSON.stringify(out)}\n`)
else {
  process.stdout.write(`review throughput (${planId}, ${count} evaluations from ${base.length} simulated drills, one core)\n`)
  process.stdout.write(`  elapsed        ${String(out.elapsedMs).padStart(8)} ms   (budget ≤ ${BUDGET_MS} ms)\n`)
  process.stdout.write(`  evaluations/s  ${String(out.evaluationsPerSecond).padStart(8)}\n`)
  process.stdout.write(`  heap ${out.heapUsedMB} MB (inputs alone ${out.heapUsedBeforeMB} MB), rss ${out.rssMB} MB\n`)
  process.stdout.write(`  plans ${review.plans.length}, mean score ${review.plans[0]?.meanScore}, recommendations ${review.plans[0]?.recommendations.length}\n`)
}
if (check && elapsedMs > CEILING_MS) {
  process.stderr.write(`bench budget: reviewing ${count} evaluations took ${Math.round(elapsedMs)} ms (ceiling ${CEILING_MS} ms)\n`)
  process.exitCode = 1
} else if (check && elapsedMs > BUDGET_MS) {
  process.stderr.write(`bench: reviewing ${count} evaluations took ${Math.round(elapsedMs)} ms, above the ${BUDGET_MS} ms target for an idle machine (not a failure: the machine may be busy)\n`)
}

function round1(x: number): number {
  return Math.round(x * 10) / 10
}
