/**
 * The After-Action Report / Improvement Plan (HSEEP AAR/IP) of one drill: the hot wash (strengths and areas for
 * improvement, pre-filled from the scorer and edited by the trainer), the improvement plan (one corrective action per
 * area, with its capability element, owner and dates), and the report itself as Markdown, a print-ready HTML document
 * and spreadsheet tables, in zh or en. Pure and isomorphic: dates come in as arguments, the same input gives the same
 * bytes.
 */
import { STATUS_NAMES, STATUSES } from './evaluation.ts'
import { z } from 'zod'
import { teamName as consoleTeamName } from './console.ts'
import type { AuditEntry, ConsoleRecord, TeamAction } from './console.ts'
import { formatDuration } from './duration.ts'
import { InputError, formatPath } from './errors.ts'
import type { InputIssue } from './errors.ts'
import type { EvaluatedExpectation, Evaluation, ExpectationStatus, Finding } from './evaluation.ts'
import { md } from './evaluationMarkdown.ts'
import { isByLevel } from './model.ts'
import type { PlanDefinition } from './model.ts'
import type { Rating } from './scoring.ts'
import { formatIso, parseIsoDateTime } from './time.ts'
import type { Bilingual, EpochMs, Lang } from './types.ts'
// Type only: the engine never loads exceljs; src/export/xlsx.ts turns these tables into a workbook.
import type { SheetTable } from '../export/xlsx.ts'

export const AAR_SCHEMA = 'plandrill/aar@1'

/** HSEEP capability elements (POETE): where a corrective action lands. */
export const IP_ELEMENTS = ['planning', 'organization', 'equipment', 'training', 'exercise'] as const
export type IpElement = (typeof IP_ELEMENTS)[number]

export interface HotwashItem {
  /** 's1', 'i1', …: stable. */
  readonly id: string
  /** Capability id of the plan ('' if none). */
  readonly capability: string
  /** The trainer-editable observation text (in the drill's working language). */
  readonly text: string
  /** Root cause / analysis (HSEEP "analysis"); '' allowed. */
  readonly analysis: string
  /** Plan clause it rests on. */
  readonly clause: string | null
  readonly expectation: string | null
  readonly source: 'scorer' | 'trainer'
  /** How many occurrences of a recurring obligation the scorer item stands for (absent: one). */
  readonly occurrences?: number
  /** The scorer's status behind the item (absent for trainer items). */
  readonly status?: ExpectationStatus
}

export interface ImprovementItem {
  /** 'ip1', … */
  readonly id: string
  /** Id of the HotwashItem (area for improvement) it addresses. */
  readonly improvement: string
  readonly capability: string
  readonly issue: string
  readonly correctiveAction: string
  readonly element: IpElement
  readonly responsibleOrg: string
  readonly pointOfContact: string
  /** YYYY-MM-DD or ''. */
  readonly start: string
  /** YYYY-MM-DD or ''. */
  readonly completion: string
  readonly clause: string | null
}

export interface Hotwash {
  readonly schema: typeof AAR_SCHEMA
  readonly strengths: readonly HotwashItem[]
  readonly improvements: readonly HotwashItem[]
  readonly plan: readonly ImprovementItem[]
}

export interface AarInput {
  readonly evaluation: Evaluation
  readonly plan: PlanDefinition
  readonly scenario: { readonly id: string; readonly title: Bilingual; readonly description?: Bilingual }
  /** Teams and participants, team actions (with corrections), decisions. */
  readonly console?: ConsoleRecord
  readonly hotwash: Hotwash
  readonly exercise: {
    readonly name: string
    readonly type: 'tabletop' | 'practice'
    readonly location?: string
    readonly sponsor?: string
    readonly pointOfContact?: string
    readonly objectives?: readonly string[]
  }
}

/** A sheet of the AAR workbook: a SheetTable (src/export/xlsx.ts) with a stable id. */
export interface AarTable extends SheetTable {
  readonly id: 'overview' | 'capabilities' | 'strengths' | 'improvements' | 'plan' | 'decisions' | 'actions'
}

/** Days from the start of a corrective action to its default completion date. */
export const IP_DEFAULT_DAYS = 90

// --- labels ---

const RATING_MEANING: Record<Lang, Record<Rating, string>> = {
  zh: {
    P: '顺利完成：与该能力相关的关键任务按预案完成，实现了演练目标，未对其他处置活动造成不利影响，符合相关预案、制度和法规。',
    S: '有些困难：关键任务完成并实现了目标，未对其他处置活动造成不利影响，但发现了提升效果或效率的空间。',
    M: '困难较大：关键任务完成并实现了目标，但对其他处置活动造成了不利影响，或未完全按照相关预案、制度和法规执行。',
    U: '未能完成：与该能力相关的关键任务未能以实现目标的方式完成。',
  },
  en: {
    P: 'Performed without challenges: the critical tasks associated with the capability were completed in a manner that achieved the objectives, did not negatively impact other activities, and followed the applicable plans, policies, procedures and regulations.',
    S: 'Performed with some challenges: the critical tasks were completed in a manner that achieved the objectives and did not negatively impact other activities, but opportunities to enhance effectiveness and/or efficiency were identified.',
    M: 'Performed with major challenges: the critical tasks were completed in a manner that achieved the objectives, but performance negatively impacted other activities and/or was not conducted in accordance with the applicable plans, policies, procedures and regulations.',
    U: 'Unable to be performed: the critical tasks associated with the capability were not performed in a manner that achieved the objectives.',
  },
}

const L = {
  zh: {
    title: '演练总结评估报告与改进计划（AAR/IP）', colon: '：',
    s1: '1 演练概况', s2: '2 演练目标与能力', s3: '3 能力分析', s4: '4 结论', appA: '附录A 改进计划', appB: '附录B 决策记录与行动记录',
    name: '演练名称', dates: '演练时间', scope: '演练范围', type: '演练类型', plan: '预案', version: '版本', scenario: '情景', description: '情景说明',
    sponsor: '组织单位', location: '演练地点', poc: '联系人', orgs: '参演单位', org: '单位/小组', role: '预案角色', participants: '参演人员',
    types: { tabletop: '桌面推演', practice: '实战演练' },
    scopeText: (type: string, caps: number, reqs: number) => `${type}；检验 ${caps} 项能力、${reqs} 项预案要求`,
    objectives: '演练目标', capabilitiesExercised: '检验的能力', defaultObjective: (cap: string, clauses: string) => `检验「${cap}」能力：按预案${clauses ? `（${clauses}）` : ''}规定的时限、由规定的责任主体完成各项处置步骤。`,
    capability: '能力', score: '得分', rating: '评级', meaning: '评级含义', requirements: '预案要求数', capped: '因关键步骤未完成或主体错误，评级上限为 M。',
    strengths: '优势', improvements: '需改进事项', none: '无', clause: '依据条款', analysis: '分析', ipRef: '改进措施', other: '其他（未关联能力）', notScored: '本次演练未评分',
    overall: '总体得分', overallRating: '总体评级', counts: '统计', statusCol: '状态', count: '数量', capRatings: '各能力评级分布',
    nStrengths: '优势', nImprovements: '需改进事项', nActions: '改进措施',
    conclusion: (score: string, rating: string, s: number, i: number, p: number) => `本次演练总体得分 ${score} / 100，评级 ${rating}。共识别优势 ${s} 项、需改进事项 ${i} 项，制定改进措施 ${p} 项。`,
    statuses: STATUS_NAMES.zh,
    id: '编号', issue: '问题/需改进事项', corrective: '改进措施', element: '能力要素', responsible: '主要责任单位', orgPoc: '单位联系人', start: '开始日期', completion: '完成日期',
    elements: { planning: '规划', organization: '组织', equipment: '装备', training: '培训', exercise: '演练' },
    decisions: 'B.1 决策记录', actionLog: 'B.2 团队行动记录', audit: 'B.3 更正与删除记录', time: '时间', decision: '决策', rationale: '理由', by: '决策者', recorded: '记录时间',
    team: '小组', action: '行动', recipients: '报送对象', declaredLevel: '所定级别', doneBy: '执行人', note: '备注', status: '状态', change: '变更', when: '变更时间', what: '变更内容', reason: '原因', match: '匹配',
    wholeRoom: '全体', active: '有效', corrected: '已更正', removed: '已删除', changes: { recorded: '记录', corrected: '更正', removed: '删除' },
    fields: { at: '时间', role: '小组', action: '行动', note: '备注', by: '执行人' },
    matches: { satisfied: '满足要求', 'wrong-role': '角色不符', unmatched: '未对应要求' },
    noConsole: '本次演练未使用控制台记录；以下为演练行动记录。', field: '项目', value: '内容', elapsed: '演练时刻', source: '来源', sources: { scorer: '评分', trainer: '导演' },
    expectation: '预案要求', sheets: { overview: '概况', capabilities: '能力', strengths: '优势', improvements: '需改进事项', plan: '改进计划', decisions: '决策记录', actions: '团队行动' },
    corrections: '更正记录', observation: '观察记录', capabilityId: '能力编号', occurrences: (n: number) => `（共 ${n} 次）`,
  },
  en: {
    title: 'After-Action Report / Improvement Plan (AAR/IP)', colon: ': ',
    s1: '1 Exercise overview', s2: '2 Objectives and capabilities', s3: '3 Analysis of capabilities', s4: '4 Conclusion', appA: 'Appendix A: Improvement plan', appB: 'Appendix B: Decision log and team actions',
    name: 'Exercise name', dates: 'Exercise dates', scope: 'Scope', type: 'Type', plan: 'Plan', version: 'Version', scenario: 'Scenario', description: 'Scenario description',
    sponsor: 'Sponsor', location: 'Location', poc: 'Point of contact', orgs: 'Participating organisations', org: 'Organisation / team', role: 'Plan role', participants: 'Participants',
    types: { tabletop: 'Tabletop exercise', practice: 'Practical drill' },
    scopeText: (type: string, caps: number, reqs: number) => `${type}; ${caps} capabilities and ${reqs} plan requirements exercised`,
    objectives: 'Objectives', capabilitiesExercised: 'Capabilities exercised', defaultObjective: (cap: string, clauses: string) => `Assess the ${cap} capability: every step the plan requires${clauses ? ` (${clauses})` : ''} done on time by the role it assigns.`,
    capability: 'Capability', score: 'Score', rating: 'Rating', meaning: 'Meaning', requirements: 'Plan requirements', capped: 'Rating capped at M: a critical step was missed or done by the wrong role.',
    strengths: 'Strengths', improvements: 'Areas for improvement', none: 'None', clause: 'Reference', analysis: 'Analysis', ipRef: 'Corrective actions', other: 'Other (no capability)', notScored: 'not scored in this drill',
    overall: 'Overall score', overallRating: 'Overall rating', counts: 'Counts', statusCol: 'Status', count: 'Count', capRatings: 'Capability ratings',
    nStrengths: 'Strengths', nImprovements: 'Areas for improvement', nActions: 'Corrective actions',
    conclusion: (score: string, rating: string, s: number, i: number, p: number) => `The drill scored ${score} / 100, rated ${rating}. ${s} strengths and ${i} areas for improvement were identified; the improvement plan holds ${p} corrective actions.`,
    statuses: STATUS_NAMES.en,
    id: 'ID', issue: 'Issue / area for improvement', corrective: 'Corrective action', element: 'Capability element', responsible: 'Primary responsible organisation', orgPoc: 'Organisation POC', start: 'Start date', completion: 'Completion date',
    elements: { planning: 'Planning', organization: 'Organization', equipment: 'Equipment', training: 'Training', exercise: 'Exercise' },
    decisions: 'B.1 Decision log', actionLog: 'B.2 Team action log', audit: 'B.3 Corrections and removals', time: 'Time', decision: 'Decision', rationale: 'Rationale', by: 'By', recorded: 'Recorded',
    team: 'Team', action: 'Action', recipients: 'Recipients', declaredLevel: 'Declared level', doneBy: 'Done by', note: 'Note', status: 'Status', change: 'Change', when: 'When', what: 'What changed', reason: 'Reason', match: 'Match',
    wholeRoom: 'whole room', active: 'active', corrected: 'corrected', removed: 'removed', changes: { recorded: 'recorded', corrected: 'corrected', removed: 'removed' },
    fields: { at: 'time', role: 'team', action: 'action', note: 'note', by: 'done by' },
    matches: { satisfied: 'met a requirement', 'wrong-role': 'wrong role', unmatched: 'no requirement' },
    noConsole: 'No console record was kept for this drill; the drill\'s action log follows.', field: 'Field', value: 'Value', elapsed: 'Drill time', source: 'Source', sources: { scorer: 'scorer', trainer: 'trainer' },
    expectation: 'Plan requirement', sheets: { overview: 'Overview', capabilities: 'Capabilities', strengths: 'Strengths', improvements: 'Areas for improvement', plan: 'Improvement plan', decisions: 'Decisions', actions: 'Team actions' },
    corrections: 'Corrections', observation: 'Observation', capabilityId: 'Capability id', occurrences: (n: number) => ` (${n} occurrences)`,
  },
} as const

type Labels = (typeof L)[Lang]

/**
 * The capability element a corrective action for each kind of shortfall lands in by default. A wrong role on a step
 * whose owner the plan sets by level is a planning matter (the plan should make the owner obvious), otherwise organisation.
 */
export const IP_ELEMENT_FOR: Readonly<Record<'late' | 'missed' | 'wrong-role' | 'out-of-order' | 'incomplete' | 'wrong-level', IpElement>> = {
  late: 'training', missed: 'training', 'wrong-role': 'organization', 'out-of-order': 'planning', incomplete: 'training', 'wrong-level': 'training',
}

type Shortfall = keyof typeof IP_ELEMENT_FOR

interface Ctx {
  readonly text: string
  readonly clause: string
  readonly role: string
  readonly who: string
  readonly lateBy: string
  /** The plan names the step's owner by level. */
  readonly byLevel: boolean
}

const SUGGEST: Record<Lang, Record<Shortfall, { readonly action: (c: Ctx) => string; readonly analysis: (c: Ctx) => string }>> = {
  zh: {
    late: {
      action: (c) => `组织${c.role}就「${c.text}」开展专项培训，明确${c.clause}规定的时限及报告路径，并在下次演练中复核时效。`,
      analysis: (c) => `完成时间晚于时限${c.lateBy ? ` ${c.lateBy}` : ''}。需分析：责任人是否知晓时限，信息传递或审批环节是否造成延误。`,
    },
    missed: {
      action: (c) => `将「${c.text}」纳入${c.role}的岗位培训和处置检查单（${c.clause}），并在下次演练中重点检验。`,
      analysis: () => '演练中未执行该步骤。需分析：参演人员是否知晓该项预案要求，是否有人明确负责，是否被其他处置工作挤占。',
    },
    'wrong-role': {
      action: (c) => (c.byLevel
        ? `在预案及检查单中写清「${c.text}」在各事件级别下的责任主体（本次级别为${c.role}，${c.clause}），并向相关人员宣贯。`
        : `在岗位职责和应急通讯录中明确「${c.text}」由${c.role}负责（${c.clause}），并向相关人员宣贯；如确需代行，在预案中写明授权安排。`),
      analysis: (c) => `该步骤由${c.who}完成，而预案规定由${c.role}负责。需分析：职责分工是否清晰，是否存在未写入预案的代行安排。`,
    },
    'out-of-order': {
      action: (c) => `在处置流程和检查单中明确「${c.text}」的前置步骤及先后顺序（${c.clause}）。`,
      analysis: () => '该步骤在预案规定的前置步骤之前完成。需分析：参演人员是否了解先后顺序及其理由。',
    },
    incomplete: {
      action: (c) => `在报告模板和应急通讯录中列明「${c.text}」须同时报送的全部对象（${c.clause}），并在下次演练中核对报送范围。`,
      analysis: () => '报告未送达预案要求的全部对象。需分析：报送名单是否写清，是否依赖个人记忆。',
    },
    'wrong-level': {
      action: (c) => `组织${c.role}学习分级标准（${c.clause}），用演练中的事实逐条练习定级，并在检查单中写明各级别的判定条件。`,
      analysis: () => '申报的级别与事实对应的级别不符。需分析：分级标准是否清楚，定级时是否掌握了全部事实。',
    },
  },
  en: {
    late: {
      action: (c) => `Train ${c.role} on "${c.text}", the time limit in ${c.clause} and the reporting path; check timeliness again in the next drill.`,
      analysis: (c) => `Done after the deadline${c.lateBy ? ` (late by ${c.lateBy})` : ''}. To analyse: did the responsible team know the time limit; did hand-offs or approvals cause the delay?`,
    },
    missed: {
      action: (c) => `Add "${c.text}" to the training and response checklist of ${c.role} (${c.clause}) and exercise it specifically in the next drill.`,
      analysis: () => 'The step was not taken. To analyse: did participants know the requirement; was someone clearly responsible; was it crowded out by other work?',
    },
    'wrong-role': {
      action: (c) => (c.byLevel
        ? `Spell out in the plan and checklist who owns "${c.text}" at each severity level (at this level ${c.role}; ${c.clause}) and brief everyone involved.`
        : `Confirm ${c.role} as the owner of "${c.text}" (${c.clause}) in job descriptions and the emergency contact list and brief everyone involved; if another team must stand in, write the delegation into the plan.`),
      analysis: (c) => `Done by ${c.who}; the plan assigns it to ${c.role}. To analyse: are responsibilities clear; is there a stand-in arrangement the plan does not record?`,
    },
    'out-of-order': {
      action: (c) => `Make the steps that must come before "${c.text}" and their order explicit in the procedure and checklist (${c.clause}).`,
      analysis: () => 'Done before a step the plan puts first. To analyse: do participants know the order and the reason for it?',
    },
    incomplete: {
      action: (c) => `List every recipient of "${c.text}" (${c.clause}) in the report template and the emergency contact list, and check the distribution in the next drill.`,
      analysis: () => 'The report did not reach every recipient the plan requires. To analyse: is the distribution list written down, or left to memory?',
    },
    'wrong-level': {
      action: (c) => `Train ${c.role} on the level criteria (${c.clause}) with the drill's facts, and put each level's criteria in the checklist.`,
      analysis: () => 'The level declared differs from the one the facts give. To analyse: are the criteria clear; were all the facts known when grading?',
    },
  },
}

const ISSUE: Record<Lang, (text: string, status: string) => string> = {
  zh: (text, status) => `${text}（${status}）`,
  en: (text, status) => `${text} (${status})`,
}

// --- hot wash ---

/**
 * Pre-fills the hot wash from the scorer: strengths from strength findings, areas for improvement from improvement
 * findings (critical steps first; the occurrences of a recurring obligation with the same status make one item), one
 * improvement-plan row per area with a suggested corrective action and capability element, the plan's role as the
 * responsible organisation, `today` as start and `today` + 90 days as completion.
 */
export function draftHotwash(evaluation: Evaluation, plan: PlanDefinition, lang: Lang, today: string): Hotwash {
  if (!isDate(today)) throw new Error(`draftHotwash: today must be a date YYYY-MM-DD, got "${today}"`)
  const completion = addDays(today, IP_DEFAULT_DAYS)
  const roleName = (id: string | null) => (id === null ? '' : (plan.roles.find((r) => r.id === id)?.name[lang] ?? id))
  const find = (f: Finding) => evaluation.expectations.find((x) => x.id === f.expectation && x.occurrence === f.occurrence) ?? evaluation.expectations.find((x) => x.id === f.expectation)

  const groups = (kind: 'strength' | 'improvement') => {
    const out: { finding: Finding; exp: EvaluatedExpectation | undefined; count: number }[] = []
    for (const f of evaluation.findings) {
      if (f.kind !== kind) continue
      const same = f.expectation !== null ? out.find((g) => g.finding.expectation === f.expectation && g.finding.status === f.status) : undefined
      if (same) same.count++
      else out.push({ finding: f, exp: find(f), count: 1 })
    }
    return out
  }
  const t = L[lang]
  const item = (prefix: string, i: number, g: ReturnType<typeof groups>[number], analysis: string): HotwashItem => ({
    id: `${prefix}${i + 1}`,
    capability: g.exp?.capability ?? '',
    text: `${g.finding.text[lang]}${g.count > 1 ? t.occurrences(g.count) : ''}`,
    analysis,
    clause: g.finding.clause,
    expectation: g.finding.expectation,
    source: 'scorer',
    ...(g.count > 1 ? { occurrences: g.count } : {}),
    ...(g.finding.status !== null ? { status: g.finding.status } : {}),
  })

  const strengths = groups('strength').map((g, i) => item('s', i, g, ''))
  const ranked = groups('improvement')
    .map((g, i) => ({ g, i }))
    .sort((a, b) => Number(b.g.exp?.critical ?? false) - Number(a.g.exp?.critical ?? false) || a.i - b.i)
    .map(({ g }) => g)
  const improvements: HotwashItem[] = []
  const ip: ImprovementItem[] = []
  ranked.forEach((g, i) => {
    const status = g.finding.status
    const shortfall: Shortfall | null = status !== null && status !== undefined && status in IP_ELEMENT_FOR ? (status as Shortfall) : null
    const ctx: Ctx = {
      text: g.exp?.text[lang] ?? g.finding.text[lang],
      clause: g.finding.clause ?? '',
      role: roleName(g.exp?.role ?? null),
      who: roleName(g.exp?.doneBy ?? null),
      lateBy: g.exp?.lateBy ?? '',
      byLevel: isByLevel(plan.expectations.find((d) => d.id === g.finding.expectation)?.roles ?? []),
    }
    const hw = item('i', i, g, shortfall ? SUGGEST[lang][shortfall].analysis(ctx) : '')
    improvements.push(hw)
    ip.push({
      id: `ip${i + 1}`,
      improvement: hw.id,
      capability: hw.capability,
      issue: ISSUE[lang](ctx.text, status ? t.statuses[status] : ''),
      correctiveAction: shortfall ? SUGGEST[lang][shortfall].action(ctx) : '',
      element: shortfall === 'wrong-role' && ctx.byLevel ? 'planning' : shortfall ? IP_ELEMENT_FOR[shortfall] : 'planning',
      responsibleOrg: ctx.role,
      pointOfContact: '',
      start: today,
      completion,
      clause: hw.clause,
    })
  })
  return { schema: AAR_SCHEMA, strengths, improvements, plan: ip }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const m = DATE.exec(date)
  if (!m || !isDate(date)) throw new Error(`addDays: "${date}" is not a date YYYY-MM-DD`)
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days))
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

const text = (max: number) => z.string().max(max)
const dateOrEmpty = z.string().refine((v) => v === '' || isDate(v), 'must be a date YYYY-MM-DD or empty')
const hotwashItemSchema = z.object({
  id: z.string().min(1).max(50),
  capability: text(200),
  text: text(4000),
  analysis: text(4000),
  clause: text(300).nullable(),
  expectation: text(200).nullable(),
  source: z.enum(['scorer', 'trainer']),
  occurrences: z.number().int().min(1).optional(),
  status: z.enum(STATUSES).optional(),
})
const improvementItemSchema = z.object({
  id: z.string().min(1).max(50),
  improvement: z.string().min(1).max(50),
  capability: text(200),
  issue: text(4000),
  correctiveAction: text(4000),
  element: z.enum(IP_ELEMENTS),
  responsibleOrg: text(300),
  pointOfContact: text(300),
  start: dateOrEmpty,
  completion: dateOrEmpty,
  clause: text(300).nullable(),
})
const hotwashSchema = z.object({
  schema: z.literal(AAR_SCHEMA),
  strengths: z.array(hotwashItemSchema).max(1000),
  improvements: z.array(hotwashItemSchema).max(1000),
  plan: z.array(improvementItemSchema).max(1000),
})

/**
 * Validates a saved hot wash (storage or a file). Every problem is named by its field path: unknown capability
 * elements, dates that are not YYYY-MM-DD (or empty), a completion before the start, duplicate ids, and improvement-plan
 * rows pointing at an area for improvement that does not exist.
 */
export function parseHotwash(data: unknown, file: string): Hotwash {
  const r = hotwashSchema.safeParse(data)
  if (!r.success) throw new InputError('schema', file, r.error.issues.map((i) => ({ path: formatPath(i.path as PropertyKey[]), code: 'schema', message: i.message })))
  const h = r.data
  const issues: InputIssue[] = []
  const seen = new Map<string, string>()
  for (const key of ['strengths', 'improvements', 'plan'] as const) {
    h[key].forEach((x, i) => {
      const path = formatPath([key, i, 'id'])
      const first = seen.get(x.id)
      if (first !== undefined) issues.push({ path, code: 'bad-value', message: `duplicate id "${x.id}" (first at ${first})` })
      else seen.set(x.id, path)
    })
  }
  const areas = new Set(h.improvements.map((x) => x.id))
  h.plan.forEach((p, i) => {
    if (!areas.has(p.improvement)) issues.push({ path: formatPath(['plan', i, 'improvement']), code: 'bad-value', message: `no area for improvement "${p.improvement}"` })
    if (p.start !== '' && p.completion !== '' && p.completion < p.start) issues.push({ path: formatPath(['plan', i, 'completion']), code: 'bad-value', message: `${p.completion} is before the start date ${p.start}` })
  })
  if (issues.length > 0) throw new InputError('bad-value', file, issues)
  return h as Hotwash
}

// --- the report as a document (rendered to Markdown and HTML) ---

type Inl = string | { readonly b: string } | { readonly code: string }
type Cell = readonly Inl[] | string
interface ListItem {
  readonly c: readonly Inl[]
  readonly sub?: readonly (readonly Inl[])[]
}
type Block =
  | { readonly k: 'h'; readonly level: 3 | 4; readonly text: string }
  | { readonly k: 'p'; readonly c: readonly Inl[] }
  | { readonly k: 'ul'; readonly items: readonly ListItem[] }
  | { readonly k: 'ol'; readonly items: readonly (readonly Inl[])[] }
  | { readonly k: 'table'; readonly cols: readonly string[]; readonly align?: readonly ('l' | 'r' | 'c')[]; readonly rows: readonly (readonly Cell[])[] }
interface Section {
  readonly id: string
  readonly title: string
  readonly blocks: readonly Block[]
}
interface Doc {
  readonly title: string
  readonly subtitle: string
  readonly sections: readonly Section[]
}

function buildDoc(input: AarInput, lang: Lang): Doc {
  const t = L[lang]
  const { evaluation: e, hotwash: hw, exercise: x } = input
  const v = view(input, lang)
  const none: Block = { k: 'p', c: [t.none] }
  const table = (cols: readonly string[], rows: readonly (readonly Cell[])[], align?: readonly ('l' | 'r' | 'c')[]): Block => (rows.length === 0 ? none : { k: 'table', cols, rows, ...(align ? { align } : {}) })

  // 1 Exercise overview
  const armed = e.expectations.filter((y) => y.status !== 'not-applicable').length
  const overview: [string, Cell][] = [
    [t.name, x.name],
    [t.dates, `${short(e.startedAt)} → ${short(e.endedAt)}`],
    [t.scope, t.scopeText(t.types[x.type], e.capabilities.length, armed)],
    [t.type, t.types[x.type]],
    [t.plan, [e.plan.title[lang], ' (', { code: `${e.plan.id}@${e.plan.version}` }, ')']],
    [t.scenario, [input.scenario.title[lang], ' (', { code: input.scenario.id }, ')']],
  ]
  if (input.scenario.description?.[lang]) overview.push([t.description, input.scenario.description[lang]])
  if (x.sponsor) overview.push([t.sponsor, x.sponsor])
  if (x.location) overview.push([t.location, x.location])
  if (x.pointOfContact) overview.push([t.poc, x.pointOfContact])
  const s1: Block[] = [
    { k: 'table', cols: [t.field, t.value], rows: overview.map(([k, c]) => [k, c]) },
    { k: 'h', level: 3, text: t.orgs },
    v.orgs.length > 0 ? table([t.org, t.role, t.participants], v.orgs.map((o) => [o.name, o.role, o.participants.join(lang === 'zh' ? '、' : ', ')])) : e.participants.length > 0 ? { k: 'p', c: [e.participants.join(lang === 'zh' ? '、' : ', ')] } : none,
  ]

  // 2 Objectives and capabilities
  const s2: Block[] = [
    { k: 'h', level: 3, text: t.objectives },
    { k: 'ol', items: v.objectives.map((o) => [o]) },
    { k: 'h', level: 3, text: t.capabilitiesExercised },
    table([t.capability, t.requirements, t.score, t.rating], e.capabilities.map((c) => [c.name[lang], String(c.expectations), c.score.toFixed(1), [{ b: c.rating }]]), ['l', 'r', 'r', 'c']),
  ]

  // 3 Analysis of capabilities
  const s3: Block[] = []
  const itemList = (items: readonly HotwashItem[], withIp: boolean): Block =>
    items.length === 0
      ? none
      : {
          k: 'ul',
          items: items.map((it) => {
            const sub: Inl[][] = []
            if (it.clause) sub.push([`${t.clause}${t.colon}`, it.clause])
            if (it.analysis) sub.push([`${t.analysis}${t.colon}`, it.analysis])
            const ips = withIp ? hw.plan.filter((p) => p.improvement === it.id) : []
            if (ips.length > 0) sub.push([`${t.ipRef}${t.colon}`, ips.map((p) => `${p.id} (${t.elements[p.element]})`).join(', ')])
            return { c: [{ code: it.id }, ' ', it.text], sub }
          }),
        }
  for (const [n, g] of v.groups.entries()) {
    s3.push({ k: 'h', level: 3, text: `3.${n + 1} ${g.name}` })
    if (g.cap) {
      s3.push({ k: 'p', c: [`${t.score}${t.colon}`, { b: `${g.cap.score.toFixed(1)} / 100` }, ` · ${t.rating}${t.colon}`, { b: g.cap.rating }, ` — ${RATING_MEANING[lang][g.cap.rating]}`] })
      if (g.cap.capped) s3.push({ k: 'p', c: [t.capped] })
    } else if (g.id !== '') s3.push({ k: 'p', c: [`${t.rating}${t.colon}— (${t.notScored})`] })
    s3.push({ k: 'h', level: 4, text: t.strengths }, itemList(g.strengths, false))
    s3.push({ k: 'h', level: 4, text: t.improvements }, itemList(g.improvements, true))
  }
  if (v.groups.length === 0) s3.push(none)

  // 4 Conclusion
  const counts = (r: Rating) => e.capabilities.filter((c) => c.rating === r).length
  const s4: Block[] = [
    { k: 'p', c: [t.conclusion(e.score.toFixed(1), e.rating, hw.strengths.length, hw.improvements.length, hw.plan.length)] },
    {
      k: 'table', cols: [t.field, t.value], rows: [
        [t.overall, [{ b: `${e.score.toFixed(1)} / 100` }]],
        [t.overallRating, [{ b: e.rating }, ` — ${RATING_MEANING[lang][e.rating]}`]],
        [t.capRatings, (['P', 'S', 'M', 'U'] as const).map((r) => `${r} ${counts(r)}`).join(' · ')],
        [t.nStrengths, String(hw.strengths.length)],
        [t.nImprovements, String(hw.improvements.length)],
        [t.nActions, String(hw.plan.length)],
      ],
    },
    { k: 'h', level: 3, text: t.counts },
    { k: 'table', cols: [t.statusCol, t.count], align: ['l', 'r'], rows: (Object.keys(t.statuses) as ExpectationStatus[]).map((s) => [t.statuses[s], String(e.summary[s])]) },
  ]

  // Appendix A
  const sA: Block[] = [table(ipColumns(t), v.ipRows.map((r) => r.map((c) => (c === null ? '—' : String(c)))))]

  // Appendix B
  const sB: Block[] = []
  if (input.console) {
    sB.push({ k: 'h', level: 3, text: t.decisions }, table([t.id, t.time, t.decision, t.rationale, t.by, t.recorded], v.decisionRows.map((r) => r.map((c) => String(c ?? '—')))))
    sB.push({ k: 'h', level: 3, text: t.actionLog }, table([t.id, t.time, t.team, t.action, t.recipients, t.declaredLevel, t.doneBy, t.note, t.status], v.actionRows.map((r, i) => [...r.slice(0, 4), ...(v.actionDetail[i] ?? [null, null]), ...r.slice(4, 7)].map((c) => String(c ?? '—')))))
    sB.push({ k: 'h', level: 3, text: t.audit }, table([t.id, t.change, t.when, t.what, t.reason], v.auditRows.map((r) => r.map((c) => String(c ?? '—')))))
  } else {
    sB.push({ k: 'p', c: [t.noConsole] }, { k: 'h', level: 3, text: t.actionLog }, table([t.time, t.team, t.action, t.recipients, t.declaredLevel, t.match, t.note], v.actionRows.map((r, i) => [r[1], r[2], r[3], ...(v.actionDetail[i] ?? [null, null]), r[6], r[5]].map((c) => String(c ?? '—')))))
  }

  return {
    title: t.title,
    subtitle: `${x.name} · ${short(e.startedAt)} → ${short(e.endedAt)}`,
    sections: [
      { id: 'overview', title: t.s1, blocks: s1 },
      { id: 'objectives', title: t.s2, blocks: s2 },
      { id: 'analysis', title: t.s3, blocks: s3 },
      { id: 'conclusion', title: t.s4, blocks: s4 },
      { id: 'appendix-a', title: t.appA, blocks: sA },
      { id: 'appendix-b', title: t.appB, blocks: sB },
    ],
  }
}

function ipColumns(t: Labels): string[] {
  return [t.id, t.capability, t.issue, t.corrective, t.element, t.responsible, t.orgPoc, t.start, t.completion, t.clause]
}

type Row = (string | number | null)[]

interface View {
  readonly orgs: readonly { readonly name: string; readonly role: string; readonly participants: readonly string[] }[]
  readonly objectives: readonly string[]
  readonly groups: readonly {
    readonly id: string
    readonly name: string
    readonly cap: Evaluation['capabilities'][number] | undefined
    readonly strengths: readonly HotwashItem[]
    readonly improvements: readonly HotwashItem[]
  }[]
  readonly capName: (id: string) => string
  readonly ipRows: readonly Row[]
  readonly decisionRows: readonly Row[]
  /** Console: id, time, team, action, done by, note, status, corrections. Without a console: '', time, role, action, '', note, match. */
  readonly actionRows: readonly Row[]
  /** For each of `actionRows`: the recipients named and the level declared (action log v2), or null. */
  readonly actionDetail: readonly (readonly [string | null, string | null])[]
  /** id, change, when, what changed, reason. */
  readonly auditRows: readonly Row[]
}

/** Everything the Markdown, HTML and tables share, resolved to text in `lang`. */
function view(input: AarInput, lang: Lang): View {
  const t = L[lang]
  const { evaluation: e, plan, hotwash: hw, console: con } = input
  const roleName = (id: string) => plan.roles.find((r) => r.id === id)?.name[lang] ?? id
  const teamName = (id: string) => (con ? consoleTeamName(con.teams, plan, id, lang) : roleName(id))
  const actionName = (id: string) => plan.actions.find((a) => a.id === id)?.name[lang] ?? id
  const capName = (id: string) => (id === '' ? t.other : (e.capabilities.find((c) => c.id === id)?.name[lang] ?? plan.capabilities.find((c) => c.id === id)?.name[lang] ?? id))

  // Participating organisations: teams with people, or that acted or decided; all teams when none qualify.
  let orgs: View['orgs'] = []
  if (con) {
    const active = new Set([...con.actions.filter((a) => !a.removed).map((a) => a.role), ...con.decisions.map((d) => d.by)])
    const teams = con.teams.filter((x) => x.participants.length > 0 || active.has(x.role))
    orgs = (teams.length > 0 ? teams : con.teams).map((x) => ({ name: consoleTeamName(con.teams, plan, x.role, lang), role: roleName(x.role), participants: x.participants }))
  }

  // Objectives: given, or one per capability the drill exercised (the plan's capabilities when it exercised none).
  const caps = e.capabilities.length > 0 ? plan.capabilities.filter((c) => e.capabilities.some((y) => y.id === c.id)) : plan.capabilities
  const objectives = input.exercise.objectives && input.exercise.objectives.length > 0
    ? input.exercise.objectives
    : caps.map((c) => {
        const clauses = [...new Set(e.expectations.filter((y) => y.capability === c.id && y.status !== 'not-applicable' && y.clause !== '').map((y) => y.clause))]
        return t.defaultObjective(c.name[lang], clauses.slice(0, 4).join(lang === 'zh' ? '；' : '; ') + (clauses.length > 4 ? '…' : ''))
      })

  // Capability groups: the scored ones in the evaluation's order, then any other the hot wash names, then none.
  const ids: string[] = e.capabilities.map((c) => c.id)
  const named = [...hw.strengths, ...hw.improvements].map((i) => i.capability)
  for (const c of plan.capabilities) if (!ids.includes(c.id) && named.includes(c.id)) ids.push(c.id)
  for (const c of named) if (c !== '' && !ids.includes(c)) ids.push(c)
  if (named.includes('')) ids.push('')
  const groups = ids.map((id) => ({
    id,
    name: capName(id),
    cap: e.capabilities.find((c) => c.id === id),
    strengths: hw.strengths.filter((i) => i.capability === id),
    improvements: hw.improvements.filter((i) => i.capability === id),
  }))

  const ipRows: Row[] = hw.plan.map((p) => [p.id, p.capability === '' ? null : capName(p.capability), p.issue, p.correctiveAction, t.elements[p.element], p.responsibleOrg, p.pointOfContact || null, p.start || null, p.completion || null, p.clause])

  // Console times are ms since the drill's start: shown as the scenario's local time and as elapsed drill time.
  const start = parseIsoDateTime(e.startedAt)
  const at = (ms: number) => ('error' in start ? `T+${formatDuration(ms)}` : `${short(formatIso((start.epochMs + ms) as EpochMs, start.offsetMinutes))} (T+${formatDuration(ms)})`)

  const decisionRows: Row[] = (con?.decisions ?? []).map((d) => [d.id, at(d.at), d.decision, d.rationale || null, d.by === '' ? t.wholeRoom : teamName(d.by), d.when ? whenText(d.when) : null])

  let actionRows: Row[]
  let actionDetail: (readonly [string | null, string | null])[]
  const detail = (to: readonly string[] | undefined, level: string | undefined) =>
    [to !== undefined && to.length > 0 ? to.map(roleName).join(lang === 'zh' ? '、' : ', ') : null, level ? (plan.levels.find((l) => l.id === level)?.name[lang] ?? level) : null] as const
  const auditRows: Row[] = []
  if (con) {
    const ordered = con.actions.map((a, i) => ({ a, i })).sort((p, q) => p.a.at - q.a.at || p.i - q.i).map(({ a }) => a)
    actionRows = ordered.map((a) => {
      const fixes = a.audit.filter((x) => x.change !== 'recorded')
      const status = a.removed ? t.removed : fixes.length > 0 ? `${t.corrected} (${fixes.length})` : t.active
      const corrections = fixes.map((x) => `${whenText(x.when)} ${t.changes[x.change]}${t.colon}${changed(a, x, t, at, teamName, actionName)}${x.reason ? ` — ${x.reason}` : ''}`).join('; ')
      return [a.id, at(a.at), teamName(a.role), actionName(a.action), a.by || null, a.note || null, status, corrections || null]
    })
    actionDetail = ordered.map((a) => detail(a.to, a.level))
    for (const a of con.actions) {
      for (const x of a.audit) {
        if (x.change === 'recorded') continue
        auditRows.push([a.id, t.changes[x.change], whenText(x.when), changed(a, x, t, at, teamName, actionName), x.reason || null])
      }
    }
  } else {
    actionRows = e.actions.map((a) => ['', short(a.at), roleName(a.role), actionName(a.action), null, a.note ?? null, `${t.matches[a.match]}${a.expectation ? ` (${a.expectation})` : ''}`])
    actionDetail = e.actions.map((a) => detail(a.to, a.level))
  }
  return { orgs, objectives, groups, capName, ipRows, decisionRows, actionRows, actionDetail, auditRows }
}

type Snapshot = NonNullable<AuditEntry['before']>

/** What an audit entry changed: each field before → after (after = the next entry's "before", or the entry as it is now). */
function changed(a: TeamAction, x: AuditEntry, t: Labels, at: (ms: number) => string, team: (id: string) => string, action: (id: string) => string): string {
  const before = x.before
  if (!before) return ''
  const idx = a.audit.indexOf(x)
  const after: Snapshot = a.audit.slice(idx + 1).find((y) => y.before)?.before ?? { at: a.at, role: a.role, action: a.action, note: a.note, by: a.by }
  const show: Record<keyof Snapshot, (s: Snapshot) => string> = {
    at: (s) => at(s.at), role: (s) => team(s.role), action: (s) => action(s.action), note: (s) => s.note || '—', by: (s) => s.by || '—',
  }
  const diffs = (Object.keys(show) as (keyof Snapshot)[]).filter((k) => before[k] !== after[k]).map((k) => `${t.fields[k]}${t.colon}${show[k](before)} → ${show[k](after)}`)
  if (x.change === 'removed') return [t.changes.removed, ...diffs].join('; ')
  return diffs.join('; ') || '—'
}

// --- renderers ---

/** The AAR/IP as Markdown: every text in a table cell, list item or heading escaped with md(). */
export function aarMarkdown(input: AarInput, lang: Lang): string {
  const doc = buildDoc(input, lang)
  const out: string[] = [`# ${md(doc.title)}`, '', md(doc.subtitle), '']
  for (const s of doc.sections) {
    out.push(`## ${md(s.title)}`, '')
    for (const b of s.blocks) out.push(...mdBlock(b), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function mdInline(c: readonly Inl[] | string): string {
  if (typeof c === 'string') return md(c)
  return c.map((i) => (typeof i === 'string' ? md(i) : 'b' in i ? `**${md(i.b)}**` : /^[\w.@:/-]+$/.test(i.code) ? `\`${i.code}\`` : md(i.code))).join('')
}

function mdBlock(b: Block): string[] {
  switch (b.k) {
    case 'h':
      return [`${'#'.repeat(b.level)} ${md(b.text)}`]
    case 'p':
      return [mdInline(b.c)]
    case 'ul':
      return b.items.flatMap((i) => [`- ${mdInline(i.c)}`, ...(i.sub ?? []).map((s) => `  - ${mdInline(s)}`)])
    case 'ol':
      return b.items.map((i, n) => `${n + 1}. ${mdInline(i)}`)
    case 'table': {
      const sep = b.cols.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[b.align?.[i] ?? 'l'])
      return [`| ${b.cols.map(md).join(' | ')} |`, `|${sep.join('|')}|`, ...b.rows.map((r) => `| ${r.map(mdInline).join(' | ')} |`)]
    }
  }
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; line-height: 1.5; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; font-size: 14px; }
header.cover { border-bottom: 3px solid #1b3a5c; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; color: #1b3a5c; }
.subtitle { margin: 0; color: #4a5560; }
h2 { font-size: 1.3rem; color: #1b3a5c; border-bottom: 1px solid #c8d1db; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0.75rem 0 0.25rem; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92em; }
th, td { border: 1px solid #c8d1db; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f6; }
td:first-child, th:first-child { overflow-wrap: normal; word-break: keep-all; min-width: 6em; }
td.r, th.r { text-align: right; }
td.c, th.c { text-align: center; }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.9em; background: #f3f5f7; padding: 0 0.2em; border-radius: 3px; }
ul { padding-left: 1.4rem; }
li { margin: 0.3rem 0; }
li ul { margin: 0.15rem 0; color: #3b4650; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.aar { break-before: page; page-break-before: always; }
  section.aar.first { break-before: auto; page-break-before: auto; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  th { background: #eef2f6 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim()

/** The AAR/IP as a standalone, print-ready HTML document; every text is HTML-escaped. */
export function aarHtml(input: AarInput, lang: Lang): string {
  const doc = buildDoc(input, lang)
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="plandrill ${AAR_SCHEMA}">`,
    `<title>${esc(`${doc.title} — ${input.exercise.name}`)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="subtitle">${esc(doc.subtitle)}</p>`,
    '</header>',
  ]
  doc.sections.forEach((s, i) => {
    out.push(`<section class="aar${i === 0 ? ' first' : ''}" id="${esc(s.id)}">`, `<h2>${esc(s.title)}</h2>`)
    for (const b of s.blocks) out.push(htmlBlock(b))
    out.push('</section>')
  })
  out.push('</body>', '</html>')
  return `${out.join('\n')}\n`
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

function htmlInline(c: readonly Inl[] | string): string {
  if (typeof c === 'string') return esc(c)
  return c.map((i) => (typeof i === 'string' ? esc(i) : 'b' in i ? `<strong>${esc(i.b)}</strong>` : `<code>${esc(i.code)}</code>`)).join('')
}

function htmlBlock(b: Block): string {
  switch (b.k) {
    case 'h':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`
    case 'p':
      return `<p>${htmlInline(b.c)}</p>`
    case 'ul':
      return `<ul>\n${b.items.map((i) => `<li>${htmlInline(i.c)}${i.sub && i.sub.length > 0 ? `<ul>${i.sub.map((s) => `<li>${htmlInline(s)}</li>`).join('')}</ul>` : ''}</li>`).join('\n')}\n</ul>`
    case 'ol':
      return `<ol>\n${b.items.map((i) => `<li>${htmlInline(i)}</li>`).join('\n')}\n</ol>`
    case 'table': {
      const cls = (i: number) => (b.align?.[i] && b.align[i] !== 'l' ? ` class="${b.align[i]}"` : '')
      const head = `<thead><tr>${b.cols.map((c, i) => `<th${cls(i)}>${esc(c)}</th>`).join('')}</tr></thead>`
      const body = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${htmlInline(c)}</td>`).join('')}</tr>`).join('\n')
      return `<table>\n${head}\n<tbody>\n${body}\n</tbody>\n</table>`
    }
  }
}

// --- tables (XLSX) ---

/** The AAR/IP as spreadsheet tables: Overview, Capabilities, Strengths, Areas for improvement, Improvement plan, Decisions, Team actions. */
export function aarTables(input: AarInput, lang: Lang): AarTable[] {
  const t = L[lang]
  const { evaluation: e, hotwash: hw, exercise: x } = input
  const v = view(input, lang)
  const overview: Row[] = [
    [t.name, x.name],
    [t.type, t.types[x.type]],
    [t.dates, `${e.startedAt} → ${e.endedAt}`],
    [t.plan, `${e.plan.title[lang]} (${e.plan.id})`],
    [t.version, e.plan.version],
    [t.scenario, `${input.scenario.title[lang]} (${input.scenario.id})`],
    ...(input.scenario.description?.[lang] ? [[t.description, input.scenario.description[lang]]] : []),
    [t.sponsor, x.sponsor ?? null],
    [t.location, x.location ?? null],
    [t.poc, x.pointOfContact ?? null],
    [t.orgs, v.orgs.length > 0 ? v.orgs.map((o) => `${o.name}${o.participants.length > 0 ? `: ${o.participants.join(', ')}` : ''}`).join('; ') : e.participants.join(', ') || null],
    ...v.objectives.map((o, i) => [`${t.objectives} ${i + 1}`, o]),
    [t.overall, e.score],
    [t.overallRating, e.rating],
    ...(Object.keys(t.statuses) as ExpectationStatus[]).map((s) => [t.statuses[s], e.summary[s]]),
  ]
  const items = (list: readonly HotwashItem[]): Row[] => list.map((i) => [i.id, i.capability === '' ? null : v.capName(i.capability), i.text, i.analysis || null, i.clause, i.expectation, t.sources[i.source]])
  const itemCols = [t.id, t.capability, t.observation, t.analysis, t.clause, t.expectation, t.source]
  return [
    { id: 'overview', title: t.sheets.overview, columns: [t.field, t.value], rows: overview },
    {
      id: 'capabilities',
      title: t.sheets.capabilities,
      columns: [t.capabilityId, t.capability, t.score, t.rating, t.meaning, t.requirements, t.nStrengths, t.nImprovements],
      rows: e.capabilities.map((c) => [c.id, c.name[lang], c.score, c.rating, RATING_MEANING[lang][c.rating], c.expectations, hw.strengths.filter((i) => i.capability === c.id).length, hw.improvements.filter((i) => i.capability === c.id).length]),
    },
    { id: 'strengths', title: t.sheets.strengths, columns: itemCols, rows: items(hw.strengths) },
    { id: 'improvements', title: t.sheets.improvements, columns: itemCols, rows: items(hw.improvements) },
    { id: 'plan', title: t.sheets.plan, columns: [...ipColumns(t), t.sheets.improvements], rows: v.ipRows.map((r, i) => [...r, hw.plan[i]?.improvement ?? null]) },
    { id: 'decisions', title: t.sheets.decisions, columns: [t.id, t.time, t.decision, t.rationale, t.by, t.recorded], rows: v.decisionRows },
    {
      id: 'actions',
      title: t.sheets.actions,
      columns: [...(input.console ? [t.id, t.time, t.team, t.action, t.doneBy, t.note, t.status, t.corrections] : [t.id, t.time, t.team, t.action, t.doneBy, t.note, t.match]), t.recipients, t.declaredLevel],
      rows: v.actionRows.map((r, i) => [...r, ...(v.actionDetail[i] ?? [null, null])]),
    },
  ]
}

// --- helpers ---

function short(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso
}

/** A wall-clock time the adapter recorded (ISO): minutes, with its zone. */
function whenText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso)
  if (!m) return iso
  return `${m[1]} ${m[2]}${m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` ${m[3]}`}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
