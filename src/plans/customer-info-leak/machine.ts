/** Statechart for the customer-information leak plan; deadlines, roles and texts live in ./plan.ts. */
import { and, setup } from 'xstate'
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

const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true, actions: 'recordFacts' } as const
/** An update that raises the level owes a re-grade (pr-cil-17); one that changes nothing owes none (L9). */
const regrades = { guard: 'gradesAbove', target: 'regraded', reenter: true } as const
/** An update that names more customers than known so far owes them a notice (pr-cil-17). */
const widens = { guard: 'addsCustomers', target: 'widened', reenter: true } as const
/** The end criteria of pr-cil-18: the leak contained under the plan and the customers told. */
const endCriteria = { type: 'hasMet', params: { expectations: ['contain-leak', 'notify-customers'] } } as const
const performsEnd = { type: 'performs', params: { expectation: 'declare-end' } } as const

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
  type: 'parallel',
  states: {
    // The incident's course: discovery, handling, and the end (after which the disposal report is owed).
    course: {
      initial: 'monitoring',
      states: {
        monitoring: {
          meta: { phase: 'initial' },
          on: { 'leak.discovered': { target: 'incident', actions: 'recordFacts' } },
        },
        incident: {
          type: 'parallel',
          // Obligations of every level start at discovery; level-specific ones are armed by the severity region.
          ...armed(['classify-level', 'execute-duties', 'contain-leak', 'notify-customers', 'aftercare', 'escalate-to-superior']),
          on: { 'incident.closed': { target: 'closed' } },
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
                // A rise re-arms these: one already met carries over unless the new level adds recipients or a body (pr-cil-17).
                general: {
                  ...armed(['emergency-report', 'handling-plan', 'tracking-report'], { level: 'general' }),
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
            // 第十四条's phases as the participants move through them. The first measures (先行紧急处置) are owed before
            // the handling plan: approving it leaves `initial`, so a later containment is step 3's (L5).
            handling: {
              initial: 'initial',
              states: {
                initial: {
                  ...armed(['first-disposal'], { phase: 'initial' }),
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
            // pre-empts the severity region's transition on the same event. Guards see the facts before this update.
            regrading: {
              initial: 'asGraded',
              states: {
                asGraded: { on: { 'leak.scope-updated': regrades } },
                regraded: { ...armed(['reclassify-level']), on: { 'leak.scope-updated': regrades } },
              },
            },
            // Customers found later owe a notice (pr-cil-17); a notice to all customers also reaches them (L4).
            scope: {
              initial: 'asDiscovered',
              states: {
                asDiscovered: { on: { 'leak.scope-updated': [{ ...widens, actions: 'recordFacts' }, { actions: 'recordFacts' }] } },
                widened: { ...armed(['notify-new-customers']), on: { 'leak.scope-updated': [{ ...widens, actions: 'recordFacts' }, { actions: 'recordFacts' }] } },
              },
            },
            // The end of handling (pr-cil-18): declared with the leak contained and the customers told, it closes the
            // incident; declared earlier it is ending early (a finding), handling goes on, and the end may be declared again.
            ending: {
              initial: 'open',
              states: {
                open: {
                  ...armed(['declare-end']),
                  on: {
                    'action.taken': [
                      { guard: and([performsEnd, endCriteria]), target: '#cil-closed' },
                      { guard: performsEnd, target: 'open', reenter: true },
                    ],
                  },
                },
              },
            },
          },
        },
        // Handling is over; the disposal report is owed (the ledger keeps matching actions after the chart is done).
        closed: {
          id: 'cil-closed',
          type: 'final',
          ...armed(['disposal-report'], { phase: 'post' }),
        },
      },
    },
    // Press coverage (第十四条(二)3) and regulator inquiries (pr-cil-15) are owed whenever they come, also after the end of
    // handling: neither clause limits them to the handling period.
    inquiries: {
      type: 'parallel',
      states: {
        media: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'media.inquiry': { target: 'inquiry' } } },
            inquiry: {
              ...armed(['media-follow-up']),
              on: { 'media.inquiry': { target: 'inquiry', reenter: true }, 'action.taken': { guard: { type: 'performs', params: { expectation: 'media-follow-up' } }, target: 'answered' } },
            },
            answered: { on: { 'media.inquiry': { target: 'inquiry' } } },
          },
        },
        regulator: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'regulator.inquiry': regulatorAsks } },
            inquiry: {
              ...armed(['regulator-reply']),
              on: { 'regulator.inquiry': regulatorAsks, 'action.taken': { guard: { type: 'performs', params: { expectation: 'regulator-reply' } }, target: 'answered' } },
            },
            answered: { on: { 'regulator.inquiry': regulatorAsks } },
          },
        },
      },
    },
  },
})
