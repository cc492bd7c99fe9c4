/**
 * The annual plan review as tables (for CSV and XLSX) and as Markdown (for minutes and the plan owner's report), in zh
 * or en. Pure: the same review gives the same text. The dashboard and any other adapter write these out.
 */
import { md } from './evaluationMarkdown.ts'
import type { PlanReview, RatingCounts, RecommendationKind, Review } from './review.ts'
import type { Lang } from './types.ts'

export type Cell = string | number | null

export interface ReviewTable {
  /** Stable id, also the XLSX sheet name's source. */
  readonly id: 'plans' | 'expectations' | 'capabilities' | 'periods' | 'recommendations' | 'skipped'
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}

export const RECOMMENDATION_KIND_NAMES: Record<Lang, Record<RecommendationKind, string>> = {
  zh: { revise: '修订条款', clarify: '明确条款', 'clarify-roles': '明确职责', 'clarify-order': '明确顺序', train: '加强培训', watch: '持续关注', 'add-scenario': '补充场景', 'run-scenario': '安排演练' },
  en: { revise: 'revise the clause', clarify: 'clarify the clause', 'clarify-roles': 'clarify roles', 'clarify-order': 'clarify the order', train: 'train', watch: 'watch', 'add-scenario': 'add a scenario', 'run-scenario': 'run the scenario' },
}

const T = {
  zh: {
    title: '预案年度评估', scope: '范围', all: '全部', inputs: '读取文件', used: '采用评估', skippedN: '跳过', outside: '范围外',
    plans: '预案', expectations: '预案要求', capabilities: '能力', periods: '分期', recommendations: '建议', skipped: '跳过的文件',
    gaps: '未经演练的条款', neverRun: '未演练的场景', none: '无',
    plan: '预案', planId: '预案编号', version: '版本', drills: '演练次数', participants: '参演人数', mean: '平均得分', first: '首次演练', last: '最近演练',
    expectation: '要求编号', text: '要求', clause: '条款', capability: '能力', critical: '关键', armed: '触发', onTime: '按时', late: '超时', missed: '未做',
    wrongRole: '主体错误', outOfOrder: '顺序错误', failure: '失败率', medianLate: '超时中位数', worstLate: '最长超时', wrongRoles: '实际完成角色',
    name: '名称', period: '时段', kind: '类型', evidence: '依据', file: '文件', reason: '原因', yes: '是', no: '否', filter: '筛选',
    evidenceText: (n: number, d: number, s: number) => `${d} 次演练中 ${n} 次（${pct(s)}）`,
  },
  en: {
    title: 'Annual plan review', scope: 'Scope', all: 'all', inputs: 'Files read', used: 'Evaluations used', skippedN: 'skipped', outside: 'outside the scope',
    plans: 'Plans', expectations: 'Expectations', capabilities: 'Capabilities', periods: 'Periods', recommendations: 'Recommendations', skipped: 'Skipped files',
    gaps: 'Clauses never exercised', neverRun: 'Scenarios never run', none: 'none',
    plan: 'Plan', planId: 'Plan id', version: 'Version', drills: 'Drills', participants: 'Participants', mean: 'Mean score', first: 'First drill', last: 'Last drill',
    expectation: 'Expectation id', text: 'Expectation', clause: 'Clause', capability: 'Capability', critical: 'Critical', armed: 'Armed', onTime: 'On time', late: 'Late', missed: 'Missed',
    wrongRole: 'Wrong role', outOfOrder: 'Out of order', failure: 'Failure rate', medianLate: 'Median lateness', worstLate: 'Worst lateness', wrongRoles: 'Roles that did it',
    name: 'Name', period: 'Period', kind: 'Kind', evidence: 'Evidence', file: 'File', reason: 'Reason', yes: 'yes', no: 'no', filter: 'Filter',
    evidenceText: (n: number, d: number, s: number) => `${n} of ${d} drills (${pct(s)})`,
  },
} as const

function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`
}

const ratingCells = (r: RatingCounts): Cell[] => [r.P, r.S, r.M, r.U]

/** Every table of the review, in `lang`: one row per plan, per plan × expectation, per plan × capability, per plan × period, per recommendation, per skipped file. */
export function reviewTables(review: Review, lang: Lang): ReviewTable[] {
  const t = T[lang]
  const plans = review.plans
  return [
    {
      id: 'plans',
      title: t.plans,
      columns: [t.planId, t.plan, t.version, t.drills, t.participants, t.mean, 'P', 'S', 'M', 'U', t.first, t.last, t.gaps, t.neverRun],
      rows: plans.map((p) => [p.id, p.title[lang], p.version, p.drills, p.participants, p.meanScore, ...ratingCells(p.ratings), p.firstDrill, p.lastDrill, p.coverageGaps.length, p.scenariosNeverRun.length]),
    },
    {
      id: 'expectations',
      title: t.expectations,
      columns: [t.planId, t.expectation, t.text, t.clause, t.capability, t.critical, t.drills, t.armed, t.onTime, t.late, t.missed, t.wrongRole, t.outOfOrder, t.failure, t.medianLate, t.worstLate, t.wrongRoles],
      rows: plans.flatMap((p) =>
        p.expectations.map((x) => [
          p.id, x.id, x.text[lang], x.clause, x.capability, x.critical ? t.yes : t.no, x.drills, x.armed, x.onTime, x.late, x.missed, x.wrongRole, x.outOfOrder,
          x.failureRate, x.medianLateBy, x.worstLateBy, x.wrongRoles.map((r) => `${r.role} ×${r.count}`).join('; ') || null,
        ]),
      ),
    },
    {
      id: 'capabilities',
      title: t.capabilities,
      columns: [t.planId, t.capability, t.name, t.drills, t.mean, 'P', 'S', 'M', 'U', t.armed, t.onTime, t.late, t.missed, t.wrongRole, t.outOfOrder, t.failure],
      rows: plans.flatMap((p) => p.capabilities.map((c) => [p.id, c.id, c.name[lang], c.drills, c.meanScore, ...ratingCells(c.ratings), c.armed, c.onTime, c.late, c.missed, c.wrongRole, c.outOfOrder, c.failureRate])),
    },
    {
      id: 'periods',
      title: t.periods,
      columns: [t.planId, t.period, t.drills, t.participants, t.mean, 'P', 'S', 'M', 'U'],
      rows: plans.flatMap((p) => p.periods.map((r) => [p.id, r.period, r.drills, r.participants, r.meanScore, ...ratingCells(r.ratings)])),
    },
    {
      id: 'recommendations',
      title: t.recommendations,
      columns: [t.planId, t.kind, t.expectation, t.clause, t.critical, t.drills, t.evidence, t.text],
      rows: plans.flatMap((p) =>
        p.recommendations.map((r) => [
          p.id, RECOMMENDATION_KIND_NAMES[lang][r.kind], r.expectation ?? r.evidence.scenario ?? null, r.clause, r.critical ? t.yes : t.no, r.evidence.drills,
          t.evidenceText(r.evidence.count, r.evidence.drills, r.evidence.share), r.text[lang],
        ]),
      ),
    },
    { id: 'skipped', title: t.skipped, columns: [t.file, t.reason], rows: review.skipped.map((s) => [s.file, s.reason]) },
  ]
}

/** The review as a Markdown report. */
export function reviewMarkdown(review: Review, lang: Lang): string {
  const t = T[lang]
  const f = review.filter
  const out: string[] = [`# ${t.title}`, '']
  const scope = [
    `${t.plan}: ${f.plan ?? t.all}`,
    `${t.period}: ${f.from ?? '…'} – ${f.to ?? '…'}`,
    ...(f.scenario !== null ? [`scenario: ${f.scenario}`] : []),
    ...(f.role !== null ? [`role: ${f.role}`] : []),
  ]
  out.push(`${t.scope}: ${md(scope.join('; '))}`, '')
  out.push(`${t.inputs} ${review.inputs} · ${t.used} ${review.used} · ${t.skippedN} ${review.skipped.length} · ${t.outside} ${review.filtered.otherPlans + review.filtered.otherScenarios + review.filtered.outOfRange}`, '')
  for (const p of review.plans) out.push(...planMarkdown(p, lang))
  if (review.skipped.length > 0) {
    out.push(`## ${t.skipped}`, '', `| ${t.file} | ${t.reason} |`, '|---|---|')
    for (const s of review.skipped) out.push(`| ${md(s.file)} | ${md(s.reason)} |`)
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function planMarkdown(p: PlanReview, lang: Lang): string[] {
  const t = T[lang]
  const num = (x: number | null) => (x === null ? '—' : x.toFixed(1))
  const out: string[] = [`## ${md(p.title[lang])} (\`${p.id}@${p.version}\`)`, '']
  out.push(`| ${t.drills} | ${t.participants} | ${t.mean} | P | S | M | U | ${t.first} | ${t.last} |`, '|---:|---:|---:|---:|---:|---:|---:|---|---|')
  out.push(`| ${p.drills} | ${p.participants} | ${num(p.meanScore)} | ${p.ratings.P} | ${p.ratings.S} | ${p.ratings.M} | ${p.ratings.U} | ${p.firstDrill ?? '—'} | ${p.lastDrill ?? '—'} |`, '')
  out.push(`### ${t.recommendations}`, '')
  if (p.recommendations.length === 0) out.push(t.none)
  for (const r of p.recommendations) {
    const ev = t.evidenceText(r.evidence.count, r.evidence.drills, r.evidence.share)
    out.push(`- **${RECOMMENDATION_KIND_NAMES[lang][r.kind]}**${r.clause ? ` (${md(r.clause)})` : ''}: ${md(r.text[lang])} — ${ev}`)
  }
  out.push('', `### ${t.expectations}`, '')
  out.push(`| ${t.text} | ${t.clause} | ${t.armed} | ${t.onTime} | ${t.late} | ${t.missed} | ${t.wrongRole} | ${t.outOfOrder} | ${t.failure} | ${t.medianLate} | ${t.worstLate} |`)
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|')
  for (const x of p.expectations) {
    out.push(`| ${md(x.text[lang])} (\`${x.id}\`) | ${md(x.clause)} | ${x.armed} | ${x.onTime} | ${x.late} | ${x.missed} | ${x.wrongRole} | ${x.outOfOrder} | ${pct(x.failureRate)} | ${x.medianLateBy ?? '—'} | ${x.worstLateBy ?? '—'} |`)
  }
  out.push('', `### ${t.capabilities}`, '', `| ${t.name} | ${t.drills} | ${t.mean} | P | S | M | U | ${t.failure} |`, '|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const c of p.capabilities) out.push(`| ${md(c.name[lang])} | ${c.drills} | ${num(c.meanScore)} | ${c.ratings.P} | ${c.ratings.S} | ${c.ratings.M} | ${c.ratings.U} | ${pct(c.failureRate)} |`)
  out.push('', `### ${t.periods}`, '', `| ${t.period} | ${t.drills} | ${t.participants} | ${t.mean} | P | S | M | U |`, '|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of p.periods) out.push(`| ${r.period} | ${r.drills} | ${r.participants} | ${num(r.meanScore)} | ${r.ratings.P} | ${r.ratings.S} | ${r.ratings.M} | ${r.ratings.U} |`)
  out.push('', `### ${t.gaps}`, '')
  out.push(p.coverageGaps.length === 0 ? t.none : p.coverageGaps.map((g) => `- \`${g.expectation}\` (${md(g.clause)})${g.critical ? ` — ${t.critical}` : ''}`).join('\n'))
  out.push('', `### ${t.neverRun}`, '')
  out.push(p.scenariosNeverRun.length === 0 ? t.none : p.scenariosNeverRun.map((s) => `- \`${s}\``).join('\n'))
  out.push('')
  return out
}

/** CSV text (RFC 4180, CRLF, UTF-8 BOM so spreadsheet programs read Chinese) of one table. */
export function tableCsv(table: ReviewTable): string {
  const cell = (c: Cell) => {
    const s = c === null ? '' : String(c)
    // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text (OWASP CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) && typeof c === 'string' ? `'${s}` : s
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const lines = [table.columns, ...table.rows].map((r) => r.map(cell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
