/**
 * The trainer's console record for a tabletop drill: the room's teams (the plan's roles, renameable, with participant
 * names), the team actions the trainer logs (at a simulated time that may be earlier than the clock: the drill is
 * replayed), corrections and removals with an audit trail, and the decision log. Pure: every change returns a new
 * record, and the drill is always rebuilt from the record, so a reload or a crash loses nothing.
 */
import { z } from 'zod'
import { InputError, formatPath } from './errors.ts'
import type { ActionInput } from './drillRunner.ts'
import type { PlanDefinition } from './model.ts'
import { simTime } from './types.ts'
import type { ActionId, LevelId, RoleId, SimTime } from './types.ts'

export const CONSOLE_SCHEMA = 'plandrill/console@1'

export interface Team {
  readonly role: string
  /** The room's own name for the team (defaults to the plan's role name). */
  readonly name: string
  readonly participants: readonly string[]
}

export interface AuditEntry {
  /** Wall-clock time of the change (ISO), given by the adapter. */
  readonly when: string
  readonly change: 'recorded' | 'corrected' | 'removed'
  readonly reason: string
  /** The entry as it was before the change (absent for `recorded`). */
  readonly before?: { readonly at: number; readonly role: string; readonly action: string; readonly note: string; readonly by: string }
}

export interface TeamAction {
  readonly id: string
  readonly at: number
  readonly role: string
  readonly action: string
  readonly note: string
  /** The participant who did it, if the trainer noted one. */
  readonly by: string
  /** Recipients the team named (action log v2); absent: taken to reach every recipient. */
  readonly to?: readonly string[]
  /** The level the team declared (a grading or warning), if any. */
  readonly level?: string
  readonly removed: boolean
  readonly audit: readonly AuditEntry[]
}

export interface Decision {
  readonly id: string
  readonly at: number
  readonly decision: string
  readonly rationale: string
  /** Team role id, or '' for the whole room. */
  readonly by: string
  readonly when: string
}

export interface ConsoleRecord {
  readonly schema: typeof CONSOLE_SCHEMA
  readonly id: string
  readonly scenarioId: string
  readonly planId: string
  readonly title: string
  readonly teams: readonly Team[]
  readonly actions: readonly TeamAction[]
  readonly decisions: readonly Decision[]
  readonly createdAt: string
}

/** A new console for a scenario: one team per role of the plan (external bodies included: trainers often play them). */
export function createConsole(plan: PlanDefinition, scenarioId: string, id: string, title: string, createdAt: string): ConsoleRecord {
  return {
    schema: CONSOLE_SCHEMA, id, scenarioId, planId: plan.id, title,
    teams: plan.roles.map((r) => ({ role: r.id, name: r.name.zh, participants: [] })),
    actions: [], decisions: [], createdAt,
  }
}

export interface ActionEntry {
  readonly at: number
  readonly role: string
  readonly action: string
  readonly note?: string
  readonly by?: string
  /** Recipients (role ids); empty or absent: every recipient. */
  readonly to?: readonly string[]
  /** Declared level id; empty or absent: none declared. */
  readonly level?: string
}

/** Checks an entry against the plan: known role, action, recipients and level, a time inside the drill. Returns the problems (empty: fine). */
export function checkEntry(plan: PlanDefinition, e: ActionEntry, now: number): string[] {
  const out: string[] = []
  if (!plan.roles.some((r) => r.id === e.role)) out.push(`role: unknown role "${e.role}"`)
  if (!plan.actions.some((a) => a.id === e.action)) out.push(`action: unknown action "${e.action}"`)
  for (const r of e.to ?? []) if (!plan.roles.some((x) => x.id === r)) out.push(`to: unknown role "${r}"`)
  if (e.level !== undefined && e.level !== '' && !plan.levels.some((l) => l.id === e.level)) out.push(`level: unknown level "${e.level}"`)
  if (!Number.isFinite(e.at) || e.at < 0) out.push('at: must be at or after the start of the drill')
  else if (e.at > now) out.push('at: cannot be later than the drill clock')
  return out
}

export function recordAction(c: ConsoleRecord, e: ActionEntry, when: string): ConsoleRecord {
  const id = `a${c.actions.length + 1}`
  const entry: TeamAction = {
    id, at: e.at, role: e.role, action: e.action, note: e.note ?? '', by: e.by ?? '',
    ...(e.to !== undefined && e.to.length > 0 ? { to: [...e.to] } : {}),
    ...(e.level !== undefined && e.level !== '' ? { level: e.level } : {}),
    removed: false, audit: [{ when, change: 'recorded', reason: '' }],
  }
  return { ...c, actions: [...c.actions, entry] }
}

/** Changes an entry; the entry keeps its id and records what it was before, when and why. */
export function correctAction(c: ConsoleRecord, id: string, patch: Partial<ActionEntry>, reason: string, when: string): ConsoleRecord {
  return { ...c, actions: c.actions.map((a) => (a.id !== id ? a : { ...a, ...clean(patch), audit: [...a.audit, { when, change: 'corrected', reason, before: snapshotOf(a) }] })) }
}

/** Removes an entry from the drill; it stays in the record, marked removed, with the reason. */
export function removeAction(c: ConsoleRecord, id: string, reason: string, when: string): ConsoleRecord {
  return { ...c, actions: c.actions.map((a) => (a.id !== id ? a : { ...a, removed: true, audit: [...a.audit, { when, change: 'removed', reason, before: snapshotOf(a) }] })) }
}

/** The team's name to show in `lang`: the room's own name, or the plan's role name in `lang` while it has not been renamed. */
export function teamName(teams: readonly Team[], plan: PlanDefinition, role: string, lang: 'zh' | 'en'): string {
  const def = plan.roles.find((r) => r.id === role)
  const team = teams.find((t) => t.role === role)
  if (!team) return def?.name[lang] ?? role
  return def !== undefined && team.name === def.name.zh ? def.name[lang] : team.name
}

export function renameTeam(c: ConsoleRecord, role: string, name: string): ConsoleRecord {
  return { ...c, teams: c.teams.map((t) => (t.role === role ? { ...t, name: name.trim() || t.name } : t)) }
}

export function setParticipants(c: ConsoleRecord, role: string, participants: readonly string[]): ConsoleRecord {
  return { ...c, teams: c.teams.map((t) => (t.role === role ? { ...t, participants: participants.map((p) => p.trim()).filter((p) => p !== '') } : t)) }
}

export function addDecision(c: ConsoleRecord, d: Omit<Decision, 'id'>): ConsoleRecord {
  return { ...c, decisions: [...c.decisions, { ...d, id: `d${c.decisions.length + 1}` }] }
}

/** The actions the drill replays: entries not removed, in time order (then in the order recorded). */
export function drillActions(c: ConsoleRecord): ActionInput[] {
  return c.actions
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => !a.removed)
    .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
    .map(({ a }) => ({
      at: simTime(a.at) as SimTime, role: a.role as RoleId, action: a.action as ActionId,
      ...(a.to !== undefined && a.to.length > 0 ? { to: a.to as readonly RoleId[] } : {}),
      ...(a.level ? { level: a.level as LevelId } : {}),
      ...(a.note ? { note: a.note } : {}),
    }))
}

/** Everyone in the room, for the evaluation's participants. */
export function consoleParticipants(c: ConsoleRecord): string[] {
  return [...new Set(c.teams.flatMap((t) => t.participants))].sort()
}

const text = (max: number) => z.string().max(max)
const consoleSchema = z.object({
  schema: z.literal(CONSOLE_SCHEMA),
  id: z.string().min(1).max(200),
  scenarioId: z.string().min(1).max(200),
  planId: z.string().min(1).max(200),
  title: text(300),
  teams: z.array(z.object({ role: z.string().min(1), name: text(120), participants: z.array(text(120)).max(200) })),
  actions: z.array(z.object({
    id: z.string().min(1), at: z.number().int().min(0), role: z.string().min(1), action: z.string().min(1), note: text(4000), by: text(120),
    to: z.array(z.string().min(1).max(200)).max(200).optional(), level: z.string().min(1).max(200).optional(), removed: z.boolean(),
    audit: z.array(z.object({
      when: z.string(), change: z.enum(['recorded', 'corrected', 'removed']), reason: text(1000),
      before: z.object({ at: z.number(), role: z.string(), action: z.string(), note: z.string(), by: z.string() }).optional(),
    })),
  })),
  decisions: z.array(z.object({ id: z.string().min(1), at: z.number().int().min(0), decision: text(4000), rationale: text(4000), by: z.string(), when: z.string() })),
  createdAt: z.string(),
})

/** Validates a saved console record (from storage or a file): every problem is named by its field path. */
export function parseConsoleRecord(data: unknown, file: string): ConsoleRecord {
  const r = consoleSchema.safeParse(data)
  if (!r.success) throw new InputError('schema', file, r.error.issues.map((i) => ({ path: formatPath(i.path as PropertyKey[]), code: 'schema', message: i.message })))
  return r.data as ConsoleRecord
}

function snapshotOf(a: TeamAction) {
  return { at: a.at, role: a.role, action: a.action, note: a.note, by: a.by }
}

function clean(p: Partial<ActionEntry>): Partial<TeamAction> {
  const out: { -readonly [K in keyof TeamAction]?: TeamAction[K] } = {}
  if (p.at !== undefined) out.at = p.at
  if (p.role !== undefined) out.role = p.role
  if (p.action !== undefined) out.action = p.action
  if (p.note !== undefined) out.note = p.note
  if (p.by !== undefined) out.by = p.by
  if (p.to !== undefined) out.to = [...p.to]
  if (p.level !== undefined) out.level = p.level
  return out
}
