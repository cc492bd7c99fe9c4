/** Synthetic drill histories for demos, tests and benchmarks: shipped scenarios replayed on seeded working days by seeded participants. */
import { Faker, base, en, zh_CN } from '@faker-js/faker'
import { createAutopilot } from './autopilot.ts'
import type { AutopilotPolicy } from './autopilot.ts'
import { calendarFor, chinaMainlandCalendar, layerCalendars, weekdayCalendar } from './calendar.ts'
import type { WorkingDayCalendar } from './calendar.ts'
import { runDrill } from './drillRunner.ts'
import { InputError } from './errors.ts'
import type { InputIssue } from './errors.ts'
import type { Evaluation } from './evaluation.ts'
import type { Plan } from './model.ts'
import { createRng, deriveSeed } from './random.ts'
import type { Rng } from './random.ts'
import type { Scenario } from './scenario.ts'
import { score } from './scorer.ts'
import { formatIso, parseIsoDateTime } from './time.ts'
import type { EpochMs } from './types.ts'

export interface SimulateOptions {
  /** How many drills (1 to 1,000,000). */
  readonly drills: number
  /** Same seed, same history, byte for byte. */
  readonly seed: number
  readonly autopilot: AutopilotPolicy
  /** First day of the history (YYYY-MM-DD); default 2025-01-01. */
  readonly from?: string
  /** Years covered from `from` (1 to 10); default 2. */
  readonly years?: number
  /** Working days on which drills are held and deadlines count (past its data: Mon–Fri); default mainland China's. */
  readonly calendar?: WorkingDayCalendar
}

export const SIMULATION_DEFAULTS = {
  from: '2025-01-01',
  years: 2,
  /** Branches in the simulated bank, and staff per branch. */
  branches: 4,
  staffPerBranch: 8,
  /** People taking part in one drill. */
  participants: { min: 3, max: 7 },
} as const

/**
 * Simulates a history of drills of one plan: each drill is one of `scenarios` (those of this plan) moved to a
 * working day in the period (same local time of day and offset), run with the autopilot (seeded per drill) and
 * scored with its participants, who come from a seeded roster (faker names, branches, and the plan's departments).
 * Returns the evaluations in date order. Pure and deterministic per seed.
 */
export function simulateDrills(plan: Plan, scenarios: readonly Scenario[], options: SimulateOptions): Evaluation[] {
  const planId = plan.definition.id
  const mine = scenarios.filter((s) => s.plan === planId).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const issues: InputIssue[] = []
  if (!Number.isInteger(options.drills) || options.drills < 1 || options.drills > 1_000_000) issues.push({ path: 'drills', message: `must be a whole number from 1 to 1000000 (got ${options.drills})` })
  const years = options.years ?? SIMULATION_DEFAULTS.years
  if (!Number.isInteger(years) || years < 1 || years > 10) issues.push({ path: 'years', message: `must be a whole number from 1 to 10 (got ${years})` })
  const fromText = options.from ?? SIMULATION_DEFAULTS.from
  const from = /^\d{4}-\d{2}-\d{2}$/.test(fromText) ? parseIsoDateTime(`${fromText}T00:00:00Z`) : { error: `"${fromText}" is not a date (YYYY-MM-DD)` }
  if ('error' in from) issues.push({ path: 'from', message: from.error.replace('T00:00:00Z', '') })
  if (mine.length === 0) issues.push({ path: 'scenarios', message: `no scenario of plan "${planId}" to simulate` })
  if (issues.length > 0 || 'error' in from) throw new InputError('bad-value', 'simulate options', issues)

  const seed = options.seed >>> 0
  const rng = createRng(deriveSeed(seed, `simulate/${planId}`))
  const days = workingDays(from.epochMs, years, options.calendar ?? chinaMainlandCalendar)
  const dates = Array.from({ length: options.drills }, () => days[Math.floor(rng() * days.length)] as number).sort((a, b) => a - b)
  const roster = makeRoster(plan, seed)

  const out: Evaluation[] = []
  for (let i = 0; i < options.drills; i++) {
    const scenario = mine[Math.floor(rng() * mine.length)] as Scenario
    const branch = roster[Math.floor(rng() * roster.length)] as readonly string[]
    const participants = pickSome(rng, branch, SIMULATION_DEFAULTS.participants.min, SIMULATION_DEFAULTS.participants.max)
    const moved = moveTo(scenario, dates[i] as number, deriveSeed(seed, `drill/${i}`))
    // Synthetic data never stops at the end of the official holidays: past them, deadlines count Mon–Fri.
    const calendar = layerCalendars(calendarFor(moved, options.calendar), weekdayCalendar)
    const result = runDrill(plan, moved, { autopilot: createAutopilot(options.autopilot, deriveSeed(seed, `autopilot/${i}`)), calendar })
    out.push(score(result, { participants }))
  }
  return out
}

// --- internal ---

const DAY = 86_400_000

/** UTC midnights of the working days in [from, from + years). */
function workingDays(from: EpochMs, years: number, calendar: WorkingDayCalendar): number[] {
  const start = new Date(from)
  const end = Date.UTC(start.getUTCFullYear() + years, start.getUTCMonth(), start.getUTCDate())
  const out: number[] = []
  for (let t = from as number; t < end; t += DAY) if (calendar.isWorkingDay(isoDay(t))) out.push(t)
  if (out.length === 0) throw new Error(`No working day in the ${years} year(s) from ${isoDay(from)}`)
  return out
}

/** The scenario on another day: same local time of day and offset, its own seed; injects stay relative to the start. */
function moveTo(s: Scenario, utcMidnight: number, seed: number): Scenario {
  const shift = s.start.offsetMinutes * 60_000
  const timeOfDay = (((s.start.epochMs + shift) % DAY) + DAY) % DAY
  const epoch = (utcMidnight + timeOfDay - shift) as EpochMs
  return { ...s, start: { epochMs: epoch, offsetMinutes: s.start.offsetMinutes }, startText: formatIso(epoch, s.start.offsetMinutes), seed }
}

/** Staff by branch: `姓名（某某分行 部门）`, departments from the plan's own (non-external) roles. */
function makeRoster(plan: Plan, seed: number): string[][] {
  const faker = new Faker({ locale: [zh_CN, en, base], seed: deriveSeed(seed, `roster/${plan.definition.id}`) })
  const departments = plan.definition.roles.filter((r) => !r.external).map((r) => r.name.zh.replace(/[(（].*$/, ''))
  const used = new Set<string>()
  const branches: string[][] = []
  const branchNames = new Set<string>()
  for (let b = 0; b < SIMULATION_DEFAULTS.branches; b++) {
    let branch = ''
    for (let guard = 0; guard < 50 && (branch === '' || branchNames.has(branch)); guard++) branch = `${faker.location.city().replace(/市$/, '')}分行`
    if (branchNames.has(branch)) branch = `${branch}${b + 1}`
    branchNames.add(branch)
    const staff: string[] = []
    for (let k = 0; k < SIMULATION_DEFAULTS.staffPerBranch; k++) {
      let name = faker.person.lastName() + faker.person.firstName()
      for (let n = 2; used.has(name); n++) name = `${faker.person.lastName()}${faker.person.firstName()}${n > 5 ? n : ''}`
      used.add(name)
      const dept = departments.length > 0 ? faker.helpers.arrayElement(departments) : '应急办公室'
      staff.push(`${name}（${branch} ${dept}）`)
    }
    branches.push(staff)
  }
  return branches
}

function pickSome(rng: Rng, from: readonly string[], min: number, max: number): string[] {
  const n = Math.min(from.length, min + Math.floor(rng() * (max - min + 1)))
  const pool = [...from]
  const out: string[] = []
  for (let k = 0; k < n; k++) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as string)
  return out
}

function isoDay(utcMidnight: number): string {
  const d = new Date(utcMidnight)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}
