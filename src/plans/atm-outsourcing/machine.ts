/** Statechart for the ATM outsourced-service plan (seed 003, 第2篇 + 第3篇); deadlines, roles and texts live in ./plan.ts. */
import { and, assign, setup } from 'xstate'
import { ARM_ACTION, armed, durationOf, initialPlanContext, mergeFacts, planMachineParts } from '../../engine/index.ts'
import type { ActionTakenEvent, Condition, ExpectationId, Facts, PlanContext, PlanInput } from '../../engine/index.ts'
import { ATTACK, CUSTOMERS_AFFECTED, DAMAGE_EVIDENCE, EQUIPMENT_DAMAGED, NEEDS_ISOLATION, NEEDS_POWER, NEEDS_SHUT_DOWN, ON_SITE, TYPES_FACT, atmOutsourcingPlan } from './plan.ts'
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
const hasMet = (...expectations: string[]) => ({ type: 'hasMet', params: { expectations } }) as const
/** Arms an expectation when a request arrives (a transition action the drill runner reads like a state's entry). */
const arm = (id: string) => ({ type: ARM_ACTION, params: { ids: [id] as ExpectationId[] } }) as const
const levelIn = (...levels: string[]) => ({ type: 'levelIn', params: { levels } }) as const

/** Facts after an incident event: its fields, plus every type reported so far in `types` (AO-6: an update adds a type). */
function incidentFacts(facts: Facts, event: { type: string }): Facts {
  const next = mergeFacts(facts, event)
  const before = Array.isArray(facts[TYPES_FACT]) ? (facts[TYPES_FACT] as string[]) : []
  const t = next.incidentType
  return typeof t === 'string' && !before.includes(t) ? { ...next, [TYPES_FACT]: [...before, t] } : { ...next, [TYPES_FACT]: before }
}

/** A provider deadline (pr-ato-04(4)) in milliseconds: the parameter's calendar time. */
const providerDelay = (id: 'vendorAckWithin' | 'vendorSla') => ({ context }: { context: PlanContext }) => {
  const d = durationOf(String(context.params[id]))
  return d.ms + d.workingDays * 86_400_000 + d.months * 30 * 86_400_000
}

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
const MAJOR = ['report-incident', 'activate-plan', 'analyse-and-plan', 'external-liaison', 'reassure-customers', 'recovery-plan', 'report-upward']
const POST = ['team-report', 'investigation-findings', 'accountability', 'summary-evaluation', 'revise-plan', 'schedule-drill']
const MAJOR_STATE = '#atm-outsourcing.incident.severity.major'

const testFailed = { guard: 'testFailed', target: 'down' } as const
// 003/3 四.4(1)–(2): the end is declared once the working group has confirmed the restoration (end criteria).
const declareEnd = { guard: and([performs('declare-end'), hasMet('confirm-restored')]), target: '#atm-outsourcing.closedMajor' } as const
/** pr-ato-14: restoring (the working group's or the provider's `restore-service`) closes the evidence-first window. */
const restoring = { guard: performs('restore-service'), target: 'serviceBack' } as const
/** pr-ato-04(4): the provider missed a deadline; the breach becomes a fact, so the grading agrees with the chart. */
const breach = (reason: 'no-ack' | 'no-fix') => ({ type: 'noteBreach', params: { reason } }) as const

export const atmOutsourcingMachine = setup({
  types: {} as { context: PlanContext; events: AtmOutsourcingEvent; input: PlanInput },
  actions: {
    ...parts.actions,
    recordIncident: assign({ facts: ({ context, event }) => incidentFacts(context.facts, event) }),
    noteAck: assign({ facts: ({ context }) => ({ ...context.facts, vendorAcknowledged: true }) }),
    noteBreach: assign({ facts: ({ context }, params: { reason: 'no-ack' | 'no-fix' }) => ({ ...context.facts, reason: params.reason }) }),
  },
  delays: {
    vendorAck: providerDelay('vendorAckWithin'),
    vendorSla: providerDelay('vendorSla'),
  },
  guards: {
    ...parts.guards,
    /** The level already reached is one of these. */
    levelIn: ({ context }, params: { levels: readonly string[] }) => context.level !== null && params.levels.includes(context.level),
    testFailed: ({ event }) => event.type === 'atm.test-result' && event.passed === false,
    testPassed: ({ event }) => event.type === 'atm.test-result' && event.passed === true,
    acknowledged: ({ context }) => context.facts.vendorAcknowledged === true,
  },
}).createMachine({
  id: 'atm-outsourcing',
  context: initialPlanContext,
  initial: 'monitoring',
  states: {
    monitoring: {
      meta: { phase: 'initial' },
      on: { 'atm.incident': { target: 'incident', actions: 'recordIncident' } },
    },
    incident: {
      type: 'parallel',
      on: {
        'incident.closed': [{ guard: levelIn('major'), target: 'closedMajor' }, { target: 'closedGeneral' }],
      },
      states: {
        // 003/3 四.1: the duty desk triages every incident, and again on every update, except an update that makes a
        // general fault major: that calls for the report at once (pr-ato-10, AO-1). The region re-enters its own child,
        // so that only the triage is re-armed.
        triage: {
          initial: 'watching',
          states: {
            watching: {
              ...armed(['triage-incident'], { phase: 'initial' }),
              on: {
                'atm.incident-updated': [
                  { guard: and([levelIn('general'), gradesAs('major')]), actions: 'recordIncident' },
                  { target: 'watching', reenter: true, actions: 'recordIncident' },
                ],
                'vendor.sla-breached': { actions: 'recordFacts' },
                'vendor.acknowledged': { actions: 'noteAck' },
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
              initial: 'awaitingNotice',
              states: {
                awaitingNotice: {
                  on: { 'action.taken': { guard: performs('notify-vendor'), target: 'notified' }, 'atm.service-restored': { target: 'restored' } },
                },
                // pr-ato-04(4), AO-8: from the notice the provider has vendorAckWithin to acknowledge and vendorSla to
                // restore; missing either makes the incident major. The acknowledgement or the restoration stops the clock.
                notified: {
                  initial: 'check',
                  after: { vendorSla: { target: MAJOR_STATE, actions: breach('no-fix') } },
                  on: { 'atm.service-restored': { target: 'restored' } },
                  states: {
                    check: { always: [{ guard: 'acknowledged', target: 'acknowledged' }, { target: 'awaitingAck' }] },
                    awaitingAck: {
                      after: { vendorAck: { target: MAJOR_STATE, actions: breach('no-ack') } },
                      on: { 'vendor.acknowledged': { target: 'acknowledged' } },
                    },
                    acknowledged: {},
                  },
                },
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
                // 003/2 五.3(1): evidence first for attacks (critical) and damage, due when restoring starts; in
                // parallel, before the end, otherwise (pr-ato-14, AO-3, AO-4).
                investigation: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(ATTACK), target: 'attack' }, { guard: holds(DAMAGE_EVIDENCE), target: 'damage' }, { target: 'alongside' }] },
                    alongside: {
                      ...armed(['open-investigation-parallel']),
                      on: { 'atm.incident-updated': [{ guard: holds(ATTACK), target: 'attack' }, { guard: holds(DAMAGE_EVIDENCE), target: 'damage' }] },
                    },
                    attack: { ...armed(['open-investigation']), on: { 'action.taken': restoring, 'atm.service-restored': { target: 'serviceBack' } } },
                    damage: {
                      ...armed(['open-investigation-damage']),
                      on: { 'action.taken': restoring, 'atm.service-restored': { target: 'serviceBack' }, 'atm.incident-updated': { guard: holds(ATTACK), target: 'attack' } },
                    },
                    serviceBack: {},
                  },
                },
                // 003/3 四.2(2), 四.3(1): on site within 1h of activation and work at once, from the arrival (pr-ato-12, AO-2).
                onsite: {
                  initial: 'check',
                  states: {
                    check: { always: [{ guard: holds(ON_SITE), target: 'required' }, { target: 'remote' }] },
                    remote: {},
                    required: { ...armed(['dispatch-team', 'arrive-on-site', 'onsite-handling']), on: { 'action.taken': { guard: performs('arrive-on-site'), target: 'onSite' } } },
                    onSite: { ...armed(['status-on-arrival']) },
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
                // 003/3 四.3(2), pr-ato-18: while service is down and on-site handling is needed, status reports at least
                // hourly, and one when service is back; hourly again after a failed test. The hours run from the escalation
                // (or the failed test), not from the arrival: an earlier arrival must never owe more reports.
                recovery: {
                  initial: 'down',
                  states: {
                    down: {
                      ...armed(['restore-service']),
                      initial: 'check',
                      states: {
                        check: { always: [{ guard: holds(ON_SITE), target: 'reporting' }, { target: 'quiet' }] },
                        quiet: { on: { 'atm.service-restored': { target: '#atm-outsourcing.incident.severity.major.recovery.restored' } } },
                        reporting: {
                          ...armed(['status-reports']),
                          meta: { expectations: ['status-reports', 'status-on-restoration'] },
                          on: { 'atm.service-restored': { target: '#atm-outsourcing.incident.severity.major.recovery.restored', actions: arm('status-on-restoration') } },
                        },
                      },
                    },
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
                // 003/3 四.3(3): each materials request is answered in its own window (major only, pr-ato-03).
                logistics: {
                  initial: 'listening',
                  states: {
                    listening: {
                      meta: { expectations: ['supply-materials'] },
                      on: { 'logistics.request': { actions: arm('supply-materials') } },
                    },
                  },
                },
              },
            },
          },
        },
        // 003/2 四.3, 五.1(3): the coordination department answers each government request and media inquiry, at any
        // level (its standing remit, AO-14). The request arms its expectation on the transition itself, so the region keeps
        // one resting state.
        requests: {
          initial: 'listening',
          states: {
            listening: {
              meta: { expectations: ['answer-government', 'answer-media'] },
              on: {
                'government.request': { actions: arm('answer-government') },
                'media.inquiry': { actions: arm('answer-media') },
              },
            },
          },
        },
      },
    },
    // A general fault ends when the scenario closes it; nothing is owed afterwards.
    closedGeneral: { type: 'final', meta: { phase: 'post' } },
    // 003/2 五.3, 五.5 and 003/3 四.4(3): reports, investigation, accountability, evaluation (the ledger keeps matching after the
    // chart is done). Armed on entry with no disarming exit: the drill never leaves this state, so its duties stay current
    // (an act after the end goes to them, not to a duty of the response left open, AO-9).
    closedMajor: { type: 'final', meta: { expectations: POST, phase: 'post' }, entry: [{ type: ARM_ACTION, params: { ids: POST as ExpectationId[] } }] },
  },
})
