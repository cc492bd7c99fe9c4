/** Building blocks every plan statechart shares: the standard context, arming actions, fact recording and data-driven guards. */
import { assign } from 'xstate'
import type { EventObject } from 'xstate'
import { evaluate } from './condition.ts'
import type { Condition, Facts } from './condition.ts'
import { levelRank } from './model.ts'
import type { PlanDefinition, ResolvedParams } from './model.ts'
import { grade } from './severity.ts'
import type { ActionId, ExpectationId, LevelId, RoleId } from './types.ts'

/** Context of every plan machine: the level reached, the facts injected so far, and the plan's parameters. */
export interface PlanContext {
  readonly level: LevelId | null
  readonly facts: Facts
  readonly params: ResolvedParams
}

export interface PlanInput {
  readonly params: ResolvedParams
}

/** A participant's move, as every plan machine receives it. */
export interface ActionTakenEvent {
  readonly type: 'action.taken'
  readonly action: ActionId
  readonly role: RoleId
  /** Expectations the ledger credited this action to (directly or through `covers`): what `performs` reads. */
  readonly meets?: readonly string[]
  /** Expectations met so far, this action included: what `hasMet` reads. */
  readonly met?: readonly string[]
}

/** Injected events carry their data fields beside `type`. */
export type InjectedEvent<T extends string> = { readonly type: T } & Readonly<Record<string, unknown>>

export const ARM_ACTION = 'armExpectations' as const
export const DISARM_ACTION = 'disarmExpectations' as const

export interface ArmParams {
  readonly ids: readonly ExpectationId[]
}

export const initialPlanContext = ({ input }: { input: PlanInput }): PlanContext => ({ level: null, facts: {}, params: input.params })

/**
 * State-config fragment for a state that arms expectations: `meta.expectations` documents them in the chart,
 * the entry action arms them (the runner reads it), and the exit action ends the recurring ones.
 * Pass `level` for a severity state: it records the level before arming, so level-dependent deadlines apply.
 */
export function armed(ids: readonly string[], options: { readonly level?: string; readonly phase?: string } = {}) {
  const p: ArmParams = { ids: ids as readonly ExpectationId[] }
  const arm = { type: ARM_ACTION, params: p }
  const entry: ({ type: 'setLevel'; params: { level: LevelId } } | typeof arm)[] =
    options.level !== undefined ? [{ type: 'setLevel', params: { level: options.level as LevelId } }, arm] : [arm]
  return {
    meta: { expectations: ids, ...(options.level !== undefined ? { level: options.level } : {}), ...(options.phase !== undefined ? { phase: options.phase } : {}) },
    entry,
    exit: [{ type: DISARM_ACTION, params: p }],
  } as const
}

/**
 * Implementations shared by every plan machine, closed over the plan's data so that guards read thresholds
 * and roles from `plan.ts`, never from literals in the chart. Spread into `setup({ actions, guards })`.
 */
export function planMachineParts<TEvent extends EventObject>(plan: PlanDefinition) {
  return {
    actions: {
      /** Read by the drill runner from the transition's action list; nothing to execute here. */
      [ARM_ACTION]: (_: unknown, _params: ArmParams) => undefined,
      [DISARM_ACTION]: (_: unknown, _params: ArmParams) => undefined,
      recordFacts: assign<PlanContext, TEvent, undefined, TEvent, never>({
        facts: ({ context, event }) => mergeFacts(context.facts, event),
      }),
      setLevel: assign<PlanContext, TEvent, { level: LevelId }, TEvent, never>({
        // Levels rise at once and never fall automatically (pr-all-05).
        level: ({ context }, params) => (levelRank(plan, params.level) >= levelRank(plan, context.level) ? params.level : context.level),
      }),
    },
    guards: {
      /** The facts so far, with this event's data, grade at exactly this level. */
      gradesAs: ({ context, event }: { context: PlanContext; event: { type: string } }, params: { level: string }) =>
        grade(plan, mergeFacts(context.facts, event), context.params).level === params.level,
      /** The facts so far, with this event's data, grade above the level already reached. */
      gradesAbove: ({ context, event }: { context: PlanContext; event: { type: string } }) =>
        levelRank(plan, grade(plan, mergeFacts(context.facts, event), context.params).level) > levelRank(plan, context.level),
      /** A declarative condition over the facts so far and this event's data. */
      holds: ({ context, event }: { context: PlanContext; event: { type: string } }, params: { when: Condition }) =>
        evaluate(params.when, mergeFacts(context.facts, event), context.params),
      /**
       * This event is a participant's action that the ledger credited to an occurrence of the expectation (directly
       * or through `covers`): the same rule (`mayAct`, the level in force) decides for the chart and the scorer.
       */
      performs: ({ event }: { event: { type: string } }, params: { expectation: string }) => {
        if (event.type !== 'action.taken') return false
        return ((event as ActionTakenEvent).meets ?? []).includes(params.expectation)
      },
      /** On a participant's action: every listed expectation has a met occurrence (end criteria). */
      hasMet: ({ event }: { event: { type: string } }, params: { expectations: readonly string[] }) => {
        if (event.type !== 'action.taken') return false
        const met = (event as ActionTakenEvent).met ?? []
        return params.expectations.every((id) => met.includes(id))
      },
    },
  }
}

/** Facts after an event: its data fields merged over the facts so far (`type` is not a fact). */
export function mergeFacts(facts: Facts, event: { type: string }): Facts {
  if (event.type === 'action.taken' || event.type.startsWith('xstate.')) return facts
  const out: Record<string, unknown> = { ...facts }
  for (const [k, v] of Object.entries(event)) if (k !== 'type') out[k] = v
  return out
}
