/** Statechart for the financial-institution incident plan; deadlines, roles and texts live in ./plan.ts. */
import { and, assign, setup } from 'xstate'
import { ARM_ACTION, armed, expectationId as E, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, ArmParams, Condition, PlanContext, PlanInput } from '../../engine/index.ts'
import { BACKUP_REQUIRED, DETECTION_EVENTS, END_CRITERIA, INCIDENT_TYPES, WRAP_UPS, financialIncidentPlan } from './plan.ts'
import type { BREACH_FINDERS, FRAUD_CHANNELS, IncidentType, LEAK_VECTORS } from './plan.ts'

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

// 四.1–四.2: the report and the meeting are owed for each new incident (a type not yet reported, or a near-miss of
// that type turning real, pr-fin-15); the activation and its instructions are armed by the type's track, so that a
// near-miss (activationExpected: false) owes the report and the meeting but nothing after them (pr-fin-01, pr-fin-14).
const TRIAGE = ['report-to-command', 'command-meeting']
const FRAUD = ['collect-fraud-evidence', 'fraud-evidence-complete']
const FRAUD_AGAIN = ['freeze-accounts', 'notify-fraud-customers']
const LEAK = ['assess-leak', 'block-leak']
const LEAK_AGAIN = ['notify-leak-customers']
const SYSTEM = ['locate-fault', 'recovery-plan', 'execute-recovery']
const COMPLIANCE = ['compliance-response']
const DECIDE = ['activation-decision', 'issue-instructions']

/** The fact that records how a type was seen: `active` once a detection of it activates, else `near-miss`. */
const seenKey = (type: string) => `seen:${type}`
const isDetection = (type: string): type is DetectionType => (DETECTIONS as readonly string[]).includes(type)
const activationExpected = (event: { type: string }) => (event as { activationExpected?: boolean }).activationExpected !== false

/**
 * A team track (四.3): armed when its type is detected with activation expected. `again` holds the steps a further
 * detection of the same type owes anew (the newly suspected accounts, the newly affected customers, pr-fin-15).
 */
const track = (event: DetectionType, ids: readonly string[], again: readonly string[] = [], active: object = {}) => ({
  initial: 'check',
  states: {
    check: { always: [{ guard: activates(event), target: 'active' }, { target: 'none' }] },
    none: { on: { [event]: { guard: activates(event), target: 'active' } } },
    active: {
      ...armed([...DECIDE, ...ids]),
      ...(again.length > 0
        ? { initial: 'scope', states: { scope: { ...armed(again), on: { [event]: { target: 'scope', reenter: true } } } } }
        : {}),
      ...active,
    },
  },
})

const close = { 'incident.closed': { target: '#financial-incident.closed' } } as const
// pr-fin-08: the declaration ends handling only once the activated teams are done; an earlier one is scored out of
// order (the ledger names the open steps) and a new declaration is owed.
const toEnd = {
  'action.taken': [
    { guard: and([performs('declare-end'), 'teamsDone']), target: '#financial-incident.closed' },
    { guard: performs('declare-end'), target: 'open', reenter: true },
  ],
} as const
const openEnd = Object.fromEntries(
  DETECTIONS.map((t) => [t, t === 'system.failure' ? { guard: activates(t), target: 'awaitingRestore' } : { guard: activates(t), target: 'open' }]),
)
const reportAgain = Object.fromEntries(DETECTIONS.map((t) => [t, { guard: 'newIncident', target: 'reported', reenter: true }]))
const regulatorAsks = { guard: 'setsReplyDeadline', target: 'inquiry', reenter: true } as const
const noteFacts = ['recordFacts', 'noteDetection'] as const

/**
 * 四.5, 四.6 at the end: the summary report, and the wrap-up of each team that was activated (「各小組」, F1). The state
 * documents every wrap-up it may arm (`meta`); its entry arms those of the types whose track went active.
 */
const POST = ['summary-report', ...INCIDENT_TYPES.map((t) => WRAP_UPS[t])]
const wasActivated = (facts: PlanContext['facts'], type: IncidentType) => facts[seenKey(DETECTION_EVENTS[type])] === 'active'
const armPost = {
  type: ARM_ACTION,
  params: ({ context }: { context: PlanContext }): ArmParams => ({
    ids: [E('summary-report'), ...INCIDENT_TYPES.filter((t) => wasActivated(context.facts, t)).map((t) => WRAP_UPS[t])],
  }),
}

export const financialIncidentMachine = setup({
  types: {} as { context: PlanContext; events: FinancialIncidentEvent; input: PlanInput },
  actions: {
    ...parts.actions,
    noteDetection: assign<PlanContext, FinancialIncidentEvent, undefined, FinancialIncidentEvent, never>({
      facts: ({ context, event }) =>
        isDetection(event.type)
          ? { ...context.facts, [seenKey(event.type)]: context.facts[seenKey(event.type)] === 'active' || activationExpected(event) ? 'active' : 'near-miss' }
          : context.facts,
    }),
  },
  guards: {
    ...parts.guards,
    activates: ({ event }, params: { type?: DetectionType }) =>
      isDetection(event.type) && (params.type === undefined || event.type === params.type) && activationExpected(event),
    /** A detection of a type not reported yet, or a near-miss of that type now turning real (pr-fin-15). */
    newIncident: ({ context, event }) => {
      if (!isDetection(event.type)) return false
      const seen = context.facts[seenKey(event.type)]
      return seen === undefined || (seen === 'near-miss' && activationExpected(event))
    },
    /** Every activated team has met its response steps of 四.3 (pr-fin-08), the backup only where it is required (pr-fin-06). */
    teamsDone: ({ context, event }) => {
      if (event.type !== 'action.taken') return false
      const met = event.met ?? []
      const backup = parts.guards.holds({ context, event }, { when: BACKUP_REQUIRED })
      return INCIDENT_TYPES.every(
        (type) =>
          !wasActivated(context.facts, type) ||
          END_CRITERIA[type].every((id) => met.includes(id) || (id === 'activate-backup' && !backup)),
      )
    },
    setsReplyDeadline: ({ event }) => event.type === 'regulator.inquiry' && typeof event.replyBy === 'string',
  },
}).createMachine({
  id: 'financial-incident',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: Object.fromEntries(DETECTIONS.map((t) => [t, { target: 'incident', actions: noteFacts }])),
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
                ...Object.fromEntries(DETECTIONS.map((t) => [t, { actions: noteFacts }])),
                'regulator.inquiry': { actions: 'recordFacts' },
              },
            },
          },
        },
        // 四.1–四.2: report, meeting — again for each new incident (pr-fin-15).
        // Each region re-enters its own child (a sibling transition), so that its domain is the region.
        triage: {
          initial: 'reported',
          states: { reported: { ...armed(TRIAGE), on: reportAgain } },
        },
        // 四.3 金融詐騙
        fraud: track('fraud.detected', FRAUD, FRAUD_AGAIN),
        // 四.3 信息泄露
        leak: track('leak.detected', LEAK, LEAK_AGAIN),
        // 四.3 系統故障, with the backup when necessary (pr-fin-06)
        system: track('system.failure', SYSTEM, [], {
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
        // system works again; the declaration closes the chart only when the activated teams are done (`teamsDone`).
        // A near-miss (nothing activated) is closed by the scenario, and nothing after the meeting is owed (pr-fin-14).
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
    // 四.5, 四.6: each activated team's wrap-up and the summary report run from the end (the ledger keeps matching
    // after the chart is done).
    closed: { type: 'final', meta: { expectations: POST, phase: 'post' }, entry: [armPost] },
    // A near-miss that activated nothing: the plan never ran, so no wrap-up and no summary report is owed (pr-fin-14).
    closedNearMiss: { type: 'final', meta: { phase: 'post' } },
  },
})
