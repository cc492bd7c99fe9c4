/** The readable drill report the CLI prints (zh or en): score, capabilities, each expectation, findings. */
import { STATUS_NAMES } from '../engine/evaluation.ts'
import type { Evaluation, EvaluatedExpectation, Lang, PlanDefinition } from '../engine/index.ts'

const L = {
  zh: {
    title: '演练评估', scenario: '情景', plan: '预案', severity: '事件级别', period: '演练时段', score: '得分', rating: '评级',
    capabilities: '能力评级', expectations: '预案要求', findings: '发现', strengths: '做得好的', improvements: '需改进', observations: '记录',
    due: '时限', done: '完成', by: '由', none: '—', autopilot: '自动演练', notArmed: '本次未触发',
    playedAs: '单人练习角色', playedAsNote: '（其他角色由自动演练完成，只评本角色及其代行的职责；标 · 的行不计分）',
    status: STATUS_NAMES.zh,
    ratings: { P: 'P 顺利完成', S: 'S 有些困难', M: 'M 困难较大', U: 'U 未能完成' },
  },
  en: {
    title: 'Drill evaluation', scenario: 'Scenario', plan: 'Plan', severity: 'Severity', period: 'Drill period', score: 'Score', rating: 'Rating',
    capabilities: 'Capabilities', expectations: 'Plan requirements', findings: 'Findings', strengths: 'Strengths', improvements: 'Areas for improvement', observations: 'Observations',
    due: 'due', done: 'done', by: 'by', none: '—', autopilot: 'autopilot', notArmed: 'not armed in this drill',
    playedAs: 'Played as', playedAsNote: '(the autopilot played the other roles; only this role\'s duties, and those it acts for, are scored; rows marked · are not)',
    status: STATUS_NAMES.en,
    ratings: { P: 'P performed without challenges', S: 'S some challenges', M: 'M major challenges', U: 'U unable to perform' },
  },
} as const

export function formatReport(e: Evaluation, plan: PlanDefinition, lang: Lang): string {
  const t = L[lang]
  const out: string[] = []
  const level = plan.levels.find((l) => l.id === e.severity)
  const roleName = (id: string | null) => (id === null ? t.none : (plan.roles.find((r) => r.id === id)?.name[lang] ?? id))
  out.push(`${t.title}: ${e.scenario.title[lang]}`)
  out.push(`${t.plan}: ${e.plan.title[lang]} (${e.plan.id}@${e.plan.version})`)
  out.push(`${t.scenario}: ${e.scenario.id}${e.autopilot ? `  [${t.autopilot}: ${e.autopilot}]` : ''}`)
  out.push(`${t.severity}: ${level ? `${level.name[lang]} (${level.id})` : (e.severity ?? t.none)}`)
  if (e.playedAs !== null) out.push(`${t.playedAs}: ${roleName(e.playedAs)} ${t.playedAsNote}`)
  out.push(`${t.period}: ${e.startedAt} → ${e.endedAt}`)
  out.push(`${t.score}: ${e.score.toFixed(1)} / 100   ${t.rating}: ${t.ratings[e.rating]}`)
  out.push('')
  out.push(`${t.capabilities}:`)
  for (const c of e.capabilities) out.push(`  ${c.rating}  ${c.score.toFixed(1).padStart(5)}  ${c.name[lang]}${c.capped ? ' *' : ''}`)
  out.push('')
  out.push(`${t.expectations}:`)
  for (const x of e.expectations) out.push(`${x.scored ? '  ' : '· '}${line(x, t, roleName, lang)}`)
  const groups = [['strength', t.strengths], ['improvement', t.improvements], ['observation', t.observations]] as const
  for (const [kind, heading] of groups) {
    const list = e.findings.filter((f) => f.kind === kind)
    if (list.length === 0) continue
    out.push('')
    out.push(`${heading}:`)
    for (const f of list) out.push(`  - ${f.text[lang]}`)
  }
  return `${out.join('\n')}\n`
}

// --- internal ---

function line(x: EvaluatedExpectation, t: (typeof L)[Lang], roleName: (id: string | null) => string, lang: Lang): string {
  const status = t.status[x.status].padEnd(lang === 'zh' ? 4 : 12)
  const id = `${x.id}${x.occurrence > 1 ? ` #${x.occurrence}` : ''}`.padEnd(26)
  if (x.occurrence === 0) return `${status} ${id} ${t.notArmed}`
  const due = x.due ? `${t.due} ${x.due.slice(5, 16).replace('T', ' ')}` : ''
  const done = x.doneAt ? `${t.done} ${x.doneAt.slice(5, 16).replace('T', ' ')} ${t.by} ${roleName(x.doneBy)}` : ''
  const late = x.lateBy ? ` (+${x.lateBy})` : ''
  return `${status} ${id} ${due}${done ? `  ${done}` : ''}${late}  [${x.clause}]`
}
