/** Declarative conditions over incident facts, so severity rules are data that can be evaluated, explained and analysed. */
import type { Bilingual } from './types.ts'
import type { ResolvedParams } from './model.ts'

/** A number literal or a plan parameter. */
export type NumberRef = number | { readonly param: string }

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly fact: string; readonly gte: NumberRef }
  | { readonly fact: string; readonly gt: NumberRef }
  | { readonly fact: string; readonly lt: NumberRef }
  | { readonly fact: string; readonly lte: NumberRef }
  | { readonly fact: string; readonly eq: string | number | boolean }
  | { readonly fact: string; readonly in: readonly (string | number)[] }
  /** A list fact shares at least one item with the list (literal or a string-list parameter). */
  | { readonly fact: string; readonly intersects: readonly string[] | { readonly param: string } }
  | { readonly fact: string; readonly present: boolean }
  | { readonly always: true }

export type Facts = Readonly<Record<string, unknown>>

/** Evaluates a condition; a fact that is missing makes a comparison false (never an exception). */
export function evaluate(cond: Condition, facts: Facts, params: ResolvedParams): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluate(c, facts, params))
  if ('any' in cond) return cond.any.some((c) => evaluate(c, facts, params))
  if ('not' in cond) return !evaluate(cond.not, facts, params)
  if ('always' in cond) return true
  const value = facts[cond.fact]
  if ('present' in cond) return (value !== undefined && value !== null) === cond.present
  if ('eq' in cond) return value === cond.eq
  if ('in' in cond) return (typeof value === 'string' || typeof value === 'number') && cond.in.includes(value)
  if ('intersects' in cond) {
    const list = Array.isArray(cond.intersects) ? cond.intersects : listParam(params, (cond.intersects as { param: string }).param)
    return Array.isArray(value) && value.some((v) => list.includes(v as string))
  }
  if (typeof value !== 'number') return false
  if ('gte' in cond) return value >= num(cond.gte, params)
  if ('gt' in cond) return value > num(cond.gt, params)
  if ('lt' in cond) return value < num(cond.lt, params)
  if ('lte' in cond) return value <= num(cond.lte, params)
  return assertNever(cond)
}

/** The facts a condition reads, for analysis (which event fields can change a level). */
export function factsRead(cond: Condition): string[] {
  if ('all' in cond) return [...new Set(cond.all.flatMap(factsRead))]
  if ('any' in cond) return [...new Set(cond.any.flatMap(factsRead))]
  if ('not' in cond) return factsRead(cond.not)
  if ('always' in cond) return []
  return [cond.fact]
}

/** A readable rendering of a condition, with parameters shown by value, for plan documentation. */
export function describe(cond: Condition, params: ResolvedParams, lang: keyof Bilingual): string {
  const and = lang === 'zh' ? ' 且 ' : ' and '
  const or = lang === 'zh' ? ' 或 ' : ' or '
  if ('all' in cond) return cond.all.map((c) => wrap(c, params, lang)).join(and)
  if ('any' in cond) return cond.any.map((c) => wrap(c, params, lang)).join(or)
  if ('not' in cond) return `${lang === 'zh' ? '非' : 'not '}${wrap(cond.not, params, lang)}`
  if ('always' in cond) return lang === 'zh' ? '总是' : 'always'
  const f = cond.fact
  if ('present' in cond) return `${f} ${cond.present ? (lang === 'zh' ? '已给出' : 'is given') : lang === 'zh' ? '未给出' : 'is not given'}`
  if ('eq' in cond) return `${f} = ${String(cond.eq)}`
  if ('in' in cond) return `${f} ∈ {${cond.in.join(', ')}}`
  if ('intersects' in cond) {
    const list = Array.isArray(cond.intersects) ? cond.intersects : listParam(params, (cond.intersects as { param: string }).param)
    return `${f} ∩ {${list.join(', ')}} ≠ ∅`
  }
  if ('gte' in cond) return `${f} ≥ ${num(cond.gte, params)}`
  if ('gt' in cond) return `${f} > ${num(cond.gt, params)}`
  if ('lt' in cond) return `${f} < ${num(cond.lt, params)}`
  if ('lte' in cond) return `${f} ≤ ${num(cond.lte, params)}`
  return assertNever(cond)
}

// --- internal ---

function wrap(c: Condition, params: ResolvedParams, lang: keyof Bilingual): string {
  const s = describe(c, params, lang)
  return 'all' in c || 'any' in c ? `(${s})` : s
}

function num(ref: NumberRef, params: ResolvedParams): number {
  if (typeof ref === 'number') return ref
  const v = params[ref.param]
  if (typeof v !== 'number') throw new Error(`Parameter "${ref.param}" is not a number (got ${JSON.stringify(v)})`)
  return v
}

function listParam(params: ResolvedParams, id: string): readonly string[] {
  const v = params[id]
  if (!Array.isArray(v)) throw new Error(`Parameter "${id}" is not a list (got ${JSON.stringify(v)})`)
  return v as readonly string[]
}

function assertNever(x: never): never {
  throw new Error(`Unhandled condition ${JSON.stringify(x)}`)
}
