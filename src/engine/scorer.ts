/** Scorer: a finished drill -> its evaluation. Pure; the constants it uses live in ./scoring.ts. */
import type { DrillResult } from './drillRunner.ts'
import { formatDuration } from './duration.ts'
import { EVALUATION_SCHEMA, STATUSES } from './evaluation.ts'
import type { EvaluatedAction, EvaluatedCapability, EvaluatedExpectation, Evaluation, ExpectationStatus, Finding } from './evaluation.ts'
import type { Instance, Ledger } from './ledger.ts'
import { atLevel } from './model.ts'
import type { ExpectationDef } from './model.ts'
import { deriveSeed } from './random.ts'
import { SCORING, capRating, lateCredit, ratingFor, round1 } from './scoring.ts'
import type { Rating } from './scoring.ts'
import type { Bilingual, SimTime } from './types.ts'

export interface ScoreOptions {
  /** Names of the people who took part (kept in the evaluation for the annual review). */
  readonly participants?: readonly string[]
}

/** Scores a finished drill: every armed expectation gets a status, and every finding cites its clause. */
export function score(result: DrillResult, options: ScoreOptions = {}): Evaluation {
  const { plan, ledger, timeline, endedAt } = result
  const iso = (t: SimTime | null) => (t === null ? null : timeline.iso(t))
  const judged = ledger.instances().map((inst) => judge(ledger, inst, endedAt))

  // Recurring obligations share their weight among the occurrences that applied.
  const applicableCount = new Map<string, number>()
  for (const j of judged) if (j.status !== 'not-applicable') applicableCount.set(j.inst.expectation.id, (applicableCount.get(j.inst.expectation.id) ?? 0) + 1)
  const weightOf = (exp: ExpectationDef) => {
    if (exp.optional) return 0
    const base = exp.weight ?? (exp.critical ? SCORING.defaultWeight.critical : SCORING.defaultWeight.normal)
    return exp.every !== undefined && SCORING.shareRecurringWeight ? base / (applicableCount.get(exp.id) ?? 1) : base
  }

  const expectations: EvaluatedExpectation[] = []
  for (const j of judged) {
    const exp = j.inst.expectation
    const level = ledger.levelOf(j.inst)
    const roles = ledger.rolesOf(j.inst)
    const weight = j.status === 'not-applicable' ? 0 : weightOf(exp)
    expectations.push({
      id: exp.id,
      occurrence: j.inst.seq,
      action: exp.action,
      role: roles[0] ?? '',
      roles,
      capability: exp.capability,
      phase: exp.phase,
      critical: exp.critical,
      optional: exp.optional === true,
      clause: atLevel(exp.clause, level) ?? '',
      text: exp.text,
      level,
      armedAt: iso(j.inst.armedAt),
      due: iso(j.due),
      doneAt: iso(j.doneAt),
      doneBy: j.doneBy,
      status: j.status,
      lateBy: j.lateBy !== null ? formatDuration(j.lateBy) : null,
      weight: round3(weight),
      credit: round3(j.credit),
    })
  }
  // Expectations this drill never armed are listed too, so reviews can count what a scenario exercises.
  const armed = new Set(judged.map((j) => j.inst.expectation.id as string))
  for (const exp of plan.expectations) {
    if (armed.has(exp.id)) continue
    const roles = atLevel(exp.roles, null) ?? []
    expectations.push({
      id: exp.id, occurrence: 0, action: exp.action, role: roles[0] ?? '', roles, capability: exp.capability, phase: exp.phase,
      critical: exp.critical, optional: exp.optional === true, clause: atLevel(exp.clause, null) ?? '', text: exp.text, level: null,
      armedAt: null, due: null, doneAt: null, doneBy: null, status: 'not-applicable', lateBy: null, weight: 0, credit: 0,
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
  for (const e of expectations) summary[e.status]++

  const actions: EvaluatedAction[] = result.actions.map((a) => ({
    at: timeline.iso(a.at),
    role: a.role,
    action: a.action,
    ...(a.note !== undefined ? { note: a.note } : {}),
    source: a.source,
    match: a.match,
    expectation: a.instance,
  }))

  const scenario = result.scenario
  const participants = [...(options.participants ?? [])]
  const idSeed = deriveSeed(scenario.seed, JSON.stringify([plan.id, plan.version, scenario.id, result.autopilot, participants, actions]))
  return {
    schema: EVALUATION_SCHEMA,
    id: `${scenario.id}-${idSeed.toString(16).padStart(8, '0')}`,
    plan: { id: plan.id, version: plan.version, title: plan.title },
    scenario: { id: scenario.id, title: scenario.title },
    seed: scenario.seed,
    autopilot: result.autopilot,
    participants,
    severity: result.levels.length > 0 ? (result.levels[result.levels.length - 1]?.level ?? null) : null,
    severityHistory: result.levels.map((l) => ({ at: timeline.iso(l.at), level: l.level })),
    startedAt: timeline.iso(0 as SimTime),
    endedAt: timeline.iso(endedAt),
    score: overall,
    rating,
    summary,
    expectations,
    capabilities,
    findings: findings(expectations, actions, result),
    actions,
  }
}

// --- internal ---

interface Judged {
  readonly inst: Instance
  readonly status: ExpectationStatus
  readonly due: SimTime | null
  readonly doneAt: SimTime | null
  readonly doneBy: string | null
  readonly lateBy: number | null
  readonly credit: number
}

function judge(ledger: Ledger, inst: Instance, end: SimTime): Judged {
  const exp = inst.expectation
  const due = ledger.dueOf(inst) ?? end
  if (inst.done !== null) {
    const at = inst.done.at
    const late = at > due ? at - due : null
    const windowStart = exp.from !== undefined ? (ledger.triggerTime(exp.from, inst.armedAt) ?? inst.armedAt) : inst.armedAt
    const timely = late !== null ? lateCredit(late, due - windowStart) : SCORING.credit.onTime
    if (precedes(ledger, inst, at)) {
      return { inst, status: 'out-of-order', due, doneAt: at, doneBy: inst.done.role, lateBy: late, credit: Math.min(SCORING.credit.outOfOrder, timely) }
    }
    return { inst, status: late !== null ? 'late' : 'on-time', due, doneAt: at, doneBy: inst.done.role, lateBy: late, credit: timely }
  }
  const wrong = inst.wrongRole[0]
  if (wrong) return { inst, status: 'wrong-role', due, doneAt: wrong.at, doneBy: wrong.role, lateBy: null, credit: SCORING.credit.wrongRole }
  if (exp.optional || due > end) return { inst, status: 'not-applicable', due: exp.optional ? due : due, doneAt: null, doneBy: null, lateBy: null, credit: 0 }
  return { inst, status: 'missed', due, doneAt: null, doneBy: null, lateBy: null, credit: SCORING.credit.missed }
}

/** Whether this was first performed before a step the plan puts first ("X before Y"). */
function precedes(ledger: Ledger, inst: Instance, at: SimTime): boolean {
  for (const id of inst.expectation.after ?? []) {
    let first: SimTime | null = null
    for (const j of ledger.of(id)) if (j.done !== null && (first === null || j.done.at < first)) first = j.done.at
    if (first !== null && first > at) return true
  }
  return false
}

function isCriticalFailure(e: EvaluatedExpectation): boolean {
  return e.critical && !e.optional && (e.status === 'missed' || e.status === 'wrong-role')
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

function findings(expectations: readonly EvaluatedExpectation[], actions: readonly EvaluatedAction[], result: DrillResult): Finding[] {
  const out: Finding[] = []
  const roleName = (id: string | null): Bilingual => {
    const r = result.plan.roles.find((x) => x.id === id)
    return r ? r.name : { zh: id ?? '', en: id ?? '' }
  }
  const actionName = (id: string): Bilingual => result.plan.actions.find((x) => x.id === id)?.name ?? { zh: id, en: id }
  for (const e of expectations) {
    if (e.status === 'not-applicable' || e.optional) continue
    const base = { expectation: e.id, occurrence: e.occurrence, clause: e.clause, status: e.status }
    const who = roleName(e.doneBy)
    const want = roleName(e.role)
    const t = e.text
    const c = e.clause
    switch (e.status) {
      case 'on-time':
        if (e.critical) out.push({ kind: 'strength', ...base, text: { zh: `按时完成：${t.zh}（${who.zh}，${e.doneAt}，时限 ${e.due}）。依据 ${c}。`, en: `Met on time: ${t.en} (${who.en}, ${e.doneAt}; due ${e.due}). Clause ${c}.` } })
        break
      case 'late':
        out.push({ kind: 'improvement', ...base, text: { zh: `超时 ${e.lateBy}：${t.zh}。时限 ${e.due}，实际 ${e.doneAt}（${who.zh}）。依据 ${c}。`, en: `Late by ${e.lateBy}: ${t.en}. Due ${e.due}, done ${e.doneAt} (${who.en}). Clause ${c}.` } })
        break
      case 'missed':
        out.push({ kind: 'improvement', ...base, text: { zh: `未完成${e.critical ? '（关键步骤）' : ''}：${t.zh}。应由${want.zh}在 ${e.due} 前完成。依据 ${c}。`, en: `Not done${e.critical ? ' (critical step)' : ''}: ${t.en}. ${want.en} should have done it by ${e.due}. Clause ${c}.` } })
        break
      case 'wrong-role':
        out.push({ kind: 'improvement', ...base, text: { zh: `职责主体错误：${t.zh} 由${who.zh}完成，预案规定由${want.zh}负责。依据 ${c}。`, en: `Wrong role: ${t.en} was done by ${who.en}; the plan assigns it to ${want.en}. Clause ${c}.` } })
        break
      case 'out-of-order':
        out.push({ kind: 'improvement', ...base, text: { zh: `顺序错误：${t.zh} 在其前置步骤之前完成（${e.doneAt}）。依据 ${c}。`, en: `Out of order: ${t.en} was done (${e.doneAt}) before a step the plan puts first. Clause ${c}.` } })
        break
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
