/**
 * A plain-function baseline of the customer-information leak plan: the same rules as ./../src/plans/customer-info-leak/machine.ts
 * written as a hand-coded reducer, for the benchmark's "statechart vs plain code" comparison. Not used by the product.
 */
import { grade, levelRank, mergeFacts } from '../src/engine/index.ts'
import type { Facts, PlanContext, PlanStepper, ResolvedParams, StepAction, StepSnapshot } from '../src/engine/index.ts'
import { customerInfoLeakPlan as plan } from '../src/plans/customer-info-leak/plan.ts'

type Top = 'monitoring' | 'incident' | 'closed'
type Handling = 'initial' | 'response' | 'recovery'
type Scope = 'asDiscovered' | 'updated' | 'widened'

interface State extends StepSnapshot {
  readonly top: Top
  readonly handling: Handling
  readonly scope: Scope
  readonly media: boolean
  readonly regulator: boolean
  readonly context: PlanContext
}

const INCIDENT = ['first-disposal', 'classify-level', 'execute-duties', 'contain-leak', 'notify-customers', 'aftercare', 'declare-end']
const LEVEL: Record<string, string[]> = {
  general: ['emergency-report', 'handling-plan', 'tracking-report', 'escalate-to-superior'],
  significant: ['emergency-report', 'handling-plan', 'tracking-report', 'escalate-to-leadership'],
  major: ['emergency-report', 'regulator-report', 'handling-plan', 'tracking-report'],
}
const SCOPE: Record<Scope, string[]> = { asDiscovered: [], updated: ['reclassify-level'], widened: ['reclassify-level', 'notify-new-customers'] }

const arm = (ids: string[]): StepAction => ({ type: 'armExpectations', params: { ids } })
const disarm = (ids: string[]): StepAction => ({ type: 'disarmExpectations', params: { ids } })

export const leakBaselineStepper: PlanStepper = {
  initial: ({ params }) => [make('monitoring', 'initial', 'asDiscovered', false, false, { level: null, facts: {}, params }), []],
  step: (snap, event) => step(snap as State, event as { type: string } & Record<string, unknown>),
}

// --- internal ---

function make(top: Top, handling: Handling, scope: Scope, media: boolean, regulator: boolean, context: PlanContext): State {
  return { top, handling, scope, media, regulator, context, value: top, status: 'active' }
}

/** As the chart's `performs` guard: the ledger credited this action to that expectation (same who-may-act rule). */
function performs(_ctx: PlanContext, event: Record<string, unknown>, id: string): boolean {
  if (event.type !== 'action.taken') return false
  return ((event.meets as readonly string[] | undefined) ?? []).includes(id)
}

function levelOf(facts: Facts, params: ResolvedParams): string {
  return grade(plan, facts, params).level
}

function step(s: State, event: { type: string } & Record<string, unknown>): readonly [State, StepAction[]] {
  const ctx = s.context
  if (s.top === 'monitoring') {
    if (event.type !== 'leak.discovered') return [s, []]
    const facts = mergeFacts(ctx.facts, event)
    const level = levelOf(facts, ctx.params)
    const next = make('incident', 'initial', 'asDiscovered', false, false, { ...ctx, facts, level: level as PlanContext['level'] })
    return [next, [arm(INCIDENT), arm(LEVEL[level] as string[])]]
  }
  if (s.top === 'closed') return [s, []]
  const level = ctx.level as string
  if (event.type === 'incident.closed' || performs(ctx, event, 'declare-end')) {
    const exits: StepAction[] = []
    if (s.regulator) exits.push(disarm(['regulator-reply']))
    if (s.media) exits.push(disarm(['media-follow-up']))
    if (SCOPE[s.scope].length > 0) exits.push(disarm(SCOPE[s.scope]))
    exits.push(disarm(LEVEL[level] as string[]), disarm(INCIDENT))
    return [make('closed', s.handling, s.scope, s.media, s.regulator, ctx), [...exits, arm(['disposal-report'])]]
  }
  switch (event.type) {
    case 'leak.scope-updated': {
      const merged = mergeFacts(ctx.facts, event)
      const graded = levelOf(merged, ctx.params)
      const rises = levelRank(plan, graded) > levelRank(plan, level) ? graded : null
      const adds = typeof event.customers === 'number' && event.customers > ((ctx.facts.customers as number | undefined) ?? 0)
      const scope: Scope = adds ? 'widened' : 'updated'
      const actions: StepAction[] = []
      if (SCOPE[s.scope].length > 0) actions.push(disarm(SCOPE[s.scope]))
      if (rises) actions.push(disarm(LEVEL[level] as string[]))
      if (rises) actions.push(arm(LEVEL[rises] as string[]))
      actions.push(arm(SCOPE[scope]))
      const next = make('incident', s.handling, scope, s.media, s.regulator, { ...ctx, facts: merged, level: (rises ?? level) as PlanContext['level'] })
      return [next, actions]
    }
    case 'media.inquiry':
      return [make('incident', s.handling, s.scope, true, s.regulator, ctx), [...(s.media ? [disarm(['media-follow-up'])] : []), arm(['media-follow-up'])]]
    case 'regulator.inquiry': {
      if (typeof event.replyBy !== 'string') return [s, []]
      const next = make('incident', s.handling, s.scope, s.media, true, { ...ctx, facts: mergeFacts(ctx.facts, event) })
      return [next, [...(s.regulator ? [disarm(['regulator-reply'])] : []), arm(['regulator-reply'])]]
    }
    case 'leak.contained':
      return s.handling === 'response' ? [make('incident', 'recovery', s.scope, s.media, s.regulator, ctx), []] : [s, []]
    case 'action.taken':
      if (s.handling === 'initial' && performs(ctx, event, 'handling-plan')) return [make('incident', 'response', s.scope, s.media, s.regulator, ctx), []]
      if (s.handling === 'response' && performs(ctx, event, 'contain-leak')) return [make('incident', 'recovery', s.scope, s.media, s.regulator, ctx), []]
      return [s, []]
    default:
      return [s, []]
  }
}
