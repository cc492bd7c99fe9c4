/**
 * The whole evaluation document (`plandrill/evaluation@1`) as a zod schema, for files coming back in (history import):
 * every field the report shows is checked, so an imported evaluation renders exactly like one scored here.
 */
import { z } from 'zod'
import { InputError, formatPath } from './errors.ts'
import type { InputIssue } from './errors.ts'
import { EVALUATION_SCHEMA, STATUSES } from './evaluation.ts'
import type { Evaluation } from './evaluation.ts'

/** Schema id of a file holding many evaluations (the history's "export all"). */
export const EVALUATION_BUNDLE_SCHEMA = 'plandrill/evaluations@1'

const bilingual = z.object({ zh: z.string(), en: z.string() })
const rating = z.enum(['P', 'S', 'M', 'U'])
const ISO_OFFSET = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-4]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/
const iso = z.string().regex(ISO_OFFSET, 'not an ISO date-time with offset')
const status = z.enum(STATUSES)
const id = z.string().min(1).max(200)

export const evaluationSchema = z.object({
  schema: z.literal(EVALUATION_SCHEMA),
  id: id.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore only'),
  plan: z.object({ id, version: z.string().min(1), title: bilingual }),
  scenario: z.object({ id, title: bilingual }),
  seed: z.number().int(),
  autopilot: z.string().nullable(),
  participants: z.array(z.string().max(200)).max(500),
  severity: z.string().nullable(),
  severityHistory: z.array(z.object({ at: iso, level: z.string() })),
  startedAt: iso,
  endedAt: iso,
  score: z.number().min(0).max(100),
  rating,
  summary: z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<(typeof STATUSES)[number], z.ZodNumber>),
  expectations: z.array(
    z.object({
      id, occurrence: z.number().int().min(0), action: z.string(), role: z.string(), roles: z.array(z.string()),
      capability: z.string(), phase: z.string(), critical: z.boolean(), optional: z.boolean(), clause: z.string(), text: bilingual,
      level: z.string().nullable(), armedAt: iso.nullable(), due: iso.nullable(), doneAt: iso.nullable(), doneBy: z.string().nullable(),
      status, lateBy: z.string().nullable(), weight: z.number().min(0), credit: z.number().min(0).max(1),
    }),
  ),
  capabilities: z.array(z.object({ id, name: bilingual, score: z.number().min(0).max(100), rating, capped: z.boolean(), expectations: z.number().int().min(0) })),
  findings: z.array(
    z.object({
      kind: z.enum(['strength', 'improvement', 'observation']), expectation: z.string().nullable(), occurrence: z.number().int().nullable(),
      clause: z.string().nullable(), status: status.nullable(), text: bilingual,
    }),
  ),
  actions: z.array(
    z.object({
      at: iso, role: z.string(), action: z.string(), note: z.string().max(4000).optional(), source: z.string(),
      match: z.enum(['satisfied', 'wrong-role', 'unmatched']), expectation: z.string().nullable(),
    }),
  ),
})

/**
 * Reads a file of evaluations: one evaluation, an array of them, or a bundle `{schema: "plandrill/evaluations@1",
 * evaluations: [...]}`. All or nothing: any problem throws an InputError naming the file and every bad field, so a
 * half-valid file never mixes into a history.
 */
export function parseEvaluationFile(text: string, file: string): Evaluation[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new InputError('json-syntax', file, [{ path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }])
  }
  let items: unknown[]
  let prefix: (i: number) => (string | number)[]
  if (Array.isArray(data)) {
    items = data
    prefix = (i) => [i]
  } else if (isObject(data) && data.schema === EVALUATION_BUNDLE_SCHEMA) {
    if (!Array.isArray(data.evaluations)) throw new InputError('schema', file, [{ path: 'evaluations', message: 'must be a list of evaluations' }])
    items = data.evaluations
    prefix = (i) => ['evaluations', i]
  } else {
    items = [data]
    prefix = () => []
  }
  if (items.length === 0) throw new InputError('schema', file, [{ path: '', message: 'holds no evaluations' }])
  const issues: InputIssue[] = []
  const out: Evaluation[] = []
  items.forEach((item, i) => {
    if (isObject(item) && typeof item.schema === 'string' && item.schema !== EVALUATION_SCHEMA) {
      issues.push({ path: formatPath([...prefix(i), 'schema']), code: 'schema', message: `is "${item.schema.slice(0, 60)}"; this version reads "${EVALUATION_SCHEMA}"` })
      return
    }
    const r = evaluationSchema.safeParse(item)
    if (r.success) out.push(r.data as Evaluation)
    else for (const e of r.error.issues.slice(0, 20)) issues.push({ path: formatPath([...prefix(i), ...(e.path as PropertyKey[])]), code: 'schema', message: e.message })
  })
  const ids = new Map<string, number>()
  out.forEach((e) => ids.set(e.id, (ids.get(e.id) ?? 0) + 1))
  for (const [dup, n] of ids) if (n > 1) issues.push({ path: '', code: 'bad-value', message: `evaluation id "${dup}" appears ${n} times` })
  if (issues.length > 0) throw new InputError('schema', file, issues)
  return out
}

/** A bundle of evaluations, as "export all" writes it (sorted by start, then id, so the same history gives the same file). */
export function evaluationBundle(evaluations: readonly Evaluation[]): string {
  const sorted = [...evaluations].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return `${JSON.stringify({ schema: EVALUATION_BUNDLE_SCHEMA, evaluations: sorted }, null, 2)}\n`
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
