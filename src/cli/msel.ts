/** `plandrill msel export|import`: scenarios to and from MSEL spreadsheets (CSV, XLSX, JSON), thin over src/msel. */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError, loadScenario } from '../engine/index.ts'
import { MSEL_FIELDS, mselToCsv, mselToScenario, readMselCsv, readMselJson, scenarioToMsel } from '../msel/index.ts'
import type { Cell, Msel, MselField, MselImportOptions, MselProblem, MselWorkbook } from '../msel/index.ts'
import { args, CliError } from './main.ts'
import type { CliEnv } from './main.ts'

/** Usage lines for `msel`, for the command list in main.ts. */
export function mselUsage(): string {
  return `  msel export <scenario.yaml> --format csv|xlsx --out <file>
      Write the scenario as an MSEL spreadsheet: one row per inject with its offset, date-time, event, data, sender,
      recipients, channel, message (zh/en), the expected response and the expectations it tests. Never overwrites.
  msel import <file.csv|file.xlsx|file.json> --plan <id> --out <scenario.yaml> [--sheet <name>] [--id <id>]
              [--start <iso>] [--step <duration>] [--event <event-id>] [--header <row>|none] [--map <column>=<field>|-]...
      Read an MSEL (plandrill's own or another tool's) into a scenario file; prints the column mapping. Problems are
      listed as "row N, column C". --start anchors relative times (T+5, J-1); --step spaces injects in row order when
      no row has a time; --event is used for rows whose event cannot be determined; --map overrides the mapping
      (- ignores a column; fields: ${MSEL_FIELDS.join(', ')}). Never overwrites.`
}

/** `plandrill msel <export|import> ...`. */
export function cmdMsel(rest: readonly string[], env: CliEnv): number {
  const [sub, ...args] = rest
  if (sub === 'export') return cmdExport(args, env)
  if (sub === 'import') return cmdImport(args, env)
  throw new CliError(sub === undefined ? 'msel needs a subcommand: export or import' : `unknown msel subcommand "${sub}"; use export or import`)
}

// --- internal ---

function cmdExport(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { format: { type: 'string' }, out: { type: 'string' } })
  if (positionals.length !== 1) throw new CliError('msel export takes exactly one scenario file')
  const file = positionals[0] as string
  const out = values.out as string | undefined
  if (out === undefined) throw new CliError('msel export needs --out <file>')
  const format = (values.format as string | undefined) ?? (/\.xlsx$/i.test(out) ? 'xlsx' : /\.csv$/i.test(out) ? 'csv' : undefined)
  if (format !== 'csv' && format !== 'xlsx') throw new CliError(`--format must be csv or xlsx (got ${format === undefined ? 'nothing' : `"${format}"`})`)
  const scenario = loadScenario(readText(file, env), { file, plans: env.plans })
  const plan = env.plans.get(scenario.plan)
  if (!plan) throw new Error(`plan "${scenario.plan}" vanished from the registry`)
  const target = resolve(env.cwd, out)
  if (existsSync(target)) {
    env.stderr(`error: ${out}: already exists; choose another --out (nothing was written)\n`)
    return 2
  }
  const msel = scenarioToMsel(scenario, plan)
  if (format === 'csv') writeFileSync(target, mselToCsv(msel), { flag: 'wx' })
  else writeXlsx(target, msel, env)
  env.stdout(`${out}  ${msel.rows.length} injects (${format})\n`)
  return 0
}

function cmdImport(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, {
    plan: { type: 'string' },
    out: { type: 'string' },
    sheet: { type: 'string' },
    id: { type: 'string' },
    start: { type: 'string' },
    event: { type: 'string' },
    step: { type: 'string' },
    header: { type: 'string' },
    map: { type: 'string', multiple: true },
  })
  if (positionals.length !== 1) throw new CliError('msel import takes exactly one MSEL file (.csv, .xlsx or .json)')
  const file = positionals[0] as string
  const out = values.out as string | undefined
  if (out === undefined) throw new CliError('msel import needs --out <scenario.yaml>')
  const plan = values.plan as string | undefined
  if (plan !== undefined && !env.plans.get(plan)) throw new CliError(`unknown plan "${plan}"; known plans: ${env.plans.ids().join(', ')}`)
  const header = values.header as string | undefined
  if (header !== undefined && header !== 'none' && !/^\d{1,6}$/.test(header)) throw new CliError(`--header must be a row number or none (got "${header}")`)
  const mapping: Record<string, MselField | null> = {}
  for (const m of (values.map as string[] | undefined) ?? []) {
    const eq = m.lastIndexOf('=')
    const field = eq > 0 ? m.slice(eq + 1).trim() : ''
    if (eq <= 0 || (field !== '-' && !(MSEL_FIELDS as readonly string[]).includes(field))) throw new CliError(`--map takes <column>=<field> with a field among ${MSEL_FIELDS.join(', ')} or - (got "${m}")`)
    mapping[m.slice(0, eq).trim()] = field === '-' ? null : (field as MselField)
  }
  const target = resolve(env.cwd, out)
  if (existsSync(target)) {
    env.stderr(`error: ${out}: already exists; choose another --out (nothing was written)\n`)
    return 2
  }

  let workbook: MselWorkbook
  if (/\.xlsx$/i.test(file)) {
    checkFile(file, env)
    workbook = readXlsx(resolve(env.cwd, file), env)
  } else if (/\.json$/i.test(file)) workbook = readMselJson(readText(file, env))
  else if (/\.(csv|txt|tsv)$/i.test(file)) workbook = readMselCsv(readText(file, env))
  else throw new InputError('usage', file, [{ path: '', message: 'not an MSEL file (.csv, .xlsx or .json)' }])

  const options: MselImportOptions = {
    plans: env.plans,
    file,
    ...(plan !== undefined ? { plan } : {}),
    ...(values.id !== undefined ? { id: values.id as string } : {}),
    ...(values.sheet !== undefined ? { sheet: values.sheet as string } : {}),
    ...(values.start !== undefined ? { start: values.start as string } : {}),
    ...(values.event !== undefined ? { genericEvent: values.event as string } : {}),
    ...(values.step !== undefined ? { step: values.step as string } : {}),
    ...(header !== undefined ? { header: header === 'none' ? ('none' as const) : Number(header) } : {}),
    ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
  }
  const result = mselToScenario(workbook, options)
  if (result.problems.length > 0 || result.yaml === undefined || result.scenario === undefined) {
    for (const p of result.problems) env.stderr(`error: ${file}: ${where(p)}: ${p.message}\n`)
    if (result.problems.length === 0) env.stderr(`error: ${file}: no scenario could be made\n`)
    return 2
  }
  writeFileSync(target, result.yaml, { flag: 'wx' })
  env.stdout(`${out}  ${result.scenario.injects.length} injects from ${result.sheet === null ? file : `sheet "${result.sheet}"`}${result.headerRow !== null ? ` (header row ${result.headerRow})` : ''}\n`)
  for (const m of result.mapping) if (m.field !== null) env.stdout(`  ${m.column} -> ${m.field}${m.source === 'content' ? ' (from its content)' : m.source === 'override' ? ' (--map)' : ''}\n`)
  for (const n of result.notes) env.stdout(`note: ${where(n)}: ${n.message}\n`)
  return 0
}

function where(p: MselProblem): string {
  return p.column !== '' ? `row ${p.row}, column ${p.column}` : `row ${p.row}`
}

function checkFile(file: string, env: CliEnv): void {
  const full = resolve(env.cwd, file)
  let size: number
  try {
    const st = statSync(full)
    if (st.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' })
    size = st.size
  } catch (e) {
    const code = (e as { code?: string }).code
    throw new InputError('usage', file, [{ path: '', message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(e)})` }])
  }
  if (size > 20 * 1024 * 1024) throw new InputError('usage', file, [{ path: '', message: 'file is larger than 20 MB' }])
}

function readText(file: string, env: CliEnv): string {
  checkFile(file, env)
  const text = readFileSync(resolve(env.cwd, file), 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** exceljs is asynchronous and the CLI is not: a child process (tsx) does the XLSX work. */
function xlsxChild(mode: 'read' | 'write', file: string, input: string | undefined, env: CliEnv): string {
  const require = createRequire(import.meta.url)
  let tsx: string
  try {
    tsx = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs')
  } catch {
    tsx = join(env.root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  }
  const child = fileURLToPath(new URL('../msel/xlsxChild.ts', import.meta.url))
  const r = spawnSync(process.execPath, [tsx, child, mode, file], { input: input ?? '', encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`XLSX ${mode} failed: ${r.error?.message ?? r.stderr}`)
  return r.stdout
}

function readXlsx(full: string, env: CliEnv): MselWorkbook {
  const parsed = JSON.parse(xlsxChild('read', full, undefined, env)) as { sheets: { name: string; rows: unknown[][] }[]; problems: MselProblem[] }
  return {
    problems: parsed.problems,
    sheets: parsed.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c): Cell => (typeof c === 'object' && c !== null ? new Date((c as { $date: number }).$date) : (c as Cell)))) })),
  }
}

function writeXlsx(target: string, msel: Msel, env: CliEnv): void {
  xlsxChild('write', target, JSON.stringify(msel), env)
}
