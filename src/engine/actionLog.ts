/** Action-log loading: JSON (or YAML) text -> validated actions for one scenario; every problem is reported at once. */
import { z } from 'zod'
import type { ActionInput } from './drillRunner.ts'
import { InputError, formatPath } from './errors.ts'
import type { InputErrorCode, InputIssue } from './errors.ts'
import type { PlanDefinition } from './model.ts'
import type { Scenario } from './scenario.ts'
import { readStructured } from './structured.ts'
import type { StructuredText } from './structured.ts'
import { didYouMean } from './suggest.ts'
import { parseTimePoint } from './time.ts'
import type { WorkingDayCalendar } from './calendar.ts'
import { chinaMainlandCalendar } from './calendar.ts'
import type { ActionId, LevelId, RoleId } from './types.ts'

export interface ActionLog {
  readonly scenario: string
  readonly actions: readonly ActionInput[]
}

export interface ActionLogOptions {
  readonly file: string
  readonly plan: PlanDefinition
  /** When given, the log must be for this scenario and its times are read against its start. */
  readonly scenario?: Scenario
  readonly calendar?: WorkingDayCalendar
}

/**
 * Parses and validates an action log: `{ "scenario": id, "actions": [{ "at", "role", "action", "to"?, "level"?, "note"? }] }`.
 * v2 adds `to` (recipients, role ids) and `level` (the level a grading or warning declares); v1 logs stay valid.
 */
export function loadActionLog(text: string, options: ActionLogOptions): ActionLog {
  return validateActionLog(readStructured(text, options.file, 'json-syntax'), options)
}

export function validateActionLogData(data: unknown, options: ActionLogOptions): ActionLog {
  return validateActionLog({ data, locate: () => undefined, locateKey: () => undefined }, options)
}

/** The JSON form of a log, as the CLI, the UI and the console write it. */
export function formatActionLog(scenario: Scenario, actions: readonly ActionInput[], iso: (t: ActionInput['at']) => string): string {
  return `${JSON.stringify({ scenario: scenario.id, actions: actions.map((a) => ({ at: iso(a.at), role: a.role, action: a.action, ...(a.to !== undefined ? { to: a.to } : {}), ...(a.level !== undefined ? { level: a.level } : {}), ...(a.note !== undefined ? { note: a.note } : {}) })) }, null, 2)}\n`
}

// --- internal ---

const logSchema = z.strictObject({
  scenario: z.string().min(1).max(80),
  actions: z
    .array(
      z.strictObject({
        at: z.union([z.string(), z.number()]),
        role: z.string().min(1).max(80),
        action: z.string().min(1).max(80),
        to: z.array(z.string().min(1).max(80)).max(100).optional(),
        level: z.string().min(1).max(80).optional(),
        note: z.string().max(4000).optional(),
      }),
    )
    .max(100000),
})

function validateActionLog(doc: StructuredText, options: ActionLogOptions): ActionLog {
  const { file, plan, scenario } = options
  const issues: (InputIssue & { code: InputErrorCode })[] = []
  const add = (code: InputErrorCode, path: readonly PropertyKey[], message: string, key?: string) => {
    const pos = key !== undefined ? doc.locateKey(path, key) : doc.locate(path)
    issues.push({ code, path: formatPath(key !== undefined ? [...path, key] : path), message, ...(pos ? { line: pos.line, column: pos.column } : {}) })
  }
  const parsed = logSchema.safeParse(doc.data)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as PropertyKey[]
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add('unknown-key', path, `unknown key "${key}"`, key)
      else if (issue.code === 'invalid_type' && issue.input === undefined) add('schema', path, `is required (${issue.expected})`)
      else add('schema', path, issue.message.replace(/^Invalid input: /, ''))
    }
    throw new InputError(issues[0]?.code ?? 'schema', file, issues)
  }
  const raw = parsed.data
  if (scenario && raw.scenario !== scenario.id) add('bad-value', ['scenario'], `this log is for scenario "${raw.scenario}", not "${scenario.id}"`)
  const roles = plan.roles
  const actionIds = plan.actions.map((a) => a.id as string)
  const actions: ActionInput[] = []
  raw.actions.forEach((a, i) => {
    const base = ['actions', i] as const
    const role = roles.find((r) => r.id === a.role)
    if (!role) add('unknown-role', [...base, 'role'], `unknown role "${a.role}" in plan "${plan.id}".${didYouMean(a.role, roles.map((r) => r.id))}`)
    else if (role.external) add('bad-value', [...base, 'role'], `"${a.role}" is an outside party (${role.name.en}); participants cannot act for it`)
    if (!actionIds.includes(a.action)) add('unknown-action', [...base, 'action'], `unknown action "${a.action}" in plan "${plan.id}".${didYouMean(a.action, actionIds)}`)
    const roleIds = roles.map((r) => r.id as string)
    ;(a.to ?? []).forEach((r, k) => {
      if (!roleIds.includes(r)) add('unknown-role', [...base, 'to', k], `unknown recipient "${r}" in plan "${plan.id}".${didYouMean(r, roleIds)}`)
    })
    if (a.to !== undefined && new Set(a.to).size !== a.to.length) add('bad-value', [...base, 'to'], 'names a recipient twice')
    const levelIds = plan.levels.map((l) => l.id as string)
    if (a.level !== undefined && !levelIds.includes(a.level)) {
      add('bad-value', [...base, 'level'], levelIds.length === 0 ? `plan "${plan.id}" has no levels` : `unknown level "${a.level}" in plan "${plan.id}" (levels: ${levelIds.join(', ')}).${didYouMean(a.level, levelIds)}`)
    }
    let at: number | null = null
    if (typeof a.at === 'number') add('bad-duration', [...base, 'at'], `${a.at} has no unit; write an offset such as ${a.at}m or ${a.at}h, or an ISO date-time`)
    else if (scenario) {
      const t = parseTimePoint(a.at, scenario.start, options.calendar ?? chinaMainlandCalendar)
      if (typeof t !== 'number') add('bad-duration', [...base, 'at'], t.error)
      else if (scenario.end !== null && t > scenario.end) add('bad-value', [...base, 'at'], 'comes after the drill\'s end')
      else at = t
    }
    if (at !== null) {
      actions.push({
        at: at as ActionInput['at'], role: a.role as RoleId, action: a.action as ActionId,
        ...(a.to !== undefined ? { to: a.to as RoleId[] } : {}),
        ...(a.level !== undefined ? { level: a.level as LevelId } : {}),
        ...(a.note !== undefined ? { note: a.note } : {}),
      })
    }
  })
  if (issues.length > 0) throw new InputError(issues[0]?.code ?? 'schema', file, issues)
  return { scenario: raw.scenario, actions }
}
