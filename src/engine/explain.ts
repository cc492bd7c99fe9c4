/** A plan as a readable checklist (by phase, then role) with deadlines and clauses: what a participant studies before a drill. */
import { describe as describeCondition } from './condition.ts'
import { allLevelValues, anchorOf, atLevel, everCritical, isByLevel, PHASES, resolveParams } from './model.ts'
import type { ByLevel, DurationRef, ExpectationDef, Plan, PlanDefinition } from './model.ts'
import type { Lang } from './types.ts'

export interface ChecklistItem {
  readonly id: string
  readonly role: string
  readonly action: string
  readonly text: string
  readonly deadline: string
  readonly clause: string
  readonly critical: boolean
  /** Levels at which it is critical, when that depends on the level (empty otherwise). */
  readonly criticalAt: readonly string[]
  readonly optional: boolean
  /** What the deadline runs from, in words. */
  readonly from: string
  /** States of the chart whose entry arms it. */
  readonly armedIn: readonly string[]
}

export interface Checklist {
  readonly title: string
  readonly levels: readonly { readonly name: string; readonly rules: readonly string[] }[]
  readonly phases: readonly { readonly phase: string; readonly roles: readonly { readonly role: string; readonly items: readonly ChecklistItem[] }[] }[]
  readonly projectRules: readonly string[]
}

/** Builds the checklist in one language; every item keeps its clause. */
export function explainPlan(plan: Plan, lang: Lang): Checklist {
  const def = plan.definition
  const params = resolveParams(def)
  const armedIn = armingStates(plan)
  const roleName = (id: string) => def.roles.find((r) => r.id === id)?.name[lang] ?? id
  const actionName = (id: string) => def.actions.find((a) => a.id === id)?.name[lang] ?? id
  const levels = [...def.levels].sort((a, b) => b.rank - a.rank).map((l) => ({
    name: `${l.name[lang]} (${l.id})`,
    rules: (def.severity?.rules ?? []).filter((r) => r.level === l.id).map((r) => `${r.text[lang]} [${describeCondition(r.when, params, lang)}] — ${r.clause}`),
  }))
  const phases = PHASES.map((p) => {
    const exps = def.expectations.filter((e) => e.phase === p.id)
    const roles = [...new Set(exps.map((e) => primaryRole(e)))]
    return {
      phase: p.name[lang],
      roles: roles.map((r) => ({
        role: roleName(r),
        items: exps.filter((e) => primaryRole(e) === r).map((e) => ({
          id: e.id,
          role: roleName(r),
          action: actionName(e.action),
          text: e.text[lang],
          deadline: deadlineText(def, e, lang),
          clause: byLevelText(e.clause, def, lang),
          critical: everCritical(e),
          criticalAt: isByLevel(e.critical) ? def.levels.filter((l) => atLevel(e.critical, l.id) === true).map((l) => l.name[lang]) : [],
          optional: e.optional === true,
          from: anchorText(def, e, lang),
          armedIn: armedIn.get(e.id) ?? [],
        })),
      })),
    }
  }).filter((p) => p.roles.length > 0)
  return {
    title: def.title[lang],
    levels,
    phases,
    projectRules: def.projectRules.map((r) => `${r.id} ${r.topic[lang]}: ${r.rule[lang]}`),
  }
}

/** Plain-text rendering of a checklist. */
export function formatChecklist(c: Checklist, lang: Lang): string {
  const t = lang === 'zh'
    ? { levels: '事件分级', rules: '项目规则（原文未规定）', critical: '关键', optional: '可选' }
    : { levels: 'Levels', rules: 'Project rules (not in source)', critical: 'critical', optional: 'optional' }
  const out: string[] = [c.title, '='.repeat(Math.min(60, c.title.length * 2)), '']
  if (c.levels.length > 0) {
    out.push(`${t.levels}:`)
    for (const l of c.levels) {
      out.push(`  ${l.name}`)
      for (const r of l.rules) out.push(`    - ${r}`)
    }
    out.push('')
  }
  for (const p of c.phases) {
    out.push(`## ${p.phase}`)
    for (const r of p.roles) {
      out.push(`  ${r.role}`)
      for (const i of r.items) {
        const flags = [i.critical ? (i.criticalAt.length > 0 ? `${t.critical}: ${i.criticalAt.join('/')}` : t.critical) : '', i.optional ? t.optional : ''].filter(Boolean).join(', ')
        out.push(`    [ ] ${i.text}${flags ? ` (${flags})` : ''}`)
        out.push(`        ${i.deadline} · ${i.action} · ${i.clause} · ${i.id}`)
      }
    }
    out.push('')
  }
  out.push(`${t.rules}:`)
  for (const r of c.projectRules) out.push(`  - ${r}`)
  return `${out.join('\n')}\n`
}

// --- internal ---

function primaryRole(e: ExpectationDef): string {
  return allLevelValues(e.roles)[0]?.[0] ?? ''
}

function durationText(ref: DurationRef | undefined, def: PlanDefinition): string {
  if (ref === undefined) return ''
  if (typeof ref === 'string') return ref
  if ('param' in ref) return String(resolveParams(def)[ref.param] ?? ref.param)
  return ref.fact
}

function byLevelText<T>(value: ByLevel<T>, def: PlanDefinition, lang: Lang, render: (v: T) => string = String): string {
  if (!isByLevel(value)) return render(value)
  const parts = def.levels
    .slice()
    .sort((a, b) => b.rank - a.rank)
    .map((l) => {
      const v = atLevel(value, l.id)
      return v === undefined ? null : `${l.name[lang]}: ${render(v)}`
    })
    .filter((x): x is string => x !== null)
  return [...new Set(parts)].join(lang === 'zh' ? '；' : '; ')
}

function deadlineText(def: PlanDefinition, e: ExpectationDef, lang: Lang): string {
  const zh = lang === 'zh'
  if (e.every !== undefined) return zh ? `每 ${byLevelText(e.every, def, lang, (v) => durationText(v, def))}（处理结束前）` : `every ${byLevelText(e.every, def, lang, (v) => durationText(v, def))} while open`
  if (e.within === undefined) return zh ? '所在阶段结束前' : 'before its stage ends'
  const all = allLevelValues(e.within)
  if (all.length > 0 && all.every((v) => typeof v === 'object' && 'fact' in v)) return zh ? `${anchorText(def, e, lang)}，在情景设定的时限内` : `by the deadline the scenario sets, counted ${anchorText(def, e, lang)}`
  const within = byLevelText(e.within, def, lang, (v) => durationText(v, def))
  return zh ? `${anchorText(def, e, lang)} ${within} 内` : `within ${within}, counted ${anchorText(def, e, lang)}`
}

/** What the deadline runs from, in words (the `from` anchor). */
function anchorText(def: PlanDefinition, e: ExpectationDef, lang: Lang): string {
  const zh = lang === 'zh'
  const a = anchorOf(e)
  if ('expectation' in a) {
    const x = def.expectations.find((y) => y.id === a.expectation)
    const name = x ? (def.actions.find((y) => y.id === x.action)?.name[lang] ?? x.id) : a.expectation
    return zh ? `自「${name}」完成起` : `from "${name}"`
  }
  if ('event' in a) {
    const name = def.events.find((y) => y.id === a.event)?.name[lang] ?? a.event
    return zh ? `自「${name}」起` : `from "${name}"`
  }
  if ('level' in a) return zh ? '自升至该级别起' : 'from when the level was reached'
  return zh ? '自触发该要求的事件起' : 'from the event that makes it necessary'
}

/** Which chart states arm each expectation, read from the states' `meta.expectations`. */
function armingStates(plan: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const visit = (node: Plan['machine']['root']) => {
    const meta = node.meta as { expectations?: readonly string[] } | undefined
    for (const id of meta?.expectations ?? []) out.set(id, [...(out.get(id) ?? []), node.path.join('.')])
    for (const child of Object.values(node.states)) visit(child)
  }
  visit(plan.machine.root)
  return out
}
