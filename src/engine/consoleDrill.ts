/**
 * A tabletop drill run from the trainer's console: the scenario, the console record (team actions, which the trainer
 * may log at an earlier simulated time or correct later), the clock and the trainer's interventions on the script.
 * The drill is always rebuilt from these, so an entry logged late or corrected scores exactly as if it had been
 * logged live; the console keeps no derived state. Also the public projection the room's projector shows.
 */
import { consoleParticipants, drillActions } from './console.ts'
import type { ConsoleRecord } from './console.ts'
import { restoreDrill } from './drillActor.ts'
import type { AdhocSpec, DrillRecord, DrillState } from './drillActor.ts'
import type { DrillOptions } from './drillRunner.ts'
import type { Plan } from './model.ts'
import { PHASES } from './model.ts'
import type { Scenario } from './scenario.ts'
import { selectDrillView } from './drillView.ts'
import type { Bilingual, SimTime } from './types.ts'

/** A trainer's move on the script at a simulated time (the console orders them among team actions by time). */
export type ConsoleIntervention =
  | { readonly kind: 'deliver' | 'hold'; readonly at: number; readonly inject: string }
  | { readonly kind: 'adhoc'; readonly at: number; readonly inject: AdhocSpec }

export interface ConsoleDrill {
  readonly console: ConsoleRecord
  /** The simulated clock (ms since the scenario start). */
  readonly now: number
  readonly interventions: readonly ConsoleIntervention[]
  readonly ended: boolean
}

/**
 * The drill record to replay: team actions in time order; each intervention after the actions logged at or before its
 * time (an action and an intervention at the same instant: the action first).
 */
export function consoleDrillRecord(d: ConsoleDrill): DrillRecord {
  const actions = drillActions(d.console)
  const interventions = [...d.interventions]
    .map((iv, i) => ({ iv, i }))
    .sort((a, b) => a.iv.at - b.iv.at || a.i - b.i)
    .map(({ iv }) => ({ ...iv, at: iv.at as SimTime, afterActions: actions.filter((a) => a.at <= iv.at).length }))
  const now = Math.max(d.now, ...actions.map((a) => a.at), ...interventions.map((iv) => iv.at)) as SimTime
  return {
    scenarioId: d.console.scenarioId,
    planId: d.console.planId,
    now,
    actions,
    participants: consoleParticipants(d.console),
    ended: d.ended,
    ...(interventions.length > 0 ? { interventions } : {}),
  }
}

/** Rebuilds the console's drill (and, when ended, its evaluation). */
export function rebuildConsoleDrill(plan: Plan, scenario: Scenario, d: ConsoleDrill, options: DrillOptions = {}): DrillState {
  return restoreDrill({ ...options, plan, scenario, resume: consoleDrillRecord(d) })
}

/** What the room's projector shows: clock, phase, level and delivered injects; nothing the trainer keeps to themselves. */
export interface PresentView {
  readonly sessionId: string
  readonly title: Bilingual
  readonly planTitle: Bilingual
  readonly now: number
  readonly nowIso: string
  readonly running: boolean
  readonly speed: number
  readonly ended: boolean
  readonly phase: { readonly id: string; readonly name: Bilingual }
  readonly level: { readonly id: string; readonly name: Bilingual } | null
  readonly injects: readonly {
    readonly id: string
    readonly deliveredAt: number
    readonly deliveredIso: string
    readonly from: Bilingual | null
    readonly channel: string | null
    readonly message: Bilingual | null
    readonly to: readonly Bilingual[]
  }[]
}

export function presentView(state: DrillState, sessionId: string, running: boolean, speed: number): PresentView {
  const s = state.session
  const view = selectDrillView(s)
  const def = s.definition
  const phase = PHASES.find((p) => p.id === view.phase) ?? (PHASES[0] as (typeof PHASES)[number])
  const level = def.levels.find((l) => l.id === view.level)
  const iso = (t: number) => s.timeline.iso(t as SimTime)
  return {
    sessionId,
    title: s.scenario.title,
    planTitle: def.title,
    now: s.now,
    nowIso: view.nowIso,
    running,
    speed,
    ended: state.record.ended,
    phase: { id: phase.id, name: phase.name },
    level: level ? { id: level.id, name: level.name } : null,
    injects: s.delivered.map((d) => ({
      id: d.id,
      deliveredAt: d.deliveredAt,
      deliveredIso: iso(d.deliveredAt),
      from: d.from ?? null,
      channel: d.channel ?? null,
      message: d.message ?? null,
      to: d.to.map((r) => def.roles.find((x) => x.id === r)?.name ?? { zh: r, en: r }),
    })),
  }
}
