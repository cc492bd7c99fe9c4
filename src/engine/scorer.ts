/** Scorer: a finished drill -> its evaluation. Pure; it reads the ledger's obligations and never recomputes them. */
import type { DrillResult } from './drillRunner.ts'
import { formatDuration } from './duration.ts'
import { EVALUATION_SCHEMA, STATUSES } from './evaluation.ts'
import type { EvaluatedAction, EvaluatedCapability, EvaluatedExpectation, Evaluation, ExpectationStatus, Finding } from './evaluation.ts'
import type { Cause, Obligation } from './ledger.ts'
import { atLevel, criticalAt, mayAct } from './model.ts'
import type { ExpectationDef, PlanDefinition } from './model.ts'
import { deriveSeed } from './random.ts'
import { SCORING, capRating, lateCredit, ratingFor, round1 } from './scoring.ts'
import type { Rating } from './scoring.ts'
import type { Bilingual, SimTime } from './types.ts'

export interface ScoreOptions {
  /** Names of the people who took part (kept in the evaluation for the annual review). */
  readonly participants?: readonly string[]
}

/**
 * Scores a finished drill: every obligation gets its status from the ledger and a credit here, and every finding
 * cites its clause. In solo practice (`playedAs`) only the obligations that role may meet are scored.
 */
export function score(result: DrillResult, options: ScoreOptions = {}): Evaluation {
  const { plan, timeline, endedAt } = result
  const iso = (t: SimTime | null) => (t === null ? null : timeline.iso(t))
  const defs = new Map(plan.expectations.map((e) => [e.id as string, e]))
  const def = (id: string) => defs.get(id) as ExpectationDef
  const playedAs = result.playedAs
  const scoredFor = (o: Obligation) => playedAs === null || mayAct(plan, o.roles, playedAs)

  // Recurring obligations share their weight among the occurrences that applied.
  const applicableCount = new Map<string, number>()
  for (const o of result.obligations) if (o.status !== 'not-applicable') applicableCount.set(o.expectation, (applicableCount.get(o.expectation) ?? 0) + 1)
  const weightOf = (exp: ExpectationDef, critical: boolean) => {
    if (exp.optional) return 0
    const base = exp.weight ?? (critical ? SCORING.defaultWeight.critical : SCORING.defaultWeight.normal)
    return exp.every !== undefined && SCORING.shareRecurringWeight ? base / (applicableCount.get(exp.id) ?? 1) : base
  }
  const cause = (c: Cause) => ({ kind: c.kind, ref: c.ref, at: timeline.iso(c.at), ...(c.levelTo !== undefined ? { levelFrom: c.levelFrom ?? null, levelTo: c.levelTo } : {}) })

  const expectations: EvaluatedExpectation[] = []
  for (const o of result.obligations) {
    const exp = def(o.expectation)
    const status: ExpectationStatus = o.status === 'open' ? 'not-applicable' : o.status
    const scored = scoredFor(o)
    const weight = status === 'not-applicable' || !scored ? 0 : weightOf(exp, o.critical)
    const doer = o.done ?? (status === 'wrong-role' ? (o.wrongRole[0] ?? null) : null)
    expectations.push({
      id: exp.id,
      occurrence: o.occurrence,
      action: exp.action,
      role: o.roles[0] ?? '',
      roles: o.roles,
      capability: exp.capability,
      phase: exp.phase,
      critical: o.critical,
      optional: exp.optional === true,
      clause: atLevel(exp.clause, o.level) ?? '',
      text: exp.text,
      level: o.level,
      armedAt: iso(o.armedAt),
      due: iso(o.due),
      doneAt: iso(doer?.at ?? null),
      doneBy: doer?.role ?? null,
      status,
      lateBy: o.lateBy !== null ? formatDuration(o.lateBy) : null,
      weight: round3(weight),
      credit: round3(creditOf(o, status)),
      armedBy: cause(o.cause),
      anchor: { kind: o.anchor.kind, ref: o.anchor.ref, at: iso(o.anchor.at) },
      recipients: o.recipients,
      missingRecipients: o.missingRecipients,
      declaredLevel: o.done?.level ?? null,
      renewed: o.renewed ? { kind: o.renewed.kind, level: o.renewed.level, recipients: o.renewed.recipients } : null,
      carriedOver: o.carried.map((c) => ({ at: timeline.iso(c.at), level: c.levelTo ?? null })),
      coveredBy: o.done?.coveredBy ?? null,
      openBefore: o.openBefore,
      dischargedBy: o.discharged?.event ?? null,
      scored,
    })
  }
  // Expectations this drill never armed are listed too, so reviews can count what a scenario exercises.
  const armed = new Set(result.obligations.map((o) => o.expectation as string))
  for (const exp of plan.expectations) {
    if (armed.has(exp.id)) continue
    const roles = atLevel(exp.roles, null) ?? []
    expectations.push({
      id: exp.id, occurrence: 0, action: exp.action, role: roles[0] ?? '', roles, capability: exp.capability, phase: exp.phase,
      critical: criticalAt(exp, null), optional: exp.optional === true, clause: atLevel(exp.clause, null) ?? '', text: exp.text, level: null,
      armedAt: null, due: null, doneAt: null, doneBy: null, status: 'not-applicable', lateBy: null, weight: 0, credit: 0,
      armedBy: null, anchor: null, recipients: [], missingRecipients: [], declaredLevel: null, renewed: null, carriedOver: [],
      coveredBy: null, openBefore: [], dischargedBy: null, scored: playedAs === null || mayAct(plan, roles, playedAs),
    })
  }

  const totals = sums(expectations)
  const overall = totals.weight > 0 ? round1((100 * totals.earned) / totals.weight) : 0
  const criticalFailed = expectations.some(isCriticalFailure)
  const rating: Rating = criticalFailed ? capRating(ratingFor(overall), SCORING.missedCriticalCap) : ratingFor(overall)

  const capabilities: EvaluatedCapability[] = []
  for (const cap of plan.capabilities) {
    const mine = expectations.filter((e) => e.capability === cap.id && e.status !== 'not-applicable' && e.weight > 0)
    if (mine.length === 0) continue
    const s = sums(mine)
    const capScore = round1((100 * s.earned) / s.weight)
    const capped = mine.some(isCriticalFailure)
    const raw = ratingFor(capScore)
    const r = capped ? capRating(raw, SCORING.missedCriticalCap) : raw
    capabilities.push({ id: cap.id, name: cap.name, score: capScore, rating: r, capped: capped && r !== raw, expectations: mine.length })
  }

  const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ExpectationStatus, number>
  for (const e of expectations) if (e.scored) summary[e.status]++

  const actions: EvaluatedAction[] = result.actions.map((a) => ({
    at: timeline.iso(a.at),
    role: a.role,
    action: a.action,
    ...(a.note !== undefined ? { note: a.note } : {}),
    ...(a.to !== undefined ? { to: a.to } : {}),
    ...(a.level !== undefined ? { level: a.level } : {}),
    source: a.source,
    match: a.match,
    expectation: a.instance,
    met: a.met,
  }))

  const scenario = result.scenario
  const participants = [...(options.participants ?? [])]
  const hash = scenarioHash(scenario)
  const idSeed = deriveSeed(scenario.seed, JSON.stringify([plan.id, plan.version, scenario.id, hash, result.autopilot, playedAs, participants, actions]))
  return {
    schema: EVALUATION_SCHEMA,
    id: `${scenario.id}-${idSeed.toString(16).padStart(8, '0')}`,
    plan: { id: plan.id, version: plan.version, title: plan.title },
    scenario: { id: scenario.id, title: scenario.title, hash },
    seed: scenario.seed,
    autopilot: result.autopilot,
    participants,
    playedAs,
    severity: result.levels.length > 0 ? (result.levels[result.levels.length - 1]?.level ?? null) : null,
    severityHistory: result.levels.map((l) => ({ at: timeline.iso(l.at), level: l.level })),
    startedAt: timeline.iso(0 as SimTime),
    endedAt: timeline.iso(endedAt),
    score: overall,
    rating,
    summary,
    expectations,
    capabilities,
    findings: findings(expectations, actions, plan),
    actions,
  }
}

/**
 * A digest of what in a scenario decides its drill (start, end, seed, parameters, calendar, and every inject's time,
 * event, data, recipients and condition), as 8 hex digits; keys are sorted, so the same scenario read from YAML, CSV
 * or XLSX gives the same digest. Titles, messages and the file name do not change a drill, so they are left out.
 */
export function scenarioHash(scenario: DrillResult['scenario']): string {
  const content = {
    plan: scenario.plan, start: [scenario.start.epochMs, scenario.start.offsetMinutes], end: scenario.end, seed: scenario.seed,
    params: scenario.params, calendar: scenario.calendar ?? null,
    injects: scenario.injects.map((i) => ({ id: i.id, at: i.at, event: i.event, data: i.data, to: i.to, when: i.when ?? null })),
  }
  return deriveSeed(0, canonicalJson(content)).toString(16).padStart(8, '0')
}

function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(',')}]`
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`
  }
  return JSON.stringify(x) ?? 'null'
}

// --- internal ---

/** Credit (0..1) for an occurrence's status; lateness is scaled by its window (anchor to deadline). */
function creditOf(o: Obligation, status: ExpectationStatus): number {
  const c = SCORING.credit
  const timely = () => {
    if (o.lateBy === null || o.due === null) return c.onTime
    const from = o.anchor.at ?? o.armedAt
    return lateCredit(o.lateBy, o.due - from)
  }
  switch (status) {
    case 'on-time':
      return c.onTime
    case 'late':
      return timely()
    case 'out-of-order':
      return Math.min(c.outOfOrder, timely())
    case 'incomplete':
      return timely() * c.incomplete
    case 'wrong-level':
      return Math.min(c.wrongLevel, timely())
    case 'wrong-role':
      return c.wrongRole
    case 'missed':
    case 'not-applicable':
      return 0
  }
}

function isCriticalFailure(e: EvaluatedExpectation): boolean {
  return e.scored && e.critical && !e.optional && (e.status === 'missed' || e.status === 'wrong-role' || e.status === 'wrong-level')
}

function sums(list: readonly EvaluatedExpectation[]): { weight: number; earned: number } {
  let weight = 0
  let earned = 0
  for (const e of list) {
    if (e.status === 'not-applicable') continue
    weight += e.weight
    earned += e.weight * e.credit
  }
  return { weight, earned }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

function findings(expectations: readonly EvaluatedExpectation[], actions: readonly EvaluatedAction[], plan: PlanDefinition): Finding[] {
  const out: Finding[] = []
  const roleName = (id: string | null): Bilingual => {
    const r = plan.roles.find((x) => x.id === id)
    return r ? r.name : { zh: id ?? '', en: id ?? '' }
  }
  const names = (ids: readonly string[]): Bilingual => ({ zh: ids.map((r) => roleName(r).zh).join('、'), en: ids.map((r) => roleName(r).en).join(', ') })
  const stepNames = (ids: readonly string[]): Bilingual => {
    const texts = ids.map((id) => plan.expectations.find((x) => x.id === id)?.text ?? { zh: id, en: id })
    return { zh: texts.map((x) => `「${x.zh}」`).join('、'), en: texts.map((x) => `"${x.en}"`).join(', ') }
  }
  const levelName = (id: string | null): Bilingual => plan.levels.find((l) => l.id === id)?.name ?? { zh: id ?? '', en: id ?? '' }
  const actionName = (id: string): Bilingual => plan.actions.find((x) => x.id === id)?.name ?? { zh: id, en: id }
  for (const e of expectations) {
    if (e.status === 'not-applicable' || e.optional || !e.scored) continue
    const base = { expectation: e.id, occurrence: e.occurrence, clause: e.clause, status: e.status }
    const who = roleName(e.doneBy)
    const want = roleName(e.role)
    const t = e.text
    const c = e.clause
    // Why a level rise owed it again (only what the new level adds is owed anew).
    const why: Bilingual =
      e.renewed === null
        ? { zh: '', en: '' }
        : e.renewed.kind === 'new-recipients'
          ? { zh: `（升为${levelName(e.renewed.level).zh}后须另报新增对象：${names(e.renewed.recipients).zh}）`, en: ` (owed again at ${levelName(e.renewed.level).en} for the recipients it adds: ${names(e.renewed.recipients).en})` }
          : { zh: `（升为${levelName(e.renewed.level).zh}后处置主体改变，须重新履行）`, en: ` (owed again at ${levelName(e.renewed.level).en}: that level names another body)` }
    switch (e.status) {
      case 'on-time':
        if (e.critical) out.push({ kind: 'strength', ...base, text: { zh: `按时完成：${t.zh}（${who.zh}，${e.doneAt}，时限 ${e.due}）。依据 ${c}。`, en: `Met on time: ${t.en} (${who.en}, ${e.doneAt}; due ${e.due}). Clause ${c}.` } })
        break
      case 'late':
        out.push({ kind: 'improvement', ...base, text: { zh: `超时 ${e.lateBy}：${t.zh}${why.zh}。时限 ${e.due}，实际 ${e.doneAt}（${who.zh}）。依据 ${c}。`, en: `Late by ${e.lateBy}: ${t.en}${why.en}. Due ${e.due}, done ${e.doneAt} (${who.en}). Clause ${c}.` } })
        break
      case 'missed':
        out.push({ kind: 'improvement', ...base, text: { zh: `未完成${e.critical ? '（关键步骤）' : ''}：${t.zh}${why.zh}。应由${want.zh}在 ${e.due} 前完成。依据 ${c}。`, en: `Not done${e.critical ? ' (critical step)' : ''}: ${t.en}${why.en}. ${want.en} should have done it by ${e.due}. Clause ${c}.` } })
        break
      case 'wrong-role':
        out.push({ kind: 'improvement', ...base, text: { zh: `职责主体错误：${t.zh} 由${who.zh}完成，预案规定由${want.zh}负责。依据 ${c}。`, en: `Wrong role: ${t.en} was done by ${who.en}; the plan assigns it to ${want.en}. Clause ${c}.` } })
        break
      case 'out-of-order':
        if (e.openBefore.length > 0 && plan.expectations.find((x) => x.id === e.id)?.endsHandling) {
          const open = stepNames(e.openBefore)
          out.push({ kind: 'improvement', ...base, text: { zh: `提前结束：${who.zh}于 ${e.doneAt} ${t.zh}，当时预案要求在结束前完成的${open.zh}尚未完成。依据 ${c}。`, en: `Ended early: ${who.en} did "${t.en}" at ${e.doneAt} while ${open.en}, which the plan requires before the end, ${e.openBefore.length > 1 ? 'were' : 'was'} still open. Clause ${c}.` } })
        } else {
          out.push({ kind: 'improvement', ...base, text: { zh: `顺序错误：${t.zh} 在其前置步骤${stepNames(e.openBefore).zh}之前完成（${e.doneAt}）。依据 ${c}。`, en: `Out of order: ${t.en} was done (${e.doneAt}) before ${stepNames(e.openBefore).en}, which the plan puts first. Clause ${c}.` } })
        }
        break
      case 'incomplete': {
        const miss = names(e.missingRecipients)
        out.push({ kind: 'improvement', ...base, text: { zh: `报送对象不全：${t.zh}（${who.zh}，${e.doneAt}）未报送${miss.zh}。依据 ${c}。`, en: `Incomplete: ${t.en} (${who.en}, ${e.doneAt}) did not reach ${miss.en}, which the clause requires. Clause ${c}.` } })
        break
      }
      case 'wrong-level': {
        const said = levelName(e.declaredLevel)
        const is = levelName(e.level)
        out.push({ kind: 'improvement', ...base, text: { zh: `定级错误：${who.zh}于 ${e.doneAt} 定为「${said.zh}」，按当时掌握的情况应为「${is.zh}」${e.critical ? '（关键步骤）' : ''}。依据 ${c}。`, en: `Wrong level: ${who.en} declared "${said.en}" at ${e.doneAt}; the facts known then give "${is.en}"${e.critical ? ' (critical step)' : ''}. Clause ${c}.` } })
        break
      }
    }
  }
  for (const a of actions) {
    if (a.match !== 'unmatched') continue
    const n = actionName(a.action)
    const r = roleName(a.role)
    out.push({ kind: 'observation', expectation: null, occurrence: null, clause: null, status: null, text: { zh: `${r.zh}于 ${a.at} 执行「${n.zh}」，当时没有对应的预案要求（记录在案，不扣分）。`, en: `${r.en} did "${n.en}" at ${a.at} when the plan required no such step (recorded, not penalised).` } })
  }
  return out
}
