/** Statechart for the financial-institution incident plan; deadlines, roles and texts live in ./plan.ts. */
import { setup } from 'xstate'
import { armed, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, Condition, PlanContext, PlanInput } from '../../engine/index.ts'
import { BACKUP_REQUIRED, financialIncidentPlan } from './plan.ts'
import type { BREACH_FINDERS, FRAUD_CHANNELS, LEAK_VECTORS } from './plan.ts'

type Activation = { activationExpected?: boolean }

export type FinancialIncidentEvent =
  | ({ type: 'fraud.detected'; channel: (typeof FRAUD_CHANNELS)[number]; accounts: number; customers?: number; suspectedLoss?: number; ongoing?: boolean } & Activation)
  | ({ type: 'leak.detected'; customers: number; records?: number; sensitive?: boolean; vector?: (typeof LEAK_VECTORS)[number]; ongoing?: boolean } & Activation)
  | ({ type: 'system.failure'; system: string; transactionsAffected: boolean; customerServiceAffected: boolean; dataLoss?: boolean; expectedHours: number } & Activation)
  | ({ type: 'compliance.breach'; rule: string; discoveredBy?: (typeof BREACH_FINDERS)[number]; penaltyExposure?: number } & Activation)
  | { type: 'support.needed'; team: string; skill?: string }
  | { type: 'resources.requested'; team: string; resource?: string }
  | { type: 'customers.complaint'; count?: number; topic?: string }
  | { type: 'media.inquiry'; outlet: string; topic?: string }
  | { type: 'regulator.inquiry'; regulator?: string; question?: string; replyBy?: string }
  | { type: 'system.restored'; system?: string }
  | { type: 'incident.closed' }
  | ActionTakenEvent

type DetectionType = 'fraud.detected' | 'leak.detected' | 'system.failure' | 'compliance.breach'
const DETECTIONS: readonly DetectionType[] = ['fraud.detected', 'leak.detected', 'system.failure', 'compliance.breach']

const parts = planMachineParts<FinancialIncidentEvent>(financialIncidentPlan)

const holds = (when: Condition) => ({ type: 'holds', params: { when } }) as const
const performs = (expectation: string) => ({ type: 'performs', params: { expectation } }) as const
/** This event detects an incident of the given type (any type if omitted) for which activation is expected (pr-fin-01). */
const activates = (type?: DetectionType) => ({ type: 'activates', params: { type } }) as const

// 四.1–四.2: every detection is reported and met on; the activation decision is armed by the type's track, so that a
// near-miss (activationExpected: false) owes the report and the meeting but no activation (pr-fin-01).
const TRIAGE = ['report-to-command', 'command-meeting']
const FRAUD = ['activation-decision', 'freeze-accounts', 'notify-fraud-customers', 'collect-fraud-evidence']
const LEAK = ['activation-decision', 'assess-leak', 'block-leak', 'notify-leak-customers']
const SYSTEM = ['activation-decision', 'locate-fault', 'recovery-plan', 'execute-recovery']
const COMPLIANCE = ['activation-decision', 'compliance-response']

/** A team track (四.3): armed when its type is detected with activation expected; later detections of other types arm theirs. */
const track = (event: DetectionType, ids: readonly string[], active: object = {}) => ({
  initial: 'check',
  states: {
    check: { always: [{ guard: activates(event), target: 'active' }, { target: 'none' }] },
    none: { on: { [event]: { guard: activates(event), target: 'active' } } },
    active: { ...armed(ids), ...active },
  },
})

const close = { 'incident.closed': { target: '#financial-incident.closed' } } as const
const toEnd = { 'action.taken': { guard: performs('declare-end'), target: '#financial-incident.closed' } } as const
const openEnd = Object.fromEntries(
  DETECTIONS.map((t) => [t, t === 'system.failure' ? { guard: activates(t), target: 'awaitingRestore' } : { guard: activates(t), target: 'open' }]),
)
const reportAgain = Object.fromEntries(DETECTIONS.map((t) => [t, { target: 'reported', reenter: true }]))
const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true } as const

export const financialIncidentMachine = setup({
  types: {} as { context: PlanContext; events: FinancialIncidentEvent; input: PlanInput },
  actions: parts.actions,
  guards: {
    ...parts.guards,
    activates: ({ event }, params: { type?: DetectionType }) =>
      (DETECTIONS as readonly string[]).includes(event.type) &&
      (params.type === undefined || event.type === params.type) &&
      (event as { activationExpected?: boolean }).activationExpected !== false,
    setsReplyDeadline: ({ event }) => event.type === 'regulator.inquiry' && typeof event.replyBy === 'string',
  },
}).createMachine({
  id: 'financial-incident',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: Object.fromEntries(DETECTIONS.map((t) => [t, { target: 'incident', actions: 'recordFacts' }])),
    },
    incident: {
      type: 'parallel',
      states: {
        // Later facts are merged once here (the regulator's reply deadline, system data for the backup rule).
        facts: {
          initial: 'recording',
          states: {
            recording: {
              on: {
                ...Object.fromEntries(DETECTIONS.map((t) => [t, { actions: 'recordFacts' }])),
                'regulator.inquiry': { actions: 'recordFacts' },
              },
            },
          },
        },
        // 四.1–四.2: report, meeting — again for every new detection (a new type is a new incident to report).
        // Each region re-enters its own child (a sibling transition), so that its domain is the region.
        triage: {
          initial: 'reported',
          states: { reported: { ...armed(TRIAGE), on: reportAgain } },
        },
        // 四.3 金融詐騙
        fraud: track('fraud.detected', FRAUD),
        // 四.3 信息泄露
        leak: track('leak.detected', LEAK),
        // 四.3 系統故障, with the backup when necessary (pr-fin-06)
        system: track('system.failure', SYSTEM, {
          initial: 'backupCheck',
          states: {
            backupCheck: { always: [{ guard: holds(BACKUP_REQUIRED), target: 'backup' }, { target: 'noBackup' }] },
            backup: { ...armed(['activate-backup']) },
            noBackup: { on: { 'system.failure': { guard: holds(BACKUP_REQUIRED), target: 'backup' } } },
          },
        }),
        // 二.4 compliance: the Legal Department under the CRO (pr-fin-02)
        compliance: track('compliance.breach', COMPLIANCE),
        // 四.4 logistics: each request or signalled need starts its own clock.
        resources: {
          initial: 'idle',
          states: {
            idle: { on: { 'resources.requested': { target: 'requested' } } },
            requested: { ...armed(['allocate-resources']), on: { 'resources.requested': { target: 'requested', reenter: true } } },
          },
        },
        support: {
          initial: 'idle',
          states: {
            idle: { on: { 'support.needed': { target: 'needed' } } },
            needed: { ...armed(['external-support']), on: { 'support.needed': { target: 'needed', reenter: true } } },
          },
        },
        // pr-fin-11: only a regulator inquiry with a reply deadline is scored.
        regulator: {
          initial: 'quiet',
          states: {
            quiet: { on: { 'regulator.inquiry': regulatorAsks } },
            inquiry: { ...armed(['regulator-reply']), on: { 'regulator.inquiry': regulatorAsks } },
          },
        },
        // The phases as the response moves through them: activation opens the response (四.2 → 四.3), the recovery plan
        // or the restored system the recovery.
        phase: {
          initial: 'initial',
          states: {
            initial: { meta: { phase: 'initial' }, on: { 'action.taken': { guard: performs('activation-decision'), target: 'response' }, 'system.restored': { target: 'recovery' } } },
            response: { meta: { phase: 'response' }, on: { 'action.taken': { guard: performs('recovery-plan'), target: 'recovery' }, 'system.restored': { target: 'recovery' } } },
            recovery: { meta: { phase: 'recovery' } },
          },
        },
        // pr-fin-08: the command group declares the end once something was activated, and for a system failure once the
        // system works again. A near-miss (nothing activated) is closed by the scenario, and no team owes a wrap-up.
        // Approximation: a system failure detected after the declaration was armed (another type came first) does not
        // withdraw it, since leaving `open` would make the pending declaration fall due at once.
        // Once the end is declared the chart is final: later detections belong to a new incident (a new drill).
        end: {
          initial: 'check',
          states: {
            check: {
              always: [
                { guard: activates('system.failure'), target: 'awaitingRestore' },
                { guard: activates(), target: 'open' },
                { target: 'idle' },
              ],
            },
            idle: { on: { ...openEnd, 'incident.closed': { target: '#financial-incident.closedNearMiss' } } },
            awaitingRestore: { on: { 'system.restored': { target: 'open' }, ...close } },
            open: { ...armed(['declare-end']), on: { ...toEnd, ...close } },
          },
        },
      },
    },
    // 四.5, 四.6: team wrap-ups and the summary report run from the end (the ledger keeps matching after the chart is done).
    closed: {
      type: 'final',
      ...armed(['team-wrap-up', 'summary-report'], { phase: 'post' }),
    },
    // A near-miss that activated nothing: no team owes a wrap-up; the summary report is still owed (四.6).
    closedNearMiss: {
      type: 'final',
      ...armed(['summary-report'], { phase: 'post' }),
    },
  },
})
