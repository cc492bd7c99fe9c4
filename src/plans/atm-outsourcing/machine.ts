/** Statechart for the ATM outsourced-service plan (seed 003, 第2篇 + 第3篇); deadlines, roles and texts live in ./plan.ts. */
import { setup } from 'xstate'
import { ARM_ACTION, armed, initialPlanContext, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, Condition, ExpectationId, PlanContext, PlanInput } from '../../engine/index.ts'
import { CUSTOMERS_AFFECTED, EQUIPMENT_DAMAGED, EVIDENCE_FIRST, NEEDS_ISOLATION, NEEDS_POWER, NEEDS_SHUT_DOWN, ON_SITE, atmOutsourcingPlan } from './plan.ts'
import type { ATTACK_VECTORS, DAMAGE_CAUSES, DISASTER_KINDS, INCIDENT_TYPES, INITIAL_MEASURES, SLA_REASONS } from './plan.ts'

type IncidentFacts = {
  incidentType?: (typeof INCIDENT_TYPES)[number]
  atms?: number
  sites?: number
  siteDown?: boolean
  security?: boolean
  symptom?: string
  vendor?: string
  detectedBy?: 'duty-desk' | 'vendor' | 'branch' | 'customer'
  vector?: (typeof ATTACK_VECTORS)[number]
  cashLoss?: number
  cause?: (typeof DAMAGE_CAUSES)[number]
  estimatedLoss?: number
  expectedHours?: number
  kind?: (typeof DISASTER_KINDS)[number]
  injuries?: boolean
  damaged?: boolean
  centralOnly?: boolean
  customerImpact?: boolean
  measures?: (typeof INITIAL_MEASURES)[number][]
}

export type AtmOutsourcingEvent =
  | ({ type: 'atm.incident'; incidentType: (typeof INCIDENT_TYPES)[number]; atms: number } & IncidentFacts)
  | ({ type: 'atm.incident-updated' } & IncidentFacts)
  | { type: 'vendor.acknowledged'; eta?: string }
  | { type: 'vendor.sla-breached'; reason: (typeof SLA_REASONS)[number] }
  | { type: 'logistics.request'; item?: string }
  | { type: 'atm.service-restored'; atms?: number }
  | { type: 'atm.test-result'; passed: boolean; reason?: string }
  | { type: 'atm.equipment-replaced'; atms?: number }
  | { type: 'government.request'; agency?: string; request?: string }
  | { type: 'media.inquiry'; outlet: string; topic?: string }
  | { type: 'customers.complaint'; count?: number; channel?: 'branch' | 'hotline' | 'app' | 'social-media' }
  | { type: 'incident.closed' }
  | ActionTakenEvent

const parts = planMachineParts<AtmOutsourcingEvent>(atmOutsourcingPlan)

const holds = (when: Condition) => ({ type: 'holds', params: { when } }) as const
const gradesAs = (level: string) => ({ type: 'gradesAs', params: { level } }) as const
const performs = (expectation: string) => ({ type: 'performs', params: { expectation } }) as const
/** Arms an expectation when a request arrives (a transition action the drill runner reads like a state's entry). */
const arm = (id: string) => ({ type: ARM_ACTION, params: { ids: [id] as ExpectationId[] } }) as const
const levelIn = (...levels: string[]) => ({ type: 'levelIn', params: { levels } }) as const

/** A region that arms `ids` when `when` holds at the start of the major response, or once an update makes it hold. */
const whenHolds = (when: Condition, ids: readonly string[]) => ({
  initial: 'check',
  states: {
    check: { always: [{ guard: holds(when), target: 'needed' }, { target: 'notNeeded' }] },
    notNeeded: { on: { 'atm.incident-updated': { guard: holds(when), target: 'needed' } } },
    needed: { ...armed(ids) },
  },
})

// 003/2 五.1–五.2 and 003/3 四.2–四.3: the response the leadership group's activation starts (major incidents only, pr-ato-03).
const MAJOR = ['report-incident', 'activate-plan', 'analyse-and-plan', 'external-liaison', 'reassure-customers', 'recovery-plan']
const POST = ['team-report', 'investigation-findings', 'accountability', 'summary-evaluation', 'revise-plan', 'schedule-drill']

const testFailed = { guard: 'testFailed', target: 'down' } as const
const declareEnd = { guard: performs('declare-end'), target: '#atm-outsourcing.closedMajor' } as const

export const atmOutsourcingMachine = setup({
  types: {} as { context: PlanContext; events: AtmOutsourcingEvent; input: PlanInput },
  actions: parts.actions,
  guards: {
    ...parts.guards,
    /** The level already reached is one of these. */
    levelIn: ({ context }, params: { levels: readonly string[] }) => context.level !== null && params.levels.includes(context.level),
    testFailed: ({ event }) => event.type === 'atm.test-result' && event.passed === false,
    testPassed: ({ event }) => event.type === 'atm.test-result' && event.passed === true,
  },
}).createMachine({
  id: 'atm-outsourcing',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: { 'atm.incident': { target: 'incident', actions: 'recordFacts' } },
    },
    incident: {
      type: 'parallel',
      on: {
        'incident.closed': [{ guard: levelIn('major'), target: 'closedMajor' }, { target: 'closedGeneral' }],
      },
      states: {
        // 003/3 四.1: the duty desk triages every incident, and again on every update or provider failure (pr-ato-10).
        // The region re-enters its own child, so that only the triage is re-armed.
        triage: {
          initial: 'watching',
          states: {
            watching: {
              ...armed(['triage-incident'], { phase: 'initial' }),
              on: {
                'atm.incident-updated': { target: 'watching', reenter: true, actions: 'recordFacts' },
                'vendor.sla-breached': [
                  { guard: levelIn('general'), target: 'watching', reenter: true, actions: 'recordFacts' },
                  { actions: 'recordFacts' },
                ],
              },
            },
          },
        },
        // pr-ato-03, pr-ato-04: general faults go to the provider; major ones to the leadership group. Levels only rise (pr-ato-10).
        severity: {
          initial: 'grading',
          states: {
            grading: { always: [{ guard: gradesAs('major'), target: 'major' }, { target: 'general' }] },
            general: {
              ...armed(['notify-vendor'], { level: 'general' }),
              on: {
                'atm.incident-updated': { guard: gradesAs('major'), target: 'major' },
                'vendor.sla-breached': { guard: gradesAs('major'), target: 'major' },
              },
              initial: 'withVendor',
              states: {
                withVendor: { on: { 'atm.service-restored': { target: 'restored' } } },
                // pr-ato-11: the duty desk verifies the provider's repair.
                restored: { ...armed(['verify-vendor-fix'], { phase: 'recovery' }) },
              },
            },
            major: {
              type: 'parallel',
              ...armed(MAJOR, { level: 'major', phase: 'response' }),
              states: {
                // 003/2 五.2(1) by type (pr-ato-05); a second type reported by an update adds its measure.
                shutDown: whenHolds(NEEDS_SHUT_DOWN, ['initial-shut-down']),
                isolation: whenHolds(NEEDS_ISOLATION, ['initial-isolate']),
                power: whenHolds(NEEDS_POWER, ['initial-restore-power']),
                // 003/2 五.2(2), 五.4(3): damaged equipment is surveyed, assessed, and repaired or replaced by the provider.
                damage: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(EQUIPMENT_DAMAGED), target: 'damaged' }, { target: 'intact' }] },
                    intact: { on: { 'atm.incident-updated': { guard: holds(EQUIPMENT_DAMAGED), target: 'damaged' } } },
                    damaged: { ...armed(['survey-and-assess-loss', 'repair-equipment']), on: { 'atm.equipment-replaced': { target: 'replaced' } } },
                    replaced: {},
                  },
                },
                // 003/2 五.3(1): evidence first for attacks and damage, in parallel otherwise (pr-ato-14).
                investigation: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(EVIDENCE_FIRST), target: 'evidenceFirst' }, { target: 'alongside' }] },
                    alongside: { ...armed(['open-investigation-parallel']), on: { 'atm.incident-updated': { guard: holds(EVIDENCE_FIRST), target: 'evidenceFirst' } } },
                    evidenceFirst: { ...armed(['open-investigation']) },
                  },
                },
                // 003/3 四.2(2), 四.3(1): on site within 1h of activation and work at once (pr-ato-12).
                onsite: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(ON_SITE), target: 'required' }, { target: 'remote' }] },
                    remote: {},
                    required: { ...armed(['dispatch-team', 'onsite-handling']), on: { 'action.taken': { guard: performs('dispatch-team'), target: 'onSite' } } },
                    onSite: { on: { 'atm.service-restored': { target: 'done' } } },
                    done: {},
                  },
                },
                // 003/3 四.3(2): hourly status reports from when on-site handling is required until service is back. The
                // hours run from the escalation, not from the team's arrival: an earlier arrival must never owe more reports.
                status: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(ON_SITE), target: 'reporting' }, { target: 'none' }] },
                    none: {},
                    reporting: { ...armed(['status-reports']), on: { 'atm.service-restored': { target: 'over' } } },
                    over: {},
                  },
                },
                // 003/3 八: public information when customers are affected, with an update at restoration (pr-ato-13).
                public: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(CUSTOMERS_AFFECTED), target: 'affected' }, { target: 'unaffected' }] },
                    unaffected: {},
                    // The restoration update is armed by the event itself (one resting state fewer for the chart).
                    affected: {
                      ...armed(['publish-info']),
                      meta: { expectations: ['publish-info', 'publish-restoration'] },
                      on: { 'atm.service-restored': { actions: arm('publish-restoration') } },
                    },
                  },
                },
                // 003/2 五.4, 003/3 四.4: restore, confirm (a failed test goes back), then the end (pr-ato-16).
                recovery: {
                  initial: 'down',
                  states: {
                    down: { ...armed(['restore-service']), on: { 'atm.service-restored': { target: 'restored' } } },
                    restored: {
                      ...armed(['confirm-restored'], { phase: 'recovery' }),
                      // The confirmation passes or fails by the test outcome the scenario injects (atm.test-result).
                      on: { 'atm.test-result': [testFailed, { guard: 'testPassed', target: 'confirmed' }] },
                    },
                    confirmed: {
                      ...armed(['declare-end'], { phase: 'recovery' }),
                      on: { 'atm.test-result': testFailed, 'action.taken': declareEnd },
                    },
                  },
                },
                // 003/2 五.1(3), 四.3 and 003/3 四.3(3): each government request, media inquiry or materials request is
                // answered in its own window. The request arms its expectation on the transition itself, so the region keeps
                // one resting state (the chart does not multiply its configurations by the last request received).
                requests: {
                  initial: 'listening',
                  states: {
                    listening: {
                      meta: { expectations: ['answer-government', 'answer-media', 'supply-materials'] },
                      on: {
                        'government.request': { actions: arm('answer-government') },
                        'media.inquiry': { actions: arm('answer-media') },
                        'logistics.request': { actions: arm('supply-materials') },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    // A general fault ends when the scenario closes it; nothing is owed afterwards.
    closedGeneral: { type: 'final', meta: { phase: 'post' } },
    // 003/2 五.3, 五.5 and 003/3 四.4(3): reports, investigation, accountability, evaluation (the ledger keeps matching after the chart is done).
    closedMajor: { type: 'final', ...armed(POST, { phase: 'post' }) },
  },
})
