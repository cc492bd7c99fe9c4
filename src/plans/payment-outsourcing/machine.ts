/** Statechart for the payment-institution outsourced-service plan; deadlines, roles and texts live in ./plan.ts. */
import { setup } from 'xstate'
import { armed, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, Condition, PlanContext, PlanInput } from '../../engine/index.ts'
import { BUSINESS_INTERRUPTED, SERVICE_DISTURBED, TECHNICAL_CAUSE, paymentOutsourcingPlan } from './plan.ts'
import type { LEAK_DATA_TYPES, OUTAGE_CAUSES, OUTAGE_IMPACTS, OUTAGE_SCOPES } from './plan.ts'

type OutageFacts = {
  scope?: (typeof OUTAGE_SCOPES)[number]
  expectedHours?: number
  impact?: (typeof OUTAGE_IMPACTS)[number]
  cause?: (typeof OUTAGE_CAUSES)[number]
}

export type PaymentOutsourcingEvent =
  | ({ type: 'vendor.outage'; scope: (typeof OUTAGE_SCOPES)[number]; expectedHours: number; detectedBy?: 'on-site' | 'monitoring' | 'customer'; vendor?: string; service?: string } & OutageFacts)
  | ({ type: 'vendor.outage-updated' } & OutageFacts)
  | { type: 'vendor.data-leak'; customers: number; records?: number; dataTypes?: (typeof LEAK_DATA_TYPES)[number][]; sensitive?: boolean; ongoing?: boolean; vendor?: string }
  | { type: 'vendor.breach'; vendor?: string; clause?: string; description?: string }
  | { type: 'vendor.negotiation-failed'; vendor?: string }
  | { type: 'customers.complaints'; count?: number; window?: string; channel?: 'hotline' | 'app' | 'online' | 'social-media' | 'merchant' }
  | { type: 'media.inquiry'; outlet: string; topic?: string; reach?: 'local' | 'national' }
  | { type: 'regulator.inquiry'; regulator?: string; question?: string; replyBy?: string }
  | { type: 'vendor.restored'; vendor?: string; service?: string }
  | { type: 'incident.closed' }
  | ActionTakenEvent

const parts = planMachineParts<PaymentOutsourcingEvent>(paymentOutsourcingPlan)

const holds = (when: Condition) => ({ type: 'holds', params: { when } }) as const
const gradesAs = (level: string) => ({ type: 'gradesAs', params: { level } }) as const
const performs = (expectation: string) => ({ type: 'performs', params: { expectation } }) as const
/** Upgrades to the first of `levels` the facts now grade at; levels never fall (pr-pos-06). */
const upgrade = (levels: readonly string[]) => {
  const to = levels.map((level) => ({ guard: gradesAs(level), target: level }))
  return { 'vendor.outage-updated': to, 'vendor.data-leak': to }
}

const TECHNICAL_FAULT: Condition = { all: [SERVICE_DISTURBED, TECHNICAL_CAUSE] }
const LEAK_CONFIRMED: Condition = { fact: 'customers', gte: 1 }

// A rise re-runs the reporting chain: the new facts are reported to the office and the warning is re-issued (pr-pos-06);
// the level's own deadlines then run from that new warning.
const REISSUE = ['report-to-office', 'issue-warning']
const YELLOW = ['yellow-pre-disposal', 'yellow-coordination', 'yellow-troubleshoot', 'yellow-urge-vendor', 'yellow-backup-records', 'yellow-risk-note']
const ORANGE = ['orange-activation', 'orange-locate-fault', 'orange-vendor-coordination', 'orange-notify-customers', 'orange-important-payments', 'orange-impact-assessment', 'external-report', 'publish-information']
const RED = ['red-activation', 'red-core-payments', 'red-customer-announcement', 'red-risk-monitoring', 'red-site-security', 'external-report', 'publish-information']
const POST = ['evaluate-response', 'revise-plan', 'loss-assessment', 'recovery-plan', 'post-recovery-work', 'investigation-report', 'rectification', 'insurance-check', 'insurance-claim']

const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true } as const
const declareEnd = { 'action.taken': { guard: performs('declare-end'), target: '#payment-outsourcing.closed' } } as const

export const paymentOutsourcingMachine = setup({
  types: {} as { context: PlanContext; events: PaymentOutsourcingEvent; input: PlanInput },
  actions: parts.actions,
  guards: {
    ...parts.guards,
    /** The warning level already reached is one of these (media and restoration duties depend on it). */
    levelIn: ({ context }, params: { levels: readonly string[] }) => context.level !== null && params.levels.includes(context.level),
    setsReplyDeadline: ({ event }) => event.type === 'regulator.inquiry' && typeof event.replyBy === 'string',
  },
}).createMachine({
  id: 'payment-outsourcing',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: {
        'vendor.outage': { target: 'incident', actions: 'recordFacts' },
        'vendor.data-leak': { target: 'incident', actions: 'recordFacts' },
      },
    },
    incident: {
      type: 'parallel',
      // 四(一): report, verify, warn; the office's standing duties (二(二)2, 四(五)1) last until the end.
      ...armed(['report-to-office', 'verify-and-brief', 'issue-warning', 'keep-log', 'vendor-liaison']),
      on: { 'incident.closed': { target: 'closed' } },
      states: {
        // Every later fact is merged here once; guards in the other regions merge the event themselves.
        facts: {
          initial: 'recording',
          states: {
            recording: {
              on: {
                'vendor.outage-updated': { actions: 'recordFacts' },
                'vendor.data-leak': { actions: 'recordFacts' },
                'vendor.breach': { actions: 'recordFacts' },
                'regulator.inquiry': { actions: 'recordFacts' },
              },
            },
          },
        },
        // 三(二), 三(三)3, 四(二): the warning level and its response (pr-pos-01, pr-pos-05).
        severity: {
          initial: 'grading',
          states: {
            grading: {
              always: [
                { guard: gradesAs('red'), target: 'red' },
                { guard: gradesAs('orange'), target: 'orange' },
                { guard: gradesAs('yellow'), target: 'yellow' },
                { target: 'blue' },
              ],
            },
            blue: { ...armed(['blue-watch'], { level: 'blue' }), on: upgrade(['red', 'orange', 'yellow']) },
            yellow: { ...armed([...REISSUE, ...YELLOW], { level: 'yellow' }), on: upgrade(['red', 'orange']) },
            orange: { ...armed([...REISSUE, ...ORANGE], { level: 'orange' }), on: upgrade(['red']) },
            red: {
              ...armed([...REISSUE, ...RED], { level: 'red' }),
              initial: 'cause',
              states: {
                // The initial-solution deadline applies to technical or still unknown causes (pr-pos-08).
                cause: { always: [{ guard: holds(TECHNICAL_CAUSE), target: 'technical' }, { target: 'otherCause' }] },
                technical: { ...armed(['red-initial-solution']) },
                otherCause: {},
              },
            },
          },
        },
        // 四(三)1 technical fault: key functions restored before the vendor's service is back.
        technical: {
          initial: 'check',
          states: {
            check: { always: [{ guard: holds(TECHNICAL_FAULT), target: 'faulty' }, { target: 'none' }] },
            none: { on: { 'vendor.outage-updated': { guard: holds(TECHNICAL_FAULT), target: 'faulty' } } },
            faulty: { ...armed(['restore-key-functions']), on: { 'vendor.restored': { target: 'fixed' } } },
            fixed: {},
          },
        },
        // 四(三)2 business interruption: manual or offline processing while part or all of the business is down.
        business: {
          initial: 'check',
          states: {
            check: { always: [{ guard: holds(BUSINESS_INTERRUPTED), target: 'interrupted' }, { target: 'running' }] },
            running: { on: { 'vendor.outage-updated': { guard: holds(BUSINESS_INTERRUPTED), target: 'interrupted' } } },
            interrupted: { ...armed(['manual-processing']), on: { 'vendor.restored': { target: 'resumed' } } },
            resumed: {},
          },
        },
        // 四(三)3 data leak (at every level, pr-pos-04); the leak is reported to the office like any incident (四(一)1).
        leak: {
          initial: 'check',
          states: {
            check: { always: [{ guard: holds(LEAK_CONFIRMED), target: 'leaking' }, { target: 'none' }] },
            none: { on: { 'vendor.data-leak': { target: 'leaking' } } },
            leaking: { ...armed(['report-to-office', 'stop-data-transfer', 'assess-leaked-data', 'notify-leak-customers', 'leak-investigation']) },
          },
        },
        // 四(三)4 vendor breach: assess, negotiate, and replace the vendor if negotiation fails (pr-pos-12).
        breach: {
          initial: 'none',
          states: {
            none: { on: { 'vendor.breach': { target: 'negotiating' } } },
            negotiating: { ...armed(['assess-vendor-breach', 'negotiate-with-vendor']), on: { 'vendor.negotiation-failed': { target: 'replacing' } } },
            replacing: { ...armed(['replace-vendor', 'legal-action']) },
          },
        },
        // 四(二)1: at red, media attention is answered; below red it goes to the command center unscored (pr-all-10).
        // Each region re-enters its own child (a sibling transition), so that its domain is the region.
        media: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'media.inquiry': { guard: { type: 'levelIn', params: { levels: ['red'] } }, target: 'inquiry' } } },
            inquiry: { ...armed(['answer-media']), on: { 'media.inquiry': { target: 'inquiry', reenter: true } } },
          },
        },
        regulator: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'regulator.inquiry': regulatorAsks } },
            inquiry: { ...armed(['regulator-reply']), on: { 'regulator.inquiry': regulatorAsks } },
          },
        },
        // Service back: the command center may declare the end (pr-pos-11); red and orange publish an update (四(五)3).
        restoration: {
          initial: 'down',
          states: {
            down: {
              on: {
                'vendor.restored': [
                  { guard: { type: 'levelIn', params: { levels: ['red', 'orange'] } }, target: 'restoredPublic' },
                  { target: 'restored' },
                ],
              },
            },
            restored: { ...armed(['declare-end']), on: declareEnd },
            restoredPublic: { ...armed(['declare-end', 'publish-restoration']), on: declareEnd },
          },
        },
        // The phases as the response moves through them.
        phase: {
          initial: 'initial',
          states: {
            initial: { meta: { phase: 'initial' }, on: { 'action.taken': { guard: performs('issue-warning'), target: 'response' }, 'vendor.restored': { target: 'recovery' } } },
            response: { meta: { phase: 'response' }, on: { 'vendor.restored': { target: 'recovery' } } },
            recovery: { meta: { phase: 'recovery' } },
          },
        },
      },
    },
    // 四(六), 五: evaluation, loss assessment, recovery, investigation, insurance (the ledger keeps matching after the chart is done).
    closed: {
      type: 'final',
      ...armed(POST, { phase: 'post' }),
    },
  },
})
