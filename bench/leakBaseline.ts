/**
 * A plain-function baseline of the customer-information leak plan: the same rules as ./../src/plans/customer-info-leak/machine.ts
 * written as a hand-coded reducer, for the benchmark's "statechart vs plain code" comparison. Not used by the product.
 *
 * One small state record per region of the chart; each event computes, from the state before it, which regions move,
 * and emits the arming actions in xstate's order: exits of the exited states (deepest and latest in the chart first),
 * then entries of the entered states (in chart order). The chart has no delayed events, so nothing is raised or cancelled.
 */
import { grade, levelRank, mergeFacts } from '../src/engine/index.ts'
import type { Facts, LevelId, PlanContext, PlanStepper, StepAction, StepSnapshot } from '../src/engine/index.ts'
import { customerInfoLeakPlan as plan } from '../src/plans/customer-info-leak/plan.ts'

type Level = 'general' | 'significant' | 'major'
type Handling = 'initial' | 'response' | 'recovery'
type Inquiry = 'quiet' | 'inquiry' | 'answered'

/** The incident's parallel regions (course.incident). */
interface Incident {
  readonly severity: Level
  readonly handling: Handling
  readonly regraded: boolean
  readonly widened: boolean
}

interface State extends StepSnapshot {
  /** null before discovery (monitoring) and after the end (closed). */
  readonly incident: Incident | null
  readonly closed: boolean
  readonly media: Inquiry
  readonly regulator: Inquiry
  readonly context: PlanContext
}

type Event = { readonly type: string } & Readonly<Record<string, unknown>>

// What each state arms on entry and disarms on exit (the chart's `armed(...)` fragments).
const INCIDENT = ['classify-level', 'execute-duties', 'contain-leak', 'notify-customers', 'aftercare', 'escalate-to-superior']
const LEVEL: Record<Level, string[]> = {
  general: ['emergency-report', 'handling-plan', 'tracking-report'],
  significant: ['emergency-report', 'handling-plan', 'tracking-report', 'escalate-to-leadership'],
  major: ['emergency-report', 'regulator-report', 'handling-plan', 'tracking-report'],
}
const FIRST_DISPOSAL = ['first-disposal']
const RECLASSIFY = ['reclassify-level']
const NEW_CUSTOMERS = ['notify-new-customers']
const DECLARE_END = ['declare-end']
const DISPOSAL_REPORT = ['disposal-report']
const MEDIA = ['media-follow-up']
const REGULATOR = ['regulator-reply']
const END_CRITERIA = ['contain-leak', 'notify-customers']

const arm = (ids: string[]): StepAction => ({ type: 'armExpectations', params: { ids } })
const disarm = (ids: string[]): StepAction => ({ type: 'disarmExpectations', params: { ids } })

export const leakBaselineStepper: PlanStepper = {
  initial: ({ params }) => [make(null, false, 'quiet', 'quiet', { level: null, facts: {}, params }), []],
  step: (snap, event) => step(snap as State, event as Event),
}

// --- internal ---

function make(incident: Incident | null, closed: boolean, media: Inquiry, regulator: Inquiry, context: PlanContext): State {
  const course = incident
    ? { incident: { severity: incident.severity, handling: incident.handling, regrading: incident.regraded ? 'regraded' : 'asGraded', scope: incident.widened ? 'widened' : 'asDiscovered', ending: 'open' } }
    : closed
      ? 'closed'
      : 'monitoring'
  return { incident, closed, media, regulator, context, value: { course, inquiries: { media, regulator } }, status: 'active' }
}

/** The chart's guards, on the context before the event. */
const gradeOf = (ctx: PlanContext, event: Event): string => grade(plan, mergeFacts(ctx.facts, event), ctx.params).level
const performs = (event: Event, id: string): boolean => event.type === 'action.taken' && ((event.meets as readonly string[] | undefined) ?? []).includes(id)
const hasMet = (event: Event, ids: readonly string[]): boolean => event.type === 'action.taken' && ids.every((id) => ((event.met as readonly string[] | undefined) ?? []).includes(id))
const addsCustomers = (facts: Facts, event: Event): boolean =>
  event.type === 'leak.scope-updated' && typeof event.customers === 'number' && event.customers > ((facts.customers as number | undefined) ?? 0)
/** The chart's setLevel: levels only rise. */
const setLevel = (ctx: PlanContext, level: Level): PlanContext =>
  levelRank(plan, level) >= levelRank(plan, ctx.level) ? { ...ctx, level: level as LevelId } : ctx

/** An inquiry region's move on its own event: (re-)enter `inquiry`, disarming first when re-entered. */
function inquire(now: Inquiry, ids: string[], exits: StepAction[], entries: StepAction[]): Inquiry {
  if (now === 'inquiry') exits.push(disarm(ids))
  entries.push(arm(ids))
  return 'inquiry'
}

/** Every state of the incident, exited deepest and latest first. */
function exitIncident(i: Incident): StepAction[] {
  const out = [disarm(DECLARE_END)]
  if (i.widened) out.push(disarm(NEW_CUSTOMERS))
  if (i.regraded) out.push(disarm(RECLASSIFY))
  if (i.handling === 'initial') out.push(disarm(FIRST_DISPOSAL))
  out.push(disarm(LEVEL[i.severity]), disarm(INCIDENT))
  return out
}

function step(s: State, event: Event): readonly [State, StepAction[]] {
  let { incident, closed, media, regulator, context: ctx } = s
  // Exits of the course region go before those of the inquiries region's (later in the chart), and so do its entries.
  const courseExits: StepAction[] = []
  const courseEntries: StepAction[] = []
  const inquiryExits: StepAction[] = []
  const inquiryEntries: StepAction[] = []
  switch (event.type) {
    case 'leak.discovered': {
      if (incident || closed) break
      ctx = { ...ctx, facts: mergeFacts(ctx.facts, event) }
      // Enter the incident and its regions, then grading's eventless transition picks the level.
      const g = gradeOf(ctx, event)
      const severity: Level = g === 'major' ? 'major' : g === 'significant' ? 'significant' : 'general'
      ctx = setLevel(ctx, severity)
      incident = { severity, handling: 'initial', regraded: false, widened: false }
      courseEntries.push(arm(INCIDENT), arm(FIRST_DISPOSAL), arm(DECLARE_END), arm(LEVEL[severity]))
      break
    }
    case 'incident.closed': {
      if (!incident) break
      courseExits.push(...exitIncident(incident))
      courseEntries.push(arm(DISPOSAL_REPORT))
      incident = null
      closed = true
      break
    }
    case 'leak.scope-updated': {
      if (!incident) break
      // Each region decides on the facts before this update.
      const g = gradeOf(ctx, event)
      const rise: Level | null =
        incident.severity === 'general' && (g === 'major' || g === 'significant') ? g : incident.severity === 'significant' && g === 'major' ? 'major' : null
      const regrades = levelRank(plan, g) > levelRank(plan, ctx.level)
      const widens = addsCustomers(ctx.facts, event)
      // Exits (scope, regrading, severity: latest first), recordFacts, then entries (severity, regrading, scope).
      if (widens && incident.widened) courseExits.push(disarm(NEW_CUSTOMERS))
      if (regrades && incident.regraded) courseExits.push(disarm(RECLASSIFY))
      if (rise) courseExits.push(disarm(LEVEL[incident.severity]))
      ctx = { ...ctx, facts: mergeFacts(ctx.facts, event) }
      if (rise) {
        ctx = setLevel(ctx, rise)
        courseEntries.push(arm(LEVEL[rise]))
      }
      if (regrades) courseEntries.push(arm(RECLASSIFY))
      if (widens) courseEntries.push(arm(NEW_CUSTOMERS))
      incident = { ...incident, severity: rise ?? incident.severity, regraded: incident.regraded || regrades, widened: incident.widened || widens }
      break
    }
    case 'leak.contained':
      if (incident?.handling === 'response') incident = { ...incident, handling: 'recovery' }
      break
    case 'media.inquiry':
      media = inquire(media, MEDIA, inquiryExits, inquiryEntries)
      break
    case 'regulator.inquiry':
      if (typeof event.replyBy !== 'string') break
      regulator = inquire(regulator, REGULATOR, inquiryExits, inquiryEntries)
      ctx = { ...ctx, facts: mergeFacts(ctx.facts, event) }
      break
    case 'action.taken': {
      if (incident) {
        // The handling region moves on its phase's step. A complete end closes the incident, but only if handling does
        // not move on the same action: xstate then drops the later, conflicting transition (and ending stays as it is).
        // An end declared before the criteria are met re-enters `open`.
        const next: Handling | null =
          incident.handling === 'initial' && performs(event, 'handling-plan') ? 'response' : incident.handling === 'response' && performs(event, 'contain-leak') ? 'recovery' : null
        const ends = performs(event, 'declare-end')
        if (next) {
          if (incident.handling === 'initial') courseExits.push(disarm(FIRST_DISPOSAL))
          incident = { ...incident, handling: next }
        }
        const completes = ends && hasMet(event, END_CRITERIA)
        if (completes && !next) {
          courseExits.push(...exitIncident(incident))
          courseEntries.push(arm(DISPOSAL_REPORT))
          incident = null
          closed = true
        } else if (ends && !completes) {
          // Ending early: `open` is re-entered.
          courseExits.unshift(disarm(DECLARE_END))
          courseEntries.push(arm(DECLARE_END))
        }
      }
      if (media === 'inquiry' && performs(event, 'media-follow-up')) {
        inquiryExits.push(disarm(MEDIA))
        media = 'answered'
      }
      if (regulator === 'inquiry' && performs(event, 'regulator-reply')) {
        inquiryExits.push(disarm(REGULATOR))
        regulator = 'answered'
      }
      break
    }
    default:
      return [s, []]
  }
  // Regulator's states come after media's in the chart, so their exits go first.
  const actions = [...inquiryExits.reverse(), ...courseExits, ...courseEntries, ...inquiryEntries]
  if (actions.length === 0 && incident === s.incident && closed === s.closed && media === s.media && regulator === s.regulator && ctx === s.context) return [s, []]
  return [make(incident, closed, media, regulator, ctx), actions]
}
