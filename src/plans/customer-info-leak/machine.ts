/** Statechart for the customer-information leak plan; deadlines, roles and texts live in ./plan.ts. */
import { setup } from 'xstate'
import { armed, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, PlanContext, PlanInput } from '../../engine/index.ts'
import { customerInfoLeakPlan } from './plan.ts'

type LeakFacts = { customers?: number; sensitive?: boolean; fields?: string[]; branchTier?: string; branchCount?: number }

export type LeakEvent =
  | ({ type: 'leak.discovered'; customers: number; sensitive: boolean; unit?: string; vector?: string; occurredAt?: string } & LeakFacts)
  | ({ type: 'leak.scope-updated' } & LeakFacts)
  | { type: 'leak.contained'; unit?: string }
  | { type: 'media.inquiry'; outlet: string; reach?: 'local' | 'national'; published?: boolean }
  | { type: 'customer.complaint'; count?: number; channel?: 'branch' | 'hotline' | 'online' }
  | { type: 'regulator.inquiry'; regulator?: string; question?: string; replyBy?: string }
  | { type: 'superior.request'; request?: string }
  | { type: 'incident.closed' }
  | ActionTakenEvent

const parts = planMachineParts<LeakEvent>(customerInfoLeakPlan)

const scopeUpdated = [
  { guard: 'addsCustomers', target: 'widened', reenter: true, actions: 'recordFacts' },
  { target: 'updated', reenter: true, actions: 'recordFacts' },
] as const
const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true, actions: 'recordFacts' } as const

export const customerInfoLeakMachine = setup({
  types: {} as { context: PlanContext; events: LeakEvent; input: PlanInput },
  actions: parts.actions,
  guards: {
    ...parts.guards,
    /** The update reports more customers than known so far: the new ones must be told (pr-cil-17). */
    addsCustomers: ({ context, event }) =>
      event.type === 'leak.scope-updated' && typeof event.customers === 'number' && event.customers > ((context.facts.customers as number | undefined) ?? 0),
    setsReplyDeadline: ({ event }) => event.type === 'regulator.inquiry' && typeof event.replyBy === 'string',
  },
}).createMachine({
  id: 'customer-info-leak',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: { 'leak.discovered': { target: 'incident', actions: 'recordFacts' } },
    },
    incident: {
      type: 'parallel',
      // Obligations of every level start at discovery; level-specific ones are armed by the severity region.
      ...armed(['first-disposal', 'classify-level', 'execute-duties', 'contain-leak', 'notify-customers', 'aftercare', 'declare-end']),
      on: {
        'incident.closed': { target: 'closed' },
        'action.taken': { guard: { type: 'performs', params: { expectation: 'declare-end' } }, target: 'closed' },
      },
      states: {
        severity: {
          initial: 'grading',
          states: {
            grading: {
              always: [
                { guard: { type: 'gradesAs', params: { level: 'major' } }, target: 'major' },
                { guard: { type: 'gradesAs', params: { level: 'significant' } }, target: 'significant' },
                { target: 'general' },
              ],
            },
            general: {
              ...armed(['emergency-report', 'handling-plan', 'tracking-report', 'escalate-to-superior'], { level: 'general' }),
              on: {
                'leak.scope-updated': [
                  { guard: { type: 'gradesAs', params: { level: 'major' } }, target: 'major' },
                  { guard: { type: 'gradesAs', params: { level: 'significant' } }, target: 'significant' },
                ],
              },
            },
            significant: {
              ...armed(['emergency-report', 'handling-plan', 'tracking-report', 'escalate-to-leadership'], { level: 'significant' }),
              on: { 'leak.scope-updated': { guard: { type: 'gradesAs', params: { level: 'major' } }, target: 'major' } },
            },
            major: {
              ...armed(['emergency-report', 'regulator-report', 'handling-plan', 'tracking-report'], { level: 'major' }),
            },
          },
        },
        // 第十四条's phases as the participants move through them.
        handling: {
          initial: 'initial',
          states: {
            initial: {
              meta: { phase: 'initial' },
              on: { 'action.taken': { guard: { type: 'performs', params: { expectation: 'handling-plan' } }, target: 'response' } },
            },
            response: {
              meta: { phase: 'response' },
              on: {
                'action.taken': { guard: { type: 'performs', params: { expectation: 'contain-leak' } }, target: 'recovery' },
                'leak.contained': { target: 'recovery' },
              },
            },
            recovery: { meta: { phase: 'recovery' } },
          },
        },
        // Each region re-enters its own child (a sibling transition), so that its domain is the region and it never
        // pre-empts the severity region's transition on the same event.
        scope: {
          initial: 'asDiscovered',
          states: {
            asDiscovered: { on: { 'leak.scope-updated': scopeUpdated } },
            updated: { ...armed(['reclassify-level']), on: { 'leak.scope-updated': scopeUpdated } },
            widened: { ...armed(['reclassify-level', 'notify-new-customers']), on: { 'leak.scope-updated': scopeUpdated } },
          },
        },
        media: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'media.inquiry': { target: 'inquiry' } } },
            inquiry: { ...armed(['media-follow-up']), on: { 'media.inquiry': { target: 'inquiry', reenter: true } } },
          },
        },
        regulator: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'regulator.inquiry': regulatorAsks } },
            inquiry: { ...armed(['regulator-reply']), on: { 'regulator.inquiry': regulatorAsks } },
          },
        },
      },
    },
    // Handling is over; the disposal report is owed (the ledger keeps matching actions after the chart is done).
    closed: {
      type: 'final',
      ...armed(['disposal-report'], { phase: 'post' }),
    },
  },
})
