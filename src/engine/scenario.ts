/** Scenario loading: YAML text -> validated Scenario; every problem in the file is reported at once, with path and line. */
import { z } from 'zod'
import type { CalendarData, WorkingDayCalendar } from './calendar.ts'
import { calendarFor } from './calendar.ts'
import { checkCalendarData } from './calendarFile.ts'
import { parseDuration } from './duration.ts'
import { InputError, formatPath } from './errors.ts'
import type { InputErrorCode, InputIssue } from './errors.ts'
import type { EventDef, ParamDef, ParamValue, PlanDefinition, PlanRegistry } from './model.ts'
import { allLevelValues } from './model.ts'
import { readStructured } from './structured.ts'
import type { StructuredText } from './structured.ts'
import { parseInjectCondition } from './contingency.ts'
import type { InjectCondition } from './contingency.ts'
import { didYouMean } from './suggest.ts'
import { parseIsoDateTime, parseTimePoint } from './time.ts'
import type { Instant } from './time.ts'
import type { Bilingual, RoleId, SimTime } from './types.ts'

export const CHANNELS = ['phone', 'email', 'im', 'in-person', 'media', 'letter', 'system'] as const
export type Channel = (typeof CHANNELS)[number]

export interface Inject {
  /** Position in the file (before sorting by time). */
  readonly index: number
  readonly id: string
  readonly at: SimTime
  readonly event: string
  readonly data: Readonly<Record<string, unknown>>
  readonly from?: Bilingual
  readonly to: readonly RoleId[]
  readonly channel?: Channel
  readonly message?: Bilingual
  /** A contingency inject fires only if this holds at its time (otherwise it is skipped and says so). */
  readonly when?: InjectCondition
}

export interface Scenario {
  readonly id: string
  readonly plan: string
  readonly title: Bilingual
  readonly description?: Bilingual
  readonly start: Instant
  /** The start as written in the file. */
  readonly startText: string
  readonly seed: number
  readonly params: Readonly<Record<string, ParamValue>>
  /** When the drill stops, or null to run until every deadline has passed. */
  readonly end: SimTime | null
  /** In time order (file order for equal times). */
  readonly injects: readonly Inject[]
  readonly file: string
  /** The scenario's own 放假/调休 days for years the built-in calendar lacks (`calendar:`, as in a calendar file). */
  readonly calendar?: CalendarData
}

export interface LoadOptions {
  readonly file: string
  readonly plans: PlanRegistry
  /** Judges the years it covers (e.g. a `--calendar` file); the scenario's `calendar:` and mainland China's the rest. */
  readonly calendar?: WorkingDayCalendar
}

/** Parses and validates a scenario file; throws InputError listing every problem found. */
export function loadScenario(text: string, options: LoadOptions): Scenario {
  const doc = readStructured(text, options.file)
  return validateScenario(doc, options)
}

/** Validates already-parsed data (e.g. from the browser's IndexedDB) the same way. */
export function validateScenarioData(data: unknown, options: LoadOptions): Scenario {
  return validateScenario({ data, locate: () => undefined, locateKey: () => undefined }, options)
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The event of a message-only inject (in a scenario, or added ad hoc): shown to the room, not fed to the plan. */
export const MESSAGE_EVENT = 'message'

/**
 * Validates an inject the trainer adds during a drill (same rules as a scenario's injects; `at` is ignored and set to
 * `now`). Without `event` it is a message only. Throws InputError naming the field (paths start at `inject`).
 */
export function validateAdhocInject(scenario: Scenario, plans: PlanRegistry, raw: Record<string, unknown>, id: string, now: SimTime): Inject {
  const { at: _ignored, event, ...rest } = raw
  void _ignored
  const messageOnly = event === undefined || event === null || event === ''
  try {
    const probe = validateScenarioData(
      { id: scenario.id, plan: scenario.plan, title: scenario.title, start: scenario.startText, injects: [{ ...rest, id, at: '0m', event: messageOnly ? MESSAGE_EVENT : event }] },
      { file: 'ad-hoc inject', plans },
    )
    return { ...(probe.injects[0] as Inject), at: now, index: -1 }
  } catch (e) {
    if (e instanceof InputError) {
      throw new InputError(e.code, 'ad-hoc inject', e.issues.map((i) => ({ ...i, path: i.path.replace(/^injects\[0\]/, 'inject') })))
    }
    throw e
  }
}

// --- internal ---

const bilingual = z.strictObject({ zh: z.string().min(1).max(4000), en: z.string().min(1).max(4000) })

const injectSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)').max(80).optional(),
  at: z.union([z.string(), z.number()]),
  event: z.string().min(1).max(80),
  data: z.record(z.string(), z.unknown()).optional(),
  from: bilingual.optional(),
  to: z.array(z.string().max(80)).max(50).optional(),
  channel: z.enum(CHANNELS).optional(),
  message: bilingual.optional(),
  when: z.unknown().optional(),
})

const scenarioSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)').max(80),
  plan: z.string().min(1).max(80),
  title: bilingual,
  description: bilingual.optional(),
  start: z.string(),
  seed: z.number().int().min(0).max(4294967295).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  end: z.union([z.string(), z.number()]).optional(),
  injects: z.array(injectSchema).min(1, 'a scenario needs at least one inject').max(5000),
  calendar: z.unknown().optional(),
})

function validateScenario(doc: StructuredText, options: LoadOptions): Scenario {
  const { file, plans } = options
  const issues: (InputIssue & { code: InputErrorCode })[] = []
  const add = (code: InputErrorCode, path: readonly PropertyKey[], message: string, key?: string) => {
    const pos = key !== undefined ? doc.locateKey(path, key) : doc.locate(path)
    const full = key !== undefined ? [...path, key] : path
    issues.push({ code, path: formatPath(full), message, ...(pos ? { line: pos.line, column: pos.column } : {}) })
  }
  const fail = () => {
    throw new InputError((issues[0]?.code ?? 'schema') as InputErrorCode, file, issues)
  }

  const parsed = scenarioSchema.safeParse(doc.data)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportZodIssue(issue, add)
    fail()
  }
  const raw = (parsed as { data: z.infer<typeof scenarioSchema> }).data

  const entry = plans.get(raw.plan)
  if (!entry) {
    add('unknown-plan', ['plan'], `unknown plan "${raw.plan}"; known plans: ${plans.ids().join(', ')}.${didYouMean(raw.plan, plans.ids())}`)
    fail()
  }
  const plan = (entry as NonNullable<typeof entry>).definition

  const start = parseIsoDateTime(raw.start)
  if ('error' in start) {
    add('bad-time', ['start'], `${start.error} (e.g. 2026-03-02T09:00:00+08:00)`)
    fail()
  }
  const startInstant = start as Instant

  const ownCalendar = raw.calendar !== undefined ? checkCalendarData(raw.calendar, ['calendar'], add) : undefined
  const calendar = calendarFor(ownCalendar ? { calendar: ownCalendar } : {}, options.calendar)

  const params = checkParams(plan, raw.params ?? {}, add)

  let end: SimTime | null = null
  if (raw.end !== undefined) {
    const t = timePoint(raw.end, startInstant, calendar)
    if ('error' in t) add('bad-duration', ['end'], t.error)
    else if (t.value <= 0) add('bad-value', ['end'], 'the end must be after the start')
    else end = t.value
  }

  const roleIds = new Set(plan.roles.map((r) => r.id as string))
  const seenIds = new Set<string>()
  const injects: Inject[] = []
  raw.injects.forEach((inj, index) => {
    const base = ['injects', index] as const
    const at = timePoint(inj.at, startInstant, calendar)
    if ('error' in at) add(typeof inj.at === 'number' ? 'bad-duration' : 'bad-duration', [...base, 'at'], at.error)
    else if (end !== null && at.value > end) add('bad-value', [...base, 'at'], `comes after the drill's end (${String(raw.end)})`)
    const id = inj.id ?? `inject-${index + 1}`
    if (seenIds.has(id)) add('bad-value', [...base, 'id'], `duplicate inject id "${id}"`)
    seenIds.add(id)
    const def = plan.events.find((e) => e.id === inj.event)
    if (inj.event === MESSAGE_EVENT) {
      // A message only: the room reads it; the plan is not told anything.
      if (inj.message === undefined) add('schema', base, `a message-only inject needs a message (zh and en; event: ${MESSAGE_EVENT})`, 'message')
      if (inj.data !== undefined && Object.keys(inj.data).length > 0) add('bad-value', [...base, 'data'], 'a message-only inject carries no event data')
    } else if (!def) {
      add('unknown-event', [...base, 'event'], `unknown event "${inj.event}" for plan "${plan.id}"; known events: ${plan.events.map((e) => e.id).join(', ')}.${didYouMean(inj.event, plan.events.map((e) => e.id))}`)
    } else {
      checkEventData(def, inj.data ?? {}, [...base, 'data'], add)
    }
    let when: InjectCondition | undefined
    if (inj.when !== undefined) {
      const c = parseInjectCondition(plan, inj.when)
      if ('problems' in c) for (const p of c.problems) add('bad-value', [...base, 'when', ...p.path], p.message)
      else when = c.condition
    }
    inj.to?.forEach((r, k) => {
      if (!roleIds.has(r)) add('unknown-role', [...base, 'to', k], `unknown role "${r}" in plan "${plan.id}".${didYouMean(r, roleIds)}`)
    })
    if (!('error' in at)) {
      injects.push({
        index,
        id,
        at: at.value,
        event: inj.event,
        data: inj.data ?? {},
        to: (inj.to ?? []) as RoleId[],
        ...(inj.from ? { from: inj.from } : {}),
        ...(inj.channel ? { channel: inj.channel } : {}),
        ...(inj.message ? { message: inj.message } : {}),
        ...(when ? { when } : {}),
      })
    }
  })
  if (issues.length > 0) fail()

  injects.sort((a, b) => a.at - b.at || a.index - b.index)
  return {
    id: raw.id,
    plan: raw.plan,
    title: raw.title,
    ...(raw.description ? { description: raw.description } : {}),
    start: startInstant,
    startText: raw.start,
    seed: raw.seed ?? 0,
    params,
    end,
    injects,
    file,
    ...(ownCalendar ? { calendar: ownCalendar } : {}),
  }
}

type Add = (code: InputErrorCode, path: readonly PropertyKey[], message: string, key?: string) => void

/** Offsets are written with units; a bare number is refused with a hint rather than guessed. */
function timePoint(value: string | number, start: Instant, calendar: WorkingDayCalendar): { value: SimTime } | { error: string } {
  if (typeof value === 'number') return { error: `${value} has no unit; write an offset such as ${value}m or ${value}h, or an ISO date-time` }
  const t = parseTimePoint(value, start, calendar)
  return typeof t === 'number' ? { value: t as SimTime } : t
}

function reportZodIssue(issue: z.core.$ZodIssue, add: Add): void {
  const path = issue.path as PropertyKey[]
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) add('unknown-key', path, `unknown key "${key}"`, key)
    return
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    add('schema', path, `is required (${issue.expected})`)
    return
  }
  add('schema', path, issue.message.replace(/^Invalid input: /, ''))
}

function checkParams(plan: PlanDefinition, raw: Record<string, unknown>, add: Add): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {}
  const known = plan.params.map((p) => p.id)
  for (const [key, value] of Object.entries(raw)) {
    const def = plan.params.find((p) => p.id === key)
    if (!def) {
      add('unknown-param', ['params'], `unknown parameter "${key}" for plan "${plan.id}".${didYouMean(key, known)}`, key)
      continue
    }
    const problem = paramProblem(def, value) ?? (def.kind === 'duration' ? durationBounds(plan, key, value as string) : undefined)
    if (problem) add(def.kind === 'duration' ? 'bad-duration' : 'bad-value', ['params', key], problem)
    else out[key] = value as ParamValue
  }
  return out
}

/** Shortest cadence a recurring duty may have (a report every minute would only flood a drill). */
export const MIN_CADENCE_MS = 3_600_000
/** Longest duration a deadline or cadence may have: ten years (working days and months counted at their shortest). */
export const MAX_DURATION_MS = 3653 * 86_400_000

/** A duration parameter must be longer than nothing and at most ten years; one used as a cadence (`every`) at least 1 h. */
function durationBounds(plan: PlanDefinition, key: string, text: string): string | undefined {
  const d = parseDuration(text)
  if ('error' in d) return undefined
  const approx = d.ms + d.months * 28 * 86_400_000 + d.workingDays * 86_400_000
  if (approx <= 0) return 'must be longer than 0'
  if (approx > MAX_DURATION_MS || d.workingDays > 2500) return 'must be at most ten years (2,500 working days)'
  const cadence = plan.expectations.some((e) => e.every !== undefined && allLevelValues(e.every).some((v) => typeof v === 'object' && 'param' in v && v.param === key))
  if (cadence && d.months === 0 && d.workingDays === 0 && d.ms < MIN_CADENCE_MS) return `is a cadence of recurring reports and must be at least 1h (got ${text})`
  return undefined
}

function paramProblem(def: ParamDef, value: unknown): string | undefined {
  switch (def.kind) {
    case 'duration': {
      if (typeof value !== 'string') return `must be a duration such as 2h or 5wd (got ${JSON.stringify(value)})`
      const d = parseDuration(value)
      return 'error' in d ? d.error : undefined
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number (got ${JSON.stringify(value)})`
      if (def.kind === 'integer' && !Number.isInteger(value)) return `must be a whole number (got ${value})`
      if (def.min !== undefined && value < def.min) return `must be at least ${def.min} (got ${value})`
      if (def.max !== undefined && value > def.max) return `must be at most ${def.max} (got ${value})`
      return undefined
    }
    case 'string':
      return typeof value === 'string' && value.length > 0 && value.length <= 400 ? undefined : `must be a non-empty text (got ${JSON.stringify(value)})`
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false (got ${JSON.stringify(value)})`
    case 'string-list': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `must be a list of texts (got ${JSON.stringify(value)})`
      const bad = def.values ? value.filter((v) => !def.values?.includes(v)) : []
      return bad.length > 0 ? `unknown item(s) ${bad.map((b) => `"${b}"`).join(', ')}; allowed: ${def.values?.join(', ')}` : undefined
    }
    default: {
      const never: never = def.kind
      return `unsupported parameter kind ${String(never)}`
    }
  }
}

function checkEventData(def: EventDef, data: Record<string, unknown>, path: readonly PropertyKey[], add: Add): void {
  const known = Object.keys(def.fields)
  let typed = true
  for (const [key, value] of Object.entries(data)) {
    const field = def.fields[key]
    if (!field) {
      add('unknown-key', path, `unknown field "${key}" for event "${def.id}"; fields: ${known.join(', ') || '(none)'}.${didYouMean(key, known)}`, key)
      typed = false
      continue
    }
    const problem = fieldProblem(field, value)
    if (problem) {
      add(field.kind === 'offset' ? 'bad-duration' : 'bad-value', [...path, key], problem)
      typed = false
    }
  }
  for (const [key, field] of Object.entries(def.fields)) {
    if (field.required && data[key] === undefined) {
      add('schema', path, `missing required field "${key}" for event "${def.id}"`)
      typed = false
    }
  }
  if (typed && def.refine) for (const p of def.refine(data)) add('bad-value', [...path, p.field], p.message)
}

function fieldProblem(field: EventDef['fields'][string], value: unknown): string | undefined {
  switch (field.kind) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number (got ${JSON.stringify(value)})`
      if (field.kind === 'integer' && !Number.isInteger(value)) return `must be a whole number (got ${value})`
      if (field.min !== undefined && value < field.min) return `must be at least ${field.min} (got ${value})`
      if (field.max !== undefined && value > field.max) return `must be at most ${field.max} (got ${value})`
      return undefined
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false (got ${JSON.stringify(value)})`
    case 'string':
      return typeof value === 'string' && value.length <= 400 ? undefined : `must be a text of at most 400 characters (got ${JSON.stringify(value)?.slice(0, 60)})`
    case 'enum':
      return typeof value === 'string' && field.values?.includes(value) ? undefined : `must be one of ${field.values?.join(', ')} (got ${JSON.stringify(value)})`
    case 'enum-list': {
      if (!Array.isArray(value)) return `must be a list (got ${JSON.stringify(value)})`
      const bad = value.filter((v) => typeof v !== 'string' || !field.values?.includes(v))
      return bad.length > 0 ? `unknown item(s) ${bad.map((b) => JSON.stringify(b)).join(', ')}; allowed: ${field.values?.join(', ')}` : undefined
    }
    case 'offset': {
      if (typeof value !== 'string') return `must be a duration such as 4h (got ${JSON.stringify(value)})`
      const d = parseDuration(value)
      return 'error' in d ? d.error : undefined
    }
    default: {
      const never: never = field.kind
      return `unsupported field kind ${String(never)}`
    }
  }
}
