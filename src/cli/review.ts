/** `plandrill review` (evaluations → annual plan review) and `plandrill simulate` (synthetic drill histories): thin over the engine. */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { AUTOPILOT_POLICIES, InputError } from '../engine/index.ts'
import type { AutopilotPolicy, Lang } from '../engine/index.ts'
import { createReviewAccumulator, parseReviewBound } from '../engine/index.ts'
import type { PlanReview, RecommendationKind, Review } from '../engine/index.ts'
import { simulateDrills } from '../engine/index.ts'
import { args, CliError, discoverScenarios } from './main.ts'
import type { CliEnv } from './main.ts'

/** Usage lines for `review` and `simulate`, for the command list in main.ts (a function, so it is ready even while the modules import each other). */
export function reviewUsage(): string {
  return `  review <files or folders...> [--plan <id>] [--from <date>] [--to <date>] [--scenario <id>] [--role <id>] [--json] [--lang zh|en]
      Review evaluations (folders are searched for *.json): trends by year and quarter, weakest expectations,
      clauses never exercised, scenarios never run, and recommendations tied to their clauses. --scenario keeps one
      scenario's drills; --role counts only the steps the plan assigns to that role.
  simulate --plan <id> --drills N [--autopilot random|perfect|late|none] [--seed S] [--from <date>] [--years Y] --out <folder>
      Write N synthetic evaluations (shipped scenarios on seeded dates, seeded participants). Never overwrites.`
}

/** `plandrill review`: prints the review (readable, or JSON with --json); skipped files are listed on stderr too. */
export function cmdReview(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, { plan: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, scenario: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } })
  if (positionals.length === 0) throw new CliError('review needs at least one evaluation file or folder')
  const lang = parseLang(values.lang as string | undefined)
  const plan = values.plan as string | undefined
  if (plan !== undefined && !env.plans.get(plan)) throw new CliError(`unknown plan "${plan}"; known plans: ${env.plans.ids().join(', ')}`)
  const from = bound(values.from as string | undefined, 'from')
  const to = bound(values.to as string | undefined, 'to')
  const scenario = values.scenario as string | undefined
  const role = values.role as string | undefined
  if (role !== undefined) {
    const roles = new Set((plan !== undefined ? [env.plans.get(plan)] : env.plans.ids().map((id) => env.plans.get(id))).flatMap((p) => p?.definition.roles.map((r) => r.id as string) ?? []))
    if (!roles.has(role)) throw new CliError(`unknown role "${role}"${plan !== undefined ? ` in plan "${plan}"` : ''}; known roles: ${[...roles].sort().join(', ')}`)
  }
  const files = collect(positionals, env)
  const scenarios = discoverScenarios(env).found.map((s) => ({ id: s.scenario.id, plan: s.scenario.plan, title: s.scenario.title }))
  const acc = createReviewAccumulator({
    plans: env.plans,
    scenarios,
    ...(plan !== undefined ? { plan } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(scenario !== undefined ? { scenario } : {}),
    ...(role !== undefined ? { role } : {}),
  })
  // One file at a time, in name order: the same result as reviewEvaluations on all of them, without holding them all.
  for (const f of files) acc.add(readEvaluation(f))
  const review = acc.finish()
  env.stdout(values.json ? `${JSON.stringify(review, null, 2)}\n` : formatReview(review, lang))
  for (const s of review.skipped) env.stderr(`skipped: ${s.file}: ${s.reason}\n`)
  return review.used === 0 && review.skipped.length > 0 ? 2 : 0
}

/** `plandrill simulate`: writes one evaluation JSON per simulated drill into a new or existing folder, never over a file. */
export function cmdSimulate(rest: readonly string[], env: CliEnv): number {
  const { values, positionals } = args(rest, {
    plan: { type: 'string' },
    drills: { type: 'string' },
    autopilot: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    years: { type: 'string' },
    out: { type: 'string' },
  })
  if (positionals.length > 0) throw new CliError('simulate takes no positional arguments')
  const id = values.plan as string | undefined
  const outDir = values.out as string | undefined
  if (id === undefined) throw new CliError('simulate needs --plan <id>')
  if (outDir === undefined) throw new CliError('simulate needs --out <folder>')
  const plan = env.plans.get(id)
  if (!plan) throw new CliError(`unknown plan "${id}"; known plans: ${env.plans.ids().join(', ')}`)
  const drills = wholeNumber(values.drills as string | undefined, '--drills', 1, 100_000)
  if (drills === undefined) throw new CliError('simulate needs --drills N')
  const policy = (values.autopilot as string | undefined) ?? 'random'
  if (!(AUTOPILOT_POLICIES as readonly string[]).includes(policy)) throw new CliError(`--autopilot must be one of ${AUTOPILOT_POLICIES.join(', ')} (got "${policy}")`)
  const seed = wholeNumber(values.seed as string | undefined, '--seed', 0, 4294967295) ?? 0
  const years = wholeNumber(values.years as string | undefined, '--years', 1, 10)
  const from = values.from as string | undefined
  if (from !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(from) || typeof parseReviewBound(from, 'from') !== 'string')) throw new CliError(`--from must be a date YYYY-MM-DD (got "${from}")`)
  const scenarios = discoverScenarios(env).found.filter((s) => s.scenario.plan === id).map((s) => s.scenario)
  if (scenarios.length === 0) throw new CliError(`no shipped scenarios for plan "${id}" under scenarios/${id}/`)

  const evaluations = simulateDrills(plan, scenarios, {
    drills,
    seed,
    autopilot: policy as AutopilotPolicy,
    ...(from !== undefined ? { from } : {}),
    ...(years !== undefined ? { years } : {}),
  })
  const width = Math.max(4, String(drills).length)
  const named = evaluations.map((e, i) => ({ file: `${String(i + 1).padStart(width, '0')}-${e.startedAt.slice(0, 10)}-${e.id}.json`, e }))
  const dir = resolve(env.cwd, outDir)
  // Refuse before writing anything, so a clash never leaves a half-written batch behind.
  const clashes = named.filter((n) => existsSync(join(dir, n.file)))
  if (clashes.length > 0) {
    for (const n of clashes) env.stderr(`error: ${join(outDir, n.file)}: already exists; choose another --out or --seed (nothing was written)\n`)
    return 2
  }
  mkdirSync(dir, { recursive: true })
  for (const n of named) {
    writeFileSync(join(dir, n.file), `${JSON.stringify(n.e, null, 2)}\n`, { flag: 'wx' })
    env.stdout(`${join(outDir, n.file)}\n`)
  }
  return 0
}

/** The readable review (zh or en). */
export function formatReview(review: Review, lang: Lang): string {
  const t = L[lang]
  const out: string[] = []
  const f = review.filter
  out.push(t.title)
  out.push(`${t.filter}${t.colon}${t.plan} ${f.plan ?? t.all}${t.semi}${t.period} ${f.from ?? '…'} – ${f.to ?? '…'}`)
  out.push(t.counts(review.inputs, review.used, review.skipped.length, review.filtered.otherPlans + review.filtered.outOfRange))
  if (review.plans.length === 0) out.push('', t.noDrills)
  for (const p of review.plans) out.push('', ...formatPlan(p, lang))
  return `${out.join('\n')}\n`
}

// --- internal ---

const L = {
  zh: {
    title: '预案年度评估',
    colon: '：', semi: '；', open: '（', close: '）', list: '、',
    filter: '范围', plan: '预案', all: '全部', period: '时段',
    counts: (inputs: number, used: number, skipped: number, filtered: number) => `读取 ${inputs} 份，采用 ${used} 份评估，跳过 ${skipped} 份，范围外 ${filtered} 份。`,
    noDrills: '所选范围内没有演练记录。',
    drills: (n: number, first: string | null, last: string | null, people: number, mean: string) => `演练 ${n} 次（${first ?? '—'} 至 ${last ?? '—'}），参与人员 ${people} 人，平均得分 ${mean}`,
    ratings: '评级', histogram: '得分分布', periods: '分期', yoy: '年度变化', expectations: '预案要求（按失败率）', capabilities: '能力',
    gaps: '未经演练的条款', neverRun: '未演练的场景', recommendations: '建议', none: '无',
    head: ['要求', '触发', '按时', '超时', '未做', '主体错', '顺序错', '失败率', '超时中位/最长', '条款'],
    kinds: { revise: '修订', clarify: '明确', 'clarify-roles': '明确职责', 'clarify-order': '明确顺序', train: '培训', watch: '关注', 'add-scenario': '补充场景', 'run-scenario': '安排演练' } satisfies Record<RecommendationKind, string>,
    mean: '平均',
  },
  en: {
    title: 'Plan review',
    colon: ': ', semi: '; ', open: ' (', close: ')', list: ', ',
    filter: 'Scope', plan: 'plan', all: 'all', period: 'period',
    counts: (inputs: number, used: number, skipped: number, filtered: number) => `Read ${inputs}, used ${used} evaluations, skipped ${skipped}, outside the scope ${filtered}.`,
    noDrills: 'No drills in the selected scope.',
    drills: (n: number, first: string | null, last: string | null, people: number, mean: string) => `${n} drills (${first ?? '—'} to ${last ?? '—'}), ${people} participants, mean score ${mean}`,
    ratings: 'Ratings', histogram: 'Score histogram', periods: 'Periods', yoy: 'Year over year', expectations: 'Expectations (by failure rate)', capabilities: 'Capabilities',
    gaps: 'Clauses never exercised', neverRun: 'Scenarios never run', recommendations: 'Recommendations', none: 'none',
    head: ['expectation', 'armed', 'on-time', 'late', 'missed', 'wrong-role', 'order', 'fail', 'late median/worst', 'clause'],
    kinds: { revise: 'revise', clarify: 'clarify', 'clarify-roles': 'clarify roles', 'clarify-order': 'clarify order', train: 'train', watch: 'watch', 'add-scenario': 'add scenario', 'run-scenario': 'run scenario' } satisfies Record<RecommendationKind, string>,
    mean: 'mean',
  },
} as const

function formatPlan(p: PlanReview, lang: Lang): string[] {
  const t = L[lang]
  const out: string[] = []
  const num = (x: number | null) => (x === null ? '—' : x.toFixed(1))
  const rate = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`)
  const ratings = (r: { P: number; S: number; M: number; U: number }) => `P ${r.P}  S ${r.S}  M ${r.M}  U ${r.U}`
  out.push(`${p.title[lang]}${t.open}${p.id}@${p.version}${t.close}`)
  out.push(`  ${t.drills(p.drills, p.firstDrill, p.lastDrill, p.participants, num(p.meanScore))}`)
  out.push(`  ${t.ratings}${t.colon}${ratings(p.ratings)}`)
  out.push(`  ${t.histogram}${t.colon}${p.histogram.map((n, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 9}:${n}`).join('  ')}`)
  out.push(`  ${t.periods}${t.colon.trim()}`)
  for (const r of p.periods) out.push(`    ${r.period.padEnd(8)} ${String(r.drills).padStart(6)}  ${t.mean} ${num(r.meanScore).padStart(5)}  ${ratings(r.ratings)}`)
  if (p.yearOverYear.length > 0) {
    out.push(`  ${t.yoy}${t.colon.trim()}`)
    for (const y of p.yearOverYear) {
      const c = y.meanScore.change
      const worse = [...y.expectations].filter((e) => e.change !== null && e.change > 0).sort((a, b) => (b.change ?? 0) - (a.change ?? 0) || (a.id < b.id ? -1 : 1)).slice(0, 3)
      out.push(`    ${y.from} → ${y.to}${t.colon}${t.mean} ${num(y.meanScore.from)} → ${num(y.meanScore.to)}${t.open}${c === null ? '—' : `${c >= 0 ? '+' : ''}${c.toFixed(1)}`}${t.close}${worse.length > 0 ? `${t.semi}${worse.map((e) => `${e.id} +${rate(e.change)}`).join(t.list)}` : ''}`)
    }
  }
  out.push(`  ${t.expectations}${t.colon.trim()}`)
  out.push(`    ${t.head[0].padEnd(24)} ${t.head.slice(1, 8).map((h) => h.padStart(8)).join(' ')}  ${t.head[8]}  ${t.head[9]}`)
  const sorted = [...p.expectations].sort((a, b) => (b.failureRate ?? -1) - (a.failureRate ?? -1) || (a.id < b.id ? -1 : 1))
  for (const x of sorted) {
    const cells = [x.armed, x.onTime, x.late, x.missed, x.wrongRole, x.outOfOrder].map((n) => String(n).padStart(8))
    out.push(`    ${x.id.padEnd(24)} ${cells.join(' ')} ${rate(x.failureRate).padStart(8)}  ${x.medianLateBy ?? '—'}/${x.worstLateBy ?? '—'}  [${x.clause}]`)
  }
  out.push(`  ${t.capabilities}${t.colon.trim()}`)
  for (const c of p.capabilities) out.push(`    ${c.name[lang].padEnd(lang === 'zh' ? 12 : 28)} ${t.mean} ${num(c.meanScore).padStart(5)}  ${ratings(c.ratings)}  ${rate(c.failureRate)}`)
  out.push(`  ${t.gaps}${t.colon}${p.coverageGaps.length === 0 ? t.none : p.coverageGaps.map((g) => `${g.expectation} [${g.clause}]`).join(t.list)}`)
  out.push(`  ${t.neverRun}${t.colon}${p.scenariosNeverRun.length === 0 ? t.none : p.scenariosNeverRun.join(t.list)}`)
  out.push(`  ${t.recommendations}${t.colon.trim()}`)
  if (p.recommendations.length === 0) out.push(`    ${t.none}`)
  p.recommendations.forEach((r, i) => out.push(`    ${i + 1}. [${t.kinds[r.kind]}] ${r.text[lang]}`))
  return out
}

interface Found {
  readonly abs: string
  readonly name: string
}

/** Files named, and *.json under folders named (recursively), each once, in name order. */
function collect(paths: readonly string[], env: CliEnv): Found[] {
  const seen = new Map<string, string>()
  const display = (abs: string) => {
    const rel = relative(env.cwd, abs)
    return (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs).split('\\').join('/')
  }
  const walk = (dir: string) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      seen.set(dir, display(dir))
      return
    }
    for (const d of entries) {
      const full = join(dir, d.name)
      if (d.isDirectory()) walk(full)
      else if (d.isFile() && d.name.toLowerCase().endsWith('.json')) seen.set(full, display(full))
    }
  }
  for (const p of paths) {
    const abs = resolve(env.cwd, p)
    let isDir: boolean
    try {
      isDir = statSync(abs).isDirectory()
    } catch {
      throw new InputError('usage', p, [{ path: '', message: 'no such file or folder' }])
    }
    if (isDir) walk(abs)
    else seen.set(abs, display(abs))
  }
  return [...seen.entries()].map(([abs, name]) => ({ abs, name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

function readEvaluation(f: Found): { file: string; data: unknown; problem?: string } {
  let text: string
  try {
    if (statSync(f.abs).size > 20 * 1024 * 1024) return { file: f.name, data: undefined, problem: 'file is larger than 20 MB' }
    text = readFileSync(f.abs, 'utf8')
  } catch (e) {
    const code = (e as { code?: string }).code
    return { file: f.name, data: undefined, problem: `cannot be read (${code ?? String(e)})` }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  try {
    return { file: f.name, data: JSON.parse(text) as unknown }
  } catch (e) {
    return { file: f.name, data: undefined, problem: `not JSON (${e instanceof Error ? e.message : String(e)})` }
  }
}

function bound(text: string | undefined, end: 'from' | 'to'): string | undefined {
  if (text === undefined) return undefined
  const b = parseReviewBound(text, end)
  if (typeof b !== 'string') throw new CliError(`--${end}: ${b.error}`)
  return text
}

function wholeNumber(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d{1,10}$/.test(text) || Number(text) < min || Number(text) > max) throw new CliError(`${name} must be a whole number from ${min} to ${max} (got "${text}")`)
  return Number(text)
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'zh'
  if (value === 'zh' || value === 'en') return value
  throw new CliError(`--lang must be zh or en (got "${value}")`)
}
