/** Statechart for the bank ATM fault or security problem plan (seed 003, 第1篇); deadlines, roles and texts live in ./plan.ts. */
import { setup } from 'xstate'
import { armed, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, Condition, PlanContext, PlanInput } from '../../engine/index.ts'
import { CRIMINAL, SECURITY_PROBLEM, atmFailurePlan } from './plan.ts'
import type { ATM_SITES, FAULT_SYMPTOMS, SECURITY_KINDS } from './plan.ts'

type Site = (typeof ATM_SITES)[number]

export type AtmFailureEvent =
  | { type: 'atm.fault'; atmId: string; site?: Site; symptom?: (typeof FAULT_SYMPTOMS)[number]; customersOnSite?: number; shortDispensed?: boolean }
  | { type: 'atm.security-alert'; atmId: string; site?: Site; kind: (typeof SECURITY_KINDS)[number]; injuries?: boolean; criminal?: boolean }
  | { type: 'logistics.request'; item: string }
  | { type: 'atm.fault-fixed'; atmId?: string }
  | { type: 'atm.test-result'; atmId?: string; passed: boolean; reason?: string }
  | { type: 'customers.complaint'; atmId?: string; issue?: string; count?: number }
  | { type: 'atm.status-update'; atmId?: string; source?: 'branch' | 'vendor' | 'carrier' | 'tech-support' | 'security'; status?: string }
  | { type: 'media.inquiry'; outlet: string; topic?: string }
  | { type: 'regulator.inquiry'; regulator?: string; question?: string; replyBy?: string }
  | { type: 'incident.closed' }
  | ActionTakenEvent

const parts = planMachineParts<AtmFailureEvent>(atmFailurePlan)

const holds = (when: Condition) => ({ type: 'holds', params: { when } }) as const
const performs = (expectation: string) => ({ type: 'performs', params: { expectation } }) as const

const TEAMS = ['report-to-leadership', 'activate-plan', 'diagnose-fault', 'serve-customers']
const POST = ['summary-report', 'post-review']

/**
 * Police for a security problem with a criminal element (pr-atf-03). A later alert that adds a criminal element
 * (vandalism turns out to be an attempted theft) is reported again (三.1(1)); the plan is already active, so no second
 * activation is owed, and the police deadline runs from the alert (pr-atf-08).
 */
const policeCheck = {
  initial: 'check',
  states: {
    check: { always: [{ guard: holds(CRIMINAL), target: 'police' }, { target: 'noPolice' }] },
    noPolice: { on: { 'atm.security-alert': { guard: holds(CRIMINAL), target: 'policeLater' } } },
    police: { ...armed(['notify-police']) },
    policeLater: { ...armed(['report-to-leadership', 'notify-police']) },
  },
} as const

const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true } as const

export const atmFailureMachine = setup({
  types: {} as { context: PlanContext; events: AtmFailureEvent; input: PlanInput },
  actions: parts.actions,
  guards: {
    ...parts.guards,
    passed: ({ event }) => event.type === 'atm.test-result' && event.passed,
    setsReplyDeadline: ({ event }) => event.type === 'regulator.inquiry' && typeof event.replyBy === 'string',
  },
}).createMachine({
  id: 'atm-failure',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: {
        'atm.fault': { target: 'incident', actions: 'recordFacts' },
        'atm.security-alert': { target: 'incident', actions: 'recordFacts' },
      },
    },
    incident: {
      type: 'parallel',
      // 三.1–三.2: report, activation (no levels, pr-atf-01), and the teams' steps that apply to every incident.
      ...armed(TEAMS),
      on: { 'incident.closed': { target: 'closed' } },
      states: {
        // Later facts are merged here once; guards in the other regions merge the event themselves.
        facts: {
          initial: 'recording',
          states: {
            recording: {
              on: {
                'atm.security-alert': { actions: 'recordFacts' },
                'atm.test-result': { actions: 'recordFacts' },
                'regulator.inquiry': { actions: 'recordFacts' },
              },
            },
          },
        },
        // 三.2(2) and pr-atf-02/03: the type of incident decides whether guarding the site is critical and the police are called.
        incidentType: {
          id: 'atf-type',
          initial: 'check',
          states: {
            check: { always: [{ guard: holds(SECURITY_PROBLEM), target: 'security' }, { target: 'fault' }] },
            // A fault: the site is guarded, not critically (pr-atf-02); once guarded it stays guarded.
            fault: {
              initial: 'unguarded',
              states: {
                unguarded: {
                  ...armed(['cordon-site']),
                  on: { 'action.taken': { guard: performs('cordon-site'), target: 'guarded' }, 'atm.security-alert': { target: '#atf-type.securityFound' } },
                },
                guarded: { on: { 'atm.security-alert': { target: '#atf-type.securityFoundGuarded' } } },
              },
            },
            security: { ...armed(['cordon-site-security']), ...policeCheck },
            // A security problem found while handling a fault (e.g. a card trap behind a "card retained" fault) is reported
            // under 三.1(1); the plan is already active, so no second activation (三.1(2)) is owed, and the critical cordon
            // and the police run from the finding (pr-atf-08). The fault's cordon, if still open, is met by the same cordon.
            securityFound: { ...armed(['report-to-leadership', 'cordon-site-security']), ...policeCheck },
            // The site was already guarded during the fault: 三.2(2) is done and is not owed again (pr-atf-08).
            securityFoundGuarded: { ...armed(['report-to-leadership']), ...policeCheck },
          },
        },
        // 三.3–三.5(1): repair, test, and only after a passing test tell customers and end (pr-atf-05).
        technical: {
          initial: 'repair',
          states: {
            // 三.3(1)–(2): the technical team fixes, staff on site help.
            repair: { ...armed(['fix-fault', 'assist-repair']), on: { 'atm.fault-fixed': { target: 'testing' } } },
            testing: {
              ...armed(['test-atm']),
              on: { 'atm.test-result': [{ guard: 'passed', target: 'restored' }, { target: 'rework' }] },
            },
            rework: { ...armed(['fix-fault', 'assist-repair']), on: { 'atm.fault-fixed': { target: 'testing' } } },
            restored: {
              ...armed(['notify-restored', 'declare-end']),
              on: { 'action.taken': { guard: performs('declare-end'), target: '#atm-failure.closed' } },
            },
          },
        },
        // 三.2(4): each request for parts, a standby ATM or a vehicle; a request while one is open keeps the earlier deadline.
        // Each region re-enters its own child (a sibling transition), so that its domain is the region.
        logistics: {
          initial: 'idle',
          states: {
            idle: { on: { 'logistics.request': { target: 'requested' } } },
            requested: { ...armed(['provide-logistics']), on: { 'logistics.request': { target: 'requested', reenter: true } } },
          },
        },
        // pr-all-10: a regulator inquiry is scored only when it sets a reply deadline.
        regulator: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'regulator.inquiry': regulatorAsks } },
            inquiry: { ...armed(['regulator-reply']), on: { 'regulator.inquiry': regulatorAsks } },
          },
        },
        // The phases as the response moves through them.
        phase: {
          initial: 'initial',
          states: {
            initial: { meta: { phase: 'initial' }, on: { 'action.taken': { guard: performs('activate-plan'), target: 'response' }, 'atm.fault-fixed': { target: 'recovery' } } },
            response: { meta: { phase: 'response' }, on: { 'atm.fault-fixed': { target: 'recovery' } } },
            recovery: { meta: { phase: 'recovery' } },
          },
        },
      },
    },
    // 三.5(2), 七: the teams' handling report, then the group's summary and evaluation (pr-atf-04).
    closed: {
      type: 'final',
      ...armed(POST, { phase: 'post' }),
    },
  },
})
