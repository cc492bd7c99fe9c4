/** The `plandrill` command: reads argv and files, calls the engine, prints, and sets the exit code. */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  AUTOPILOT_POLICIES,
  InputError,
  analyzePlan,
  explainPlan,
  formatChecklist,
  generateScenarios,
  createAutopilot,
  didYouMean,
  DrillLimitError,
  formatIssue,
  isCalendarCoverageError,
  isInputError,
  loadActionLog,
  loadCalendarFile,
  loadScenario,
  runDrill,
  score,
} from '../engine/index.ts'
import type { AutopilotPolicy, Lang, PlanDefinition, PlanRegistry, RoleId, Scenario, WorkingDayCalendar } from '../engine/index.ts'
import { plans as defaultPlans } from '../plans/index.ts'
import { formatReport } from './report.ts'
import { cmdReview, cmdSimulate, reviewUsage } from './review.ts'
import { cmdMsel, mselUsage } from './msel.ts'

export interface CliIO {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
}

export interface CliEnv extends CliIO {
  /** Project root (where `scenarios/` lives). */
  readonly root: string
  readonly plans: PlanRegistry
}

/** Usage errors: shown as a message plus usage, exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError'
}

export const USAGE = `Usage: plandrill <command> [options]

Commands:
  run <scenario.yaml> [--actions <log.json>] [--autopilot perfect|late|none|random] [--as <role>] [--seed N] [--json] [--lang zh|en]
      [--calendar <file.yaml>]
      Run a drill and print its evaluation (a readable report, or the evaluation JSON with --json).
      --calendar adds official 放假/调休 days for years the built-in calendar lacks (see README).
  list [--json]
      List the plans and the scenarios shipped in scenarios/.
  lint <files...> [--scenario <scenario.yaml>] [--calendar <file.yaml>]
      Validate scenario (.yaml) and action-log (.json) files without running them.
  coverage [--plan <id>] [--json]
      Analyse each plan's statechart (xstate/graph): unreachable states, expectations nothing can arm,
      events nothing handles, dead ends, and what the shipped scenarios exercise.
  explain <plan-id> [--lang zh|en]
      Print the plan as a checklist by phase and role, with deadlines and clauses.
  generate --plan <id> [--seed N] [--count K] --out <folder>
      Write K seeded scenario variants covering the plan's levels (same seed, same files). Never overwrites.
${reviewUsage()}
${mselUsage()}

Exit codes: 0 success, 2 bad input or usage, 1 internal error.`

/** Runs one command; returns the exit code. Never calls process.exit, never reads process.argv. */
export function runMain(rawArgs: readonly string[], env: CliEnv): number {
  try {
    const [command, ...rest] = rawArgs
    switch (command) {
      case 'run':
        return cmdRun(rest, env)
      case 'list':
        return cmdList(rest, env)
      case 'lint':
        return cmdLint(rest, env)
      case 'coverage':
        return cmdCoverage(rest, env)
      case 'explain':
        return cmdExplain(rest, env)
      case 'generate':
        return cmdGenerate(rest, env)
      case 'review':
        return cmdReview(rest, env)
      case 'simulate':
        return cmdSimulate(rest, env)
      case 'msel':
        return cmdMsel(rest, env)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        env.stdout(`${USAGE}\n`)
        return command === undefined ? 2 : 0
      default:
        throw new CliError(`unknown command "${command}"`)
    }
  } catch (e) {
    if (isInputError(e)) {
      for (const issue of e.issues) env.stderr(`error: ${formatIssue(e.file, issue)}\n`)
      return 2
    }
    if (isCalendarCoverageError(e)) {
      env.stderr(`error: ${e.message}\n`)
      return 2
    }
    if (e instanceof CliError) {
      env.stderr(`error: ${e.message}\n\n${USAGE}\n`)
      return 2
    }
    env.stderr(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    return 1
  }
}

// --- internal ---

/** Parses a command's options (strict: an unknown option is a usage error, exit 2). Shared by every command. */
export function args(rest: readonly string[], options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>) {
  try {
    return parseArgs({ args: [...rest], options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e))
  }
}

function cmdRun(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, {
    actions: { type: 'string' },
    autopilot: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    calendar: { type: 'string' },
    as: { type: 'string' },
  })
  if (positionals.length !== 1) throw new CliError('run takes exactly one scenario file')
  const file = positionals[0] as string
  const lang = parseLang(values.lang as string | undefined)
  const policy = values.autopilot as string | undefined
  if (policy !== undefined && !(AUTOPILOT_POLICIES as readonly string[]).includes(policy)) throw new CliError(`--autopilot must be one of ${AUTOPILOT_POLICIES.join(', ')} (got "${policy}")`)
  const seedArg = wholeNumber(values.seed as string | undefined, '--seed', 0, 4294967295)
  const calendar = readCalendar(values.calendar as string | undefined, env)
  const scenario = readScenario(file, env, calendar)
  const seed = seedArg ?? scenario.seed
  const run = seedArg !== undefined ? { ...scenario, seed } : scenario
  const plan = env.plans.get(scenario.plan)
  if (!plan) throw new Error(`plan "${scenario.plan}" vanished from the registry`)
  const playedAs = soloRole(values.as as string | undefined, policy, plan.definition)
  const actionsFile = values.actions as string | undefined
  const log = actionsFile !== undefined ? loadActionLog(readText(actionsFile, env), { file: actionsFile, plan: plan.definition, scenario, ...(calendar ? { calendar } : {}) }) : undefined
  const evaluation = naming(file, () => score(runDrill(plan, run, {
    ...(log ? { actions: log.actions } : {}),
    ...(playedAs !== undefined
      ? { autopilot: createAutopilot('perfect', seed, { except: playedAs }), playedAs }
      : policy !== undefined ? { autopilot: createAutopilot(policy as AutopilotPolicy, seed) } : {}),
    ...(calendar ? { calendar } : {}),
  })))
  env.stdout(values.json ? `${JSON.stringify(evaluation, null, 2)}\n` : formatReport(evaluation, plan.definition, lang))
  return 0
}

/** `--as <role>`: solo practice as one role; the perfect autopilot plays the others, so no other policy fits. */
function soloRole(role: string | undefined, policy: string | undefined, plan: PlanDefinition): RoleId | undefined {
  if (role === undefined) return undefined
  if (policy !== undefined && policy !== 'perfect') throw new CliError(`--as plays the other roles with the perfect autopilot; drop --autopilot ${policy}`)
  const r = plan.roles.find((x) => x.id === role)
  if (!r) throw new CliError(`--as: unknown role "${role}" in plan "${plan.id}".${didYouMean(role, plan.roles.map((x) => x.id))}`)
  if (r.external) throw new CliError(`--as: "${role}" is an outside party (${r.name.en}); participants cannot play it`)
  return r.id
}

function cmdList(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { json: { type: 'boolean' } })
  if (positionals.length > 0) throw new CliError('list takes no arguments')
  const { found, problems } = discoverScenarios(env)
  const out = env.plans.ids().map((id) => {
    const plan = env.plans.get(id)?.definition
    return {
      id,
      title: plan ? { zh: plan.title.zh, en: plan.title.en } : { zh: id, en: id },
      scenarios: found.filter((s) => s.scenario.plan === id).map((s) => ({ id: s.scenario.id, file: s.file, title: s.scenario.title })),
    }
  })
  if (values.json) env.stdout(`${JSON.stringify({ plans: out }, null, 2)}\n`)
  else {
    for (const p of out) {
      env.stdout(`${p.id}  ${p.title.zh} / ${p.title.en}\n`)
      for (const s of p.scenarios) env.stdout(`  ${s.id.padEnd(32)} ${s.file}  ${s.title.zh}\n`)
    }
  }
  for (const e of problems) for (const issue of e.issues) env.stderr(`error: ${formatIssue(e.file, issue)}\n`)
  return problems.length > 0 ? 2 : 0
}

function cmdLint(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { scenario: { type: 'string' }, calendar: { type: 'string' } })
  if (positionals.length === 0) throw new CliError('lint needs at least one file')
  let failed = 0
  const given = values.scenario as string | undefined
  const calendar = readCalendar(values.calendar as string | undefined, env)
  const context = given !== undefined ? readScenario(given, env, calendar) : undefined
  for (const file of positionals) {
    try {
      if (/\.ya?ml$/i.test(file)) readScenario(file, env, calendar)
      else if (/\.json$/i.test(file)) lintLog(file, env, context, calendar)
      else throw new InputError('usage', file, [{ path: '', message: 'not a scenario (.yaml) or action log (.json)' }])
      env.stdout(`ok: ${file}\n`)
    } catch (e) {
      if (!isInputError(e)) throw e
      failed++
      for (const issue of e.issues) env.stderr(`error: ${formatIssue(e.file, issue)}\n`)
    }
  }
  return failed > 0 ? 2 : 0
}

function cmdCoverage(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { plan: { type: 'string' }, json: { type: 'boolean' } })
  if (positionals.length > 0) throw new CliError('coverage takes no positional arguments')
  const only = values.plan as string | undefined
  if (only !== undefined && !env.plans.get(only)) throw new CliError(`unknown plan "${only}"; known plans: ${env.plans.ids().join(', ')}`)
  const { found, problems } = discoverScenarios(env)
  const reports = env.plans.ids().filter((id) => only === undefined || id === only).map((id) =>
    analyzePlan(env.plans.get(id) as NonNullable<ReturnType<PlanRegistry['get']>>, { scenarios: found.filter((s) => s.scenario.plan === id).map((s) => s.scenario) }),
  )
  if (values.json) env.stdout(`${JSON.stringify({ plans: reports }, null, 2)}\n`)
  else {
    env.stdout(`${'plan'.padEnd(22)} ${'states'.padStart(7)} ${'unreach'.padStart(8)} ${'unarmable'.padStart(10)} ${'unhandled'.padStart(10)} ${'deadEnds'.padStart(9)} ${'exercised'.padStart(10)}\n`)
    for (const r of reports) {
      env.stdout(`${r.id.padEnd(22)} ${String(r.states).padStart(7)} ${String(r.unreachableStates.length).padStart(8)} ${String(r.unarmableExpectations.length).padStart(10)} ${String(r.unhandledEvents.length).padStart(10)} ${String(r.deadEnds.length).padStart(9)} ${`${(r.exercised * 100).toFixed(1)}%`.padStart(10)}\n`)
      for (const [label, list] of [['unreachable', r.unreachableStates], ['unarmable', r.unarmableExpectations], ['unhandled', r.unhandledEvents], ['dead end', r.deadEnds], ['not exercised', r.notExercised]] as const) {
        if (list.length > 0) env.stdout(`  ${label}: ${list.join(', ')}\n`)
      }
    }
  }
  for (const e of problems) for (const issue of e.issues) env.stderr(`error: ${formatIssue(e.file, issue)}\n`)
  return problems.length > 0 ? 2 : 0
}

function cmdExplain(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { lang: { type: 'string' } })
  if (positionals.length !== 1) throw new CliError('explain takes exactly one plan id')
  const id = positionals[0] as string
  const plan = env.plans.get(id)
  if (!plan) throw new CliError(`unknown plan "${id}"; known plans: ${env.plans.ids().join(', ')}`)
  const lang = parseLang(values.lang as string | undefined)
  env.stdout(formatChecklist(explainPlan(plan, lang), lang))
  return 0
}

function cmdGenerate(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { plan: { type: 'string' }, seed: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' } })
  if (positionals.length > 0) throw new CliError('generate takes no positional arguments')
  const id = values.plan as string | undefined
  const outDir = values.out as string | undefined
  if (id === undefined) throw new CliError('generate needs --plan <id>')
  if (outDir === undefined) throw new CliError('generate needs --out <folder>')
  const plan = env.plans.get(id)
  if (!plan) throw new CliError(`unknown plan "${id}"; known plans: ${env.plans.ids().join(', ')}`)
  const seed = wholeNumber(values.seed as string | undefined, '--seed', 0, 4294967295) ?? 0
  const count = wholeNumber(values.count as string | undefined, '--count', 1, 1000) ?? 3
  if (!plan.definition.recipes?.length) throw new CliError(`plan "${id}" has no scenario recipes to generate from`)
  const generated = generateScenarios(plan, { seed, count, plans: env.plans })
  const dir = resolve(env.cwd, outDir)
  // Refuse before writing anything, so a clash never leaves a half-written batch behind.
  const clashes = generated.filter((g) => existsSync(join(dir, g.file)))
  if (clashes.length > 0) {
    for (const g of clashes) env.stderr(`error: ${join(outDir, g.file)}: already exists; choose another --out or --seed (nothing was written)\n`)
    return 2
  }
  mkdirSync(dir, { recursive: true })
  for (const g of generated) {
    writeFileSync(join(dir, g.file), g.text, { flag: 'wx' })
    env.stdout(`${join(outDir, g.file)}  ${g.case}${g.level ? ` (${g.level})` : ''}\n`)
  }
  return 0
}

function wholeNumber(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d{1,10}$/.test(text) || Number(text) < min || Number(text) > max) throw new CliError(`${name} must be a whole number from ${min} to ${max} (got "${text}")`)
  return Number(text)
}

function lintLog(file: string, env: CliEnv, given: Scenario | undefined, calendar?: WorkingDayCalendar): void {
  const text = readText(file, env)
  let scenario = given
  if (!scenario) {
    // The log names its scenario: find it among the shipped ones.
    const id = /"scenario"\s*:\s*"([^"]+)"/.exec(text)?.[1]
    const hit = id !== undefined ? discoverScenarios(env).found.find((s) => s.scenario.id === id) : undefined
    if (!hit) throw new InputError('bad-value', file, [{ path: 'scenario', message: id === undefined ? 'names no scenario' : `scenario "${id}" is not among the shipped scenarios; pass --scenario <file>` }])
    scenario = hit.scenario
  }
  const plan = env.plans.get(scenario.plan)
  if (!plan) throw new Error(`plan "${scenario.plan}" vanished from the registry`)
  loadActionLog(text, { file, plan: plan.definition, scenario, ...(calendar ? { calendar } : {}) })
}

/** Shipped scenarios under `<root>/scenarios/<plan>/*.yaml`, in file-name order. */
export function discoverScenarios(env: CliEnv): { found: { file: string; scenario: Scenario }[]; problems: InputError[] } {
  const dir = join(env.root, 'scenarios')
  const found: { file: string; scenario: Scenario }[] = []
  const problems: InputError[] = []
  let planDirs: string[] = []
  try {
    planDirs = readdirSync(dir).sort()
  } catch {
    return { found, problems }
  }
  for (const p of planDirs) {
    const pd = join(dir, p)
    if (!statSync(pd).isDirectory()) continue
    for (const f of readdirSync(pd).sort()) {
      if (!/\.ya?ml$/.test(f)) continue
      const rel = relative(env.root, join(pd, f)).split('\\').join('/')
      try {
        found.push({ file: rel, scenario: loadScenario(readFileSync(join(pd, f), 'utf8'), { file: rel, plans: env.plans }) })
      } catch (e) {
        if (!isInputError(e)) throw e
        problems.push(e)
      }
    }
  }
  return { found, problems }
}

function readScenario(file: string, env: CliEnv, calendar?: WorkingDayCalendar): Scenario {
  return loadScenario(readText(file, env), { file, plans: env.plans, ...(calendar ? { calendar } : {}) })
}

/** `--calendar <file.yaml>`: official 放假/调休 days over the built-in calendar (the file wins for its years). */
function readCalendar(file: string | undefined, env: CliEnv): WorkingDayCalendar | undefined {
  return file === undefined ? undefined : loadCalendarFile(readText(file, env), file)
}

/** A working-day deadline in a year no calendar covers is the scenario file's problem: `error: <file>: …`, exit 2. */
function naming<T>(file: string, run: () => T): T {
  try {
    return run()
  } catch (e) {
    if (isCalendarCoverageError(e)) throw new InputError('bad-time', file, [{ path: '', message: e.message }])
    if (e instanceof DrillLimitError) throw new InputError('bad-value', file, [{ path: 'params', message: e.message }])
    throw e
  }
}

function readText(file: string, env: CliEnv): string {
  const full = resolve(env.cwd, file)
  let text: string
  try {
    if (statSync(full).size > 20 * 1024 * 1024) throw new InputError('usage', file, [{ path: '', message: 'file is larger than 20 MB' }])
    text = readFileSync(full, 'utf8')
  } catch (e) {
    if (isInputError(e)) throw e
    const code = (e as { code?: string }).code
    throw new InputError('usage', file, [{ path: '', message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(e)})` }])
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'zh'
  if (value === 'zh' || value === 'en') return value
  throw new CliError(`--lang must be zh or en (got "${value}")`)
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isEntry) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const code = runMain(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    root,
    plans: defaultPlans,
  })
  process.exitCode = code
}
