/** An evaluation as a Markdown document (zh or en): what the report page exports and a trainer pastes into minutes. */
import { STATUS_NAMES } from './evaluation.ts'
import type { EvaluatedExpectation, Evaluation, ExpectationStatus } from './evaluation.ts'
import { atLevel } from './model.ts'
import type { PlanDefinition } from './model.ts'
import type { Lang } from './types.ts'

const L = {
  zh: {
    title: '演练评估', scenario: '情景', plan: '预案', severity: '事件级别', period: '演练时段', score: '得分', rating: '评级', participants: '参演人员',
    capabilities: '能力评级', capability: '能力', expectations: '预案要求', findings: '发现', strengths: '做得好的', improvements: '需改进', observations: '记录',
    status: '状态', requirement: '要求', due: '时限', done: '完成时间', by: '完成角色', clause: '条款', late: '超时', actions: '行动记录', time: '时间', role: '角色', action: '行动', note: '备注', match: '匹配',
    none: '—', autopilot: '自动演练', quote: '原文',
    statuses: STATUS_NAMES.zh,
    matches: { satisfied: '满足要求', 'wrong-role': '角色不符', unmatched: '未对应要求' },
    ratings: { P: 'P 顺利完成', S: 'S 有些困难', M: 'M 困难较大', U: 'U 未能完成' },
  },
  en: {
    title: 'Drill evaluation', scenario: 'Scenario', plan: 'Plan', severity: 'Severity', period: 'Drill period', score: 'Score', rating: 'Rating', participants: 'Participants',
    capabilities: 'Capabilities', capability: 'Capability', expectations: 'Plan requirements', findings: 'Findings', strengths: 'Strengths', improvements: 'Areas for improvement', observations: 'Observations',
    status: 'Status', requirement: 'Requirement', due: 'Due', done: 'Done', by: 'By', clause: 'Clause', late: 'late by', actions: 'Action log', time: 'Time', role: 'Role', action: 'Action', note: 'Note', match: 'Match',
    none: '—', autopilot: 'autopilot', quote: 'Source text',
    statuses: STATUS_NAMES.en,
    matches: { satisfied: 'met a requirement', 'wrong-role': 'wrong role', unmatched: 'no requirement' },
    ratings: { P: 'P performed without challenges', S: 'S performed with some challenges', M: 'M performed with major challenges', U: 'U unable to be performed' },
  },
} as const

/** Markdown for one evaluation; `plan` (when known) adds role and action names and the clauses' source text. */
export function evaluationMarkdown(e: Evaluation, lang: Lang, plan?: PlanDefinition): string {
  const t = L[lang]
  const role = (id: string | null) => (id === null ? t.none : (plan?.roles.find((r) => r.id === id)?.name[lang] ?? id))
  const action = (id: string) => plan?.actions.find((a) => a.id === id)?.name[lang] ?? id
  const level = plan?.levels.find((l) => l.id === e.severity)
  const out: string[] = []
  out.push(`# ${t.title}: ${md(e.scenario.title[lang])}`, '')
  out.push(`| | |`, `|---|---|`)
  out.push(`| ${t.plan} | ${md(e.plan.title[lang])} (\`${e.plan.id}@${e.plan.version}\`) |`)
  out.push(`| ${t.scenario} | \`${e.scenario.id}\`${e.autopilot ? ` (${t.autopilot}: ${e.autopilot})` : ''} |`)
  out.push(`| ${t.severity} | ${level ? `${md(level.name[lang])} (${level.id})` : md(e.severity ?? t.none)} |`)
  out.push(`| ${t.period} | ${e.startedAt} → ${e.endedAt} |`)
  if (e.participants.length > 0) out.push(`| ${t.participants} | ${e.participants.map(md).join(', ')} |`)
  out.push(`| ${t.score} | **${e.score.toFixed(1)}** / 100 |`)
  out.push(`| ${t.rating} | **${t.ratings[e.rating]}** |`, '')
  out.push(`## ${t.capabilities}`, '', `| ${t.capability} | ${t.score} | ${t.rating} |`, '|---|---:|:---:|')
  for (const c of e.capabilities) out.push(`| ${md(c.name[lang])} | ${c.score.toFixed(1)} | ${c.rating}${c.capped ? '*' : ''} |`)
  out.push('', `## ${t.expectations}`, '', `| ${t.status} | ${t.requirement} | ${t.due} | ${t.done} | ${t.by} | ${t.clause} |`, '|---|---|---|---|---|---|')
  for (const x of e.expectations.filter((x) => x.occurrence > 0)) {
    out.push(`| ${status(x.status, t)}${x.lateBy ? ` (+${x.lateBy})` : ''} | ${md(x.text[lang])}${x.occurrence > 1 ? ` (#${x.occurrence})` : ''} | ${short(x.due)} | ${short(x.doneAt)} | ${md(role(x.doneBy))} | ${md(x.clause)} |`)
  }
  const groups = [['strength', t.strengths], ['improvement', t.improvements], ['observation', t.observations]] as const
  out.push('', `## ${t.findings}`)
  for (const [kind, heading] of groups) {
    const list = e.findings.filter((f) => f.kind === kind)
    if (list.length === 0) continue
    out.push('', `### ${heading}`, '')
    for (const f of list) {
      out.push(`- ${md(f.text[lang])}${f.clause ? ` — ${md(f.clause)}` : ''}`)
      const quote = f.expectation ? quoteOf(plan, f.expectation, e.severity) : undefined
      if (quote) out.push(`  > ${t.quote}: ${md(quote)}`)
    }
  }
  out.push('', `## ${t.actions}`, '', `| ${t.time} | ${t.role} | ${t.action} | ${t.match} | ${t.note} |`, '|---|---|---|---|---|')
  for (const a of e.actions) out.push(`| ${short(a.at)} | ${md(role(a.role))} | ${md(action(a.action))} | ${t.matches[a.match]}${a.expectation ? ` (${a.expectation})` : ''} | ${md(a.note ?? '')} |`)
  return `${out.join('\n')}\n`
}

function status(s: ExpectationStatus, t: (typeof L)[Lang]): string {
  return t.statuses[s]
}

function short(iso: string | null): string {
  return iso === null ? '—' : iso.slice(0, 16).replace('T', ' ')
}

/** The seed's own words for an expectation's clause, at the drill's level. */
export function quoteOf(plan: PlanDefinition | undefined, id: EvaluatedExpectation['id'], level: string | null): string | undefined {
  const q = plan?.expectations.find((x) => x.id === id)?.quote
  return q === undefined ? undefined : atLevel(q, level)
}

/** Escapes text for a Markdown table cell or list item: no markup, no raw HTML, one line. */
export function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
}
