/**
 * The whole evaluation document (`plandrill/evaluation@2`, and `@1` read into the same shape) as a zod schema, for
 * files coming back in (history import): every field the report shows is checked, so an imported evaluation renders
 * exactly like one scored here.
 */
import { z } from 'zod'
import { InputError, formatPath } from './errors.ts'
import type { InputIssue } from './errors.ts'
import { EVALUATION_SCHEMA, EVALUATION_SCHEMA_V1, STATUSES, upgradeEvaluation } from './evaluation.ts'
import type { EvaluationV1 } from './evaluation.ts'
import type { Evaluation } from './evaluation.ts'

/** Schema id of a file holding many evaluations (the history's "export all"). */
export const EVALUATION_BUNDLE_SCHEMA = 'plandrill/evaluations@1'

const bilingual = z.object({ zh: z.string(), en: z.string() })
const rating = z.enum(['P', 'S', 'M', 'U'])
const ISO_OFFSET = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-4]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/
const iso = z.string().regex(ISO_OFFSET, 'not an ISO date-time with offset')
const status = z.enum(STATUSES)
const V1_STATUSES = ['on-time', 'late', 'missed', 'wrong-role', 'out-of-order', 'not-applicable'] as const
const id = z.string().min(1).max(200)

const v1Schema = z.object({
  schema: z.literal(EVALUATION_SCHEMA_V1),
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
  summary: z.object(Object.fromEntries(V1_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<(typeof V1_STATUSES)[number], z.ZodNumber>),
  expectations: z.array(
    z.object({
      id, occurrence: z.number().int().min(0), action: z.string(), role: z.string(), roles: z.array(z.string()),
      capability: z.string(), phase: z.string(), critical: z.boolean(), optional: z.boolean(), clause: z.string(), text: bilingual,
      level: z.string().nullable(), armedAt: iso.nullable(), due: iso.nullable(), doneAt: iso.nullable(), doneBy: z.string().nullable(),
      status: z.enum(V1_STATUSES), lateBy: z.string().nullable(), weight: z.number().min(0), credit: z.number().min(0).max(1),
    }),
  ),
  capabilities: z.array(z.object({ id, name: bilingual, score: z.number().min(0).max(100), rating, capped: z.boolean(), expectations: z.number().int().min(0) })),
  findings: z.array(
    z.object({
      kind: z.enum(['strength', 'improvement', 'observation']), expectation: z.string().nullable(), occurrence: z.number().int().nullable(),
      clause: z.string().nullable(), status: z.enum(V1_STATUSES).nullable(), text: bilingual,
    }),
  ),
  actions: z.array(
    z.object({
      at: iso, role: z.string(), action: z.string(), note: z.string().max(4000).optional(), source: z.string(),
      match: z.enum(['satisfied', 'wrong-role', 'unmatched']), expectation: z.string().nullable(),
    }),
  ),
})


const cause = z.object({ kind: z.string(), ref: z.string(), at: iso, levelFrom: z.string().nullable().optional(), levelTo: z.string().optional() })
const roleList = z.array(z.string().max(200)).max(100)

/** `@2`: the `@1` document with the obligation fields (why armed, anchor, recipients, cover, solo role) and two statuses. */
export const evaluationSchema = v1Schema.extend({
  schema: z.literal(EVALUATION_SCHEMA),
  scenario: z.object({ id, title: bilingual, hash: z.string().regex(/^[0-9a-f]{8}$/).optional() }),
  playedAs: z.string().nullable(),
  upgradedFrom: z.literal(EVALUATION_SCHEMA_V1).optional(),
  summary: z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<(typeof STATUSES)[number], z.ZodNumber>),
  expectations: z.array(
    v1Schema.shape.expectations.element.extend({
      status,
      armedBy: cause.nullable(),
      anchor: z.object({ kind: z.string(), ref: z.string().nullable(), at: iso.nullable() }).nullable(),
      recipients: roleList,
      missingRecipients: roleList,
      declaredLevel: z.string().nullable(),
      renewed: z.object({ kind: z.string(), level: z.string().nullable(), recipients: roleList }).nullable(),
      carriedOver: z.array(z.object({ at: iso, level: z.string().nullable() })),
      coveredBy: z.string().nullable(),
      openBefore: z.array(z.string()),
      dischargedBy: z.string().nullable(),
      scored: z.boolean(),
    }),
  ),
  findings: z.array(v1Schema.shape.findings.element.extend({ status: status.nullable() })),
  actions: z.array(
    v1Schema.shape.actions.element.extend({ to: roleList.optional(), level: z.string().optional(), met: z.array(z.string()).optional() }),
  ),
})

/** One evaluation of either version, validated; `@1` is upgraded. */
export function parseEvaluation(item: unknown): { readonly ok: true; readonly evaluation: Evaluation } | { readonly ok: false; readonly issues: readonly z.core.$ZodIssue[] } {
  if (isObject(item) && item.schema === EVALUATION_SCHEMA_V1) {
    const r = v1Schema.safeParse(item)
    return r.success ? { ok: true, evaluation: upgradeEvaluation(r.data as EvaluationV1) } : { ok: false, issues: r.error.issues }
  }
  const r = evaluationSchema.safeParse(item)
  return r.success ? { ok: true, evaluation: r.data as Evaluation } : { ok: false, issues: r.error.issues }
}

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
    if (isObject(item) && typeof item.schema === 'string' && item.schema !== EVALUATION_SCHEMA && item.schema !== EVALUATION_SCHEMA_V1) {
      issues.push({ path: formatPath([...prefix(i), 'schema']), code: 'schema', message: `is "${item.schema.slice(0, 60)}"; this version reads "${EVALUATION_SCHEMA}" and "${EVALUATION_SCHEMA_V1}"` })
      return
    }
    const r = parseEvaluation(item)
    if (r.ok) out.push(r.evaluation)
    else for (const e of r.issues.slice(0, 20)) issues.push({ path: formatPath([...prefix(i), ...(e.path as PropertyKey[])]), code: 'schema', message: e.message })
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
