/** Test helpers: build scenarios inline, run drills, and pick expectations out of evaluations. */
import { expect } from 'vitest'
import { createAutopilot, loadScenario, runDrill, score } from '../src/engine/index.ts'
import type { ActionInput, AutopilotPolicy, Evaluation, EvaluatedExpectation, PlanRegistry, Scenario } from '../src/engine/index.ts'
import { plans } from '../src/plans/index.ts'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..')

export interface InjectSpec {
  at: string
  event: string
  data?: Record<string, unknown>
}

/** A minimal scenario YAML for `plan` with the given injects (JSON is valid YAML). */
export function scenarioText(plan: string, injects: InjectSpec[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'test-scenario',
    plan,
    title: { zh: '测试', en: 'Test' },
    start: '2026-03-02T09:00:00+08:00',
    seed: 1,
    injects,
    ...extra,
  })
}

export function scenario(plan: string, injects: InjectSpec[], extra: Record<string, unknown> = {}, registry: PlanRegistry = plans): Scenario {
  return loadScenario(scenarioText(plan, injects, extra), { file: 'test.yaml', plans: registry })
}

export function shipped(registry: PlanRegistry = plans): { file: string; scenario: Scenario }[] {
  const out: { file: string; scenario: Scenario }[] = []
  const dir = join(ROOT, 'scenarios')
  for (const p of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, p)).sort()) {
      if (!f.endsWith('.yaml') || !registry.get(p)) continue
      const file = `scenarios/${p}/${f}`
      out.push({ file, scenario: loadScenario(readFileSync(join(ROOT, file), 'utf8'), { file, plans: registry }) })
    }
  }
  return out
}

/** Parses `2h30m`-style offsets from the scenario start into ActionInput times. */
export function act(_s: Scenario, at: string, role: string, action: string): ActionInput {
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(at)
  if (!m) throw new Error(`bad offset ${at}`)
  const ms = ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60_000
  return { at: ms as ActionInput['at'], role: role as ActionInput['role'], action: action as ActionInput['action'] }
}

export function evaluate(s: Scenario, options: { actions?: ActionInput[]; autopilot?: AutopilotPolicy; seed?: number; registry?: PlanRegistry } = {}): Evaluation {
  const plan = (options.registry ?? plans).get(s.plan)
  if (!plan) throw new Error(`no plan ${s.plan}`)
  return score(
    runDrill(plan, s, {
      ...(options.actions ? { actions: options.actions } : {}),
      ...(options.autopilot ? { autopilot: createAutopilot(options.autopilot, options.seed ?? s.seed) } : {}),
    }),
  )
}

export function expectation(e: Evaluation, id: string, occurrence = 1): EvaluatedExpectation {
  const x = e.expectations.find((y) => y.id === id && (y.occurrence === occurrence || (occurrence === 1 && y.occurrence === 0)))
  if (!x) throw new Error(`no expectation ${id}#${occurrence} in evaluation; have ${e.expectations.map((y) => `${y.id}#${y.occurrence}`).join(', ')}`)
  return x
}

/**
 * The scoring contract every shipped scenario meets: the perfect autopilot scores ≥ 95, none ≤ 10 (rated U), late
 * strictly between; and `end` leaves room for the late autopilot after the last deadline.
 */
export function expectScoringContract(s: Scenario, registry: PlanRegistry = plans): void {
  const perfect = evaluate(s, { registry, autopilot: 'perfect' })
  const late = evaluate(s, { registry, autopilot: 'late' })
  const none = evaluate(s, { registry, autopilot: 'none' })
  expect(perfect.score).toBeGreaterThanOrEqual(95)
  expect(none.score).toBeLessThanOrEqual(10)
  expect(none.rating).toBe('U')
  expect(late.score).toBeGreaterThan(none.score)
  expect(late.score).toBeLessThan(perfect.score)
  // A late run leaves nothing it was owed unjudged; an end the scenario's own close discharged (the end was a fact,
  // `dischargedBy`) is the one exception: the late autopilot never acts on a step without a deadline.
  expect(late.expectations.filter((x) => x.status === 'not-applicable' && x.occurrence > 0 && !x.optional && x.dischargedBy === null)).toEqual([])
}

