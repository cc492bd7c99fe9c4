/** Statechart for the payment-institution outsourced-service plan; deadlines, roles and texts live in ./plan.ts. */
import { and, assign, not, setup } from 'xstate'
import { armed, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, Condition, PlanContext, PlanInput } from '../../engine/index.ts'
import { BUSINESS_INTERRUPTED, FULLY_INTERRUPTED, INSURED, OUTLASTED_RED, OUTLASTED_YELLOW, SERVICE_DISTURBED, TECHNICAL_CAUSE, paymentOutsourcingPlan } from './plan.ts'
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
  | { type: 'insurance.eligibility'; eligible: boolean; insurer?: string; policy?: string }
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
/** The same, on the chart's own timers (pr-pos-17): an eventless re-grade once a timer has recorded its fact. */
const regrade = (levels: readonly string[]) => levels.map((level) => ({ guard: gradesAs(level), target: level }))
/** An update that changes the facts without raising the level (a development, 四(二)4). */
const NOT_RISING = not('gradesAbove')

const LEAK_CONFIRMED: Condition = { fact: 'customers', gte: 1 }
const NOT_DISTURBED: Condition = { not: SERVICE_DISTURBED }
const NOT_FULL: Condition = { not: FULLY_INTERRUPTED }

// A rise re-issues the warning within the set time of the update (pr-pos-06); it owes no new report to the office
// (三(三)2: the office re-assesses). The level's own deadlines then run from that new warning.
const REISSUE = ['issue-warning']
const BLUE = ['blue-watch', 'blue-information']
const YELLOW = ['yellow-pre-disposal', 'yellow-tech-pre-disposal', 'yellow-coordination', 'yellow-troubleshoot', 'yellow-urge-vendor', 'yellow-backup-records', 'yellow-risk-note', 'yellow-security-measures']
const ORANGE = ['orange-activation', 'orange-vendor-coordination', 'orange-notify-customers', 'orange-impact-assessment', 'orange-security-monitoring', 'external-report', 'publish-information']
/** Orange's fault and process steps, owed only while the service is actually disturbed (pr-pos-20). */
const ORANGE_SERVICE = ['orange-locate-fault', 'orange-important-payments']
const RED = ['red-activation', 'red-core-payments', 'red-customer-announcement', 'red-risk-monitoring', 'red-site-security', 'red-security-hardening', 'external-report', 'publish-information']
const POST = ['evaluate-response', 'revise-plan', 'loss-assessment', 'recovery-plan', 'post-recovery-work', 'business-recovery', 'risk-follow-up', 'investigation-report', 'rectification', 'insurance-check']

const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true } as const
/** The end as the ledger credits it (the head acts for the centre, 二(一)). */
const declareEnd = { 'action.taken': { guard: performs('declare-end'), target: '#payment-outsourcing.closed' } } as const
/** The chart's timers record that the interruption outlasted a threshold (pr-pos-17). */
const outlasted = (fact: string) => assign<PlanContext, PaymentOutsourcingEvent, undefined, PaymentOutsourcingEvent, never>({ facts: ({ context }) => ({ ...context.facts, [fact]: true }) })
const HOUR = 3_600_000

export const paymentOutsourcingMachine = setup({
  types: {} as { context: PlanContext; events: PaymentOutsourcingEvent; input: PlanInput },
  actions: { ...parts.actions, outlastedYellow: outlasted(OUTLASTED_YELLOW), outlastedRed: outlasted(OUTLASTED_RED) },
  delays: {
    // 三(二)2–3 and 三(二)1: the thresholds in hours, as the scenario's parameters set them.
    yellowThreshold: ({ context }) => Number(context.params.yellowUnderHours) * HOUR,
    redThreshold: ({ context }) => Number(context.params.redAfterHours) * HOUR,
  },
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
                'insurance.eligibility': { actions: 'recordFacts' },
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
            blue: {
              ...armed([...REISSUE, ...BLUE], { level: 'blue' }),
              on: upgrade(['red', 'orange', 'yellow']),
              // 四(二)4: each development that leaves the level where it is is reported to the office.
              initial: 'watching',
              states: {
                watching: { on: { 'vendor.outage-updated': { guard: NOT_RISING, target: 'development' } } },
                development: { ...armed(['blue-report-development']), on: { 'vendor.outage-updated': { guard: NOT_RISING, target: 'development', reenter: true } } },
              },
            },
            yellow: { ...armed([...REISSUE, ...YELLOW], { level: 'yellow' }), on: upgrade(['red', 'orange']), always: regrade(['red', 'orange']) },
            orange: {
              ...armed([...REISSUE, ...ORANGE], { level: 'orange' }),
              on: upgrade(['red']),
              always: regrade(['red']),
              // 四(二)2: locating the fault and adjusting processes need a disturbed service (pr-pos-20).
              initial: 'check',
              states: {
                check: { always: [{ guard: holds(SERVICE_DISTURBED), target: 'disturbed' }, { target: 'dataOnly' }] },
                dataOnly: { on: { 'vendor.outage-updated': { guard: and([holds(SERVICE_DISTURBED), NOT_RISING]), target: 'disturbed' } } },
                disturbed: { ...armed(ORANGE_SERVICE) },
              },
            },
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
        // 四(三)1 technical fault: any disturbed service, whatever its cause; key functions restored before the vendor's
        // service is back. pr-pos-17: while it lasts, the chart times the disturbance against yellowUnderHours and a full
        // interruption against redAfterHours, and re-grades when one is outlasted (levels never fall, so once the
        // incident is orange the yellow clock no longer matters).
        service: {
          initial: 'check',
          states: {
            check: { always: [{ guard: holds(FULLY_INTERRUPTED), target: 'disturbed.full' }, { guard: holds(SERVICE_DISTURBED), target: 'disturbed.lasting' }, { target: 'normal' }] },
            normal: { on: { 'vendor.outage-updated': [{ guard: holds(FULLY_INTERRUPTED), target: 'disturbed.full' }, { guard: holds(SERVICE_DISTURBED), target: 'disturbed.lasting' }] } },
            disturbed: {
              ...armed(['restore-key-functions']),
              on: { 'vendor.restored': { target: 'restored' } },
              initial: 'lasting',
              states: {
                lasting: {
                  after: { yellowThreshold: { target: 'steady', actions: 'outlastedYellow' } },
                  on: { 'vendor.outage-updated': [{ guard: holds(FULLY_INTERRUPTED), target: 'full' }, { guard: holds(NOT_DISTURBED), target: 'steady' }] },
                },
                // Disturbed with no clock running (the yellow threshold outlasted or no longer relevant).
                steady: { on: { 'vendor.outage-updated': { guard: holds(FULLY_INTERRUPTED), target: 'full' } } },
                full: {
                  after: { redThreshold: { target: 'outlastedRed', actions: 'outlastedRed' } },
                  on: { 'vendor.outage-updated': { guard: holds(NOT_FULL), target: 'steady' } },
                },
                outlastedRed: {},
              },
            },
            restored: {},
          },
        },
        // 四(三)2 business interruption: manual or offline processing while part or all of the business is down.
        business: {
          initial: 'check',
          states: {
            check: { always: [{ guard: holds(BUSINESS_INTERRUPTED), target: 'interrupted' }, { target: 'running' }] },
            running: { on: { 'vendor.outage-updated': { guard: holds(BUSINESS_INTERRUPTED), target: 'interrupted' } } },
            interrupted: { ...armed(['manual-processing', 'interruption-notice']), on: { 'vendor.restored': { target: 'resumed' } } },
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
      ...armed(POST, { phase: 'post' }),
      // 五(四)1–2: a claim is owed once the scenario says the loss qualifies, before or after the end (pr-pos-21).
      initial: 'check',
      states: {
        check: { always: [{ guard: holds(INSURED), target: '#payment-outsourcing.claimOwed' }, { target: 'cover' }] },
        cover: { on: { 'insurance.eligibility': { guard: holds(INSURED), target: '#payment-outsourcing.claimOwed', actions: 'recordFacts' } } },
      },
    },
    claimOwed: { type: 'final', ...armed(['insurance-claim'], { phase: 'post' }) },
  },
})
