/**
 * Contingency injects: `when:` on a scenario inject makes it fire only if the drill's state at its time calls for it
 * ("no customer notification by 6h ⇒ a journalist calls"). Conditions are data, validated against the plan like the
 * rest of the scenario, and evaluated by the drill runner at the inject's time (after everything earlier).
 */
import type { PlanDefinition } from './model.ts'

export type InjectCondition =
  | { readonly all: readonly InjectCondition[] }
  | { readonly any: readonly InjectCondition[] }
  | { readonly not: InjectCondition }
  /** An instance of this expectation has been done by a role the plan accepts. */
  | { readonly done: string }
  /** No instance of this expectation has been done yet (armed or not). */
  | { readonly notDone: string }
  /** This expectation has been armed at least once. */
  | { readonly armed: string }
  /** Someone has taken this action (any role). */
  | { readonly action: string }
  /** The incident's current severity or warning level is one of these. */
  | { readonly level: string | readonly string[] }

/** What a condition is evaluated against: the drill as it stands at the inject's time. */
export interface ContingencyState {
  readonly doneExpectations: ReadonlySet<string>
  readonly armedExpectations: ReadonlySet<string>
  readonly actionsTaken: ReadonlySet<string>
  readonly level: string | null
}

export const CONDITION_KEYS = ['all', 'any', 'not', 'done', 'notDone', 'armed', 'action', 'level'] as const

export function holdsAt(cond: InjectCondition, s: ContingencyState): boolean {
  if ('all' in cond) return cond.all.every((c) => holdsAt(c, s))
  if ('any' in cond) return cond.any.some((c) => holdsAt(c, s))
  if ('not' in cond) return !holdsAt(cond.not, s)
  if ('done' in cond) return s.doneExpectations.has(cond.done)
  if ('notDone' in cond) return !s.doneExpectations.has(cond.notDone)
  if ('armed' in cond) return s.armedExpectations.has(cond.armed)
  if ('action' in cond) return s.actionsTaken.has(cond.action)
  const levels = typeof cond.level === 'string' ? [cond.level] : cond.level
  return s.level !== null && levels.includes(s.level)
}

export interface ConditionProblem {
  readonly path: readonly PropertyKey[]
  readonly message: string
}

/**
 * Checks a `when:` value against the plan. Returns the condition, or the problems, each with its path below `when`
 * (unknown keys, ids the plan does not have, wrong shapes) — never throws.
 */
export function parseInjectCondition(plan: PlanDefinition, value: unknown): { readonly condition: InjectCondition } | { readonly problems: readonly ConditionProblem[] } {
  const problems: ConditionProblem[] = []
  const exp = new Set(plan.expectations.map((e) => e.id as string))
  const act = new Set(plan.actions.map((a) => a.id as string))
  const lev = new Set(plan.levels.map((l) => l.id as string))
  const known = (kind: string, id: unknown, set: Set<string>, path: PropertyKey[]): string | null => {
    if (typeof id !== 'string' || id === '') {
      problems.push({ path, message: `must be ${kind} id (text)` })
      return null
    }
    if (!set.has(id)) {
      problems.push({ path, message: `unknown ${kind} "${id}" in plan "${plan.id}"; known: ${[...set].slice(0, 30).join(', ')}${set.size > 30 ? ', …' : ''}` })
      return null
    }
    return id
  }
  const walk = (v: unknown, path: PropertyKey[], depth: number): InjectCondition | null => {
    if (depth > 8) {
      problems.push({ path, message: 'is nested more than 8 levels deep' })
      return null
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      problems.push({ path, message: `must be an object with one of: ${CONDITION_KEYS.join(', ')}` })
      return null
    }
    const keys = Object.keys(v)
    if (keys.length !== 1) {
      problems.push({ path, message: keys.length === 0 ? `is empty; use one of: ${CONDITION_KEYS.join(', ')}` : `has ${keys.length} keys (${keys.join(', ')}); combine conditions with all: [...] or any: [...]` })
      return null
    }
    const key = keys[0] as string
    const val = (v as Record<string, unknown>)[key]
    const at = [...path, key]
    switch (key) {
      case 'all':
      case 'any': {
        if (!Array.isArray(val) || val.length === 0) {
          problems.push({ path: at, message: 'must be a non-empty list of conditions' })
          return null
        }
        const parts = val.map((c, i) => walk(c, [...at, i], depth + 1))
        return parts.every((p) => p !== null) ? (key === 'all' ? { all: parts as InjectCondition[] } : { any: parts as InjectCondition[] }) : null
      }
      case 'not': {
        const inner = walk(val, at, depth + 1)
        return inner === null ? null : { not: inner }
      }
      case 'done':
      case 'notDone':
      case 'armed': {
        const id = known('expectation', val, exp, at)
        return id === null ? null : key === 'done' ? { done: id } : key === 'notDone' ? { notDone: id } : { armed: id }
      }
      case 'action': {
        const id = known('action', val, act, at)
        return id === null ? null : { action: id }
      }
      case 'level': {
        if (lev.size === 0) {
          problems.push({ path: at, message: `plan "${plan.id}" has no levels` })
          return null
        }
        const list = Array.isArray(val) ? val : [val]
        const ids = list.map((x, i) => known('level', x, lev, Array.isArray(val) ? [...at, i] : at))
        return ids.every((x) => x !== null) ? { level: Array.isArray(val) ? (ids as string[]) : (ids[0] as string) } : null
      }
      default:
        problems.push({ path: at, message: `unknown condition "${key}"; use one of: ${CONDITION_KEYS.join(', ')}` })
        return null
    }
  }
  const condition = walk(value, [], 0)
  return condition !== null && problems.length === 0 ? { condition } : { problems }
}

/** A readable rendering for the trainer's MSEL view and the AAR. */
export function describeCondition(cond: InjectCondition, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh'
  if ('all' in cond) return cond.all.map((c) => paren(c, lang)).join(zh ? ' 且 ' : ' and ')
  if ('any' in cond) return cond.any.map((c) => paren(c, lang)).join(zh ? ' 或 ' : ' or ')
  if ('not' in cond) return `${zh ? '非' : 'not '}${paren(cond.not, lang)}`
  if ('done' in cond) return zh ? `已完成 ${cond.done}` : `${cond.done} done`
  if ('notDone' in cond) return zh ? `尚未完成 ${cond.notDone}` : `${cond.notDone} not done`
  if ('armed' in cond) return zh ? `已触发 ${cond.armed}` : `${cond.armed} armed`
  if ('action' in cond) return zh ? `已采取行动 ${cond.action}` : `action ${cond.action} taken`
  const levels = typeof cond.level === 'string' ? [cond.level] : cond.level
  return zh ? `级别为 ${levels.join('/')}` : `level is ${levels.join('/')}`
}

function paren(c: InjectCondition, lang: 'zh' | 'en'): string {
  const s = describeCondition(c, lang)
  return 'all' in c || 'any' in c ? `(${s})` : s
}
