/**
 * The console's live session: the saved record (console record, clock, interventions), the drill the engine rebuilds
 * from it, the running clock, saving after every change, and the projector broadcast. Components call the returned
 * commands; every rule (validation, scoring, replay) is the engine's.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  addDecision, checkEntry, correctAction, createRegistry, presentView, rebuildConsoleDrill, recordAction, removeAction, renameTeam, setParticipants, validateAdhocInject,
} from '../../engine/index.ts'
import type { ActionEntry, AdhocSpec, ConsoleDrill, ConsoleIntervention, DrillState, Plan, PresentView, Scenario } from '../../engine/index.ts'
import { createConsoleSaver } from '../store.ts'
import type { SavedConsole } from '../store.ts'

const TICK_MS = 200
export const CONSOLE_SPEEDS = [1, 10, 60, 600] as const

/** The BroadcastChannel the console and the projector share for one session. */
export const presentChannel = (sessionId: string) => `plandrill-present:${sessionId}`

export type PresentMessage = { readonly type: 'state'; readonly view: PresentView } | { readonly type: 'hello' }

export function useConsoleSession(plan: Plan, scenario: Scenario, initial: SavedConsole) {
  const [saved, setSaved] = useState(initial)
  const [running, setRunning] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const savedRef = useRef(saved)
  savedRef.current = saved
  const registry = useMemo(() => createRegistry([plan]), [plan])

  // Rebuild the drill when the record changes; clock ticks only move the rebuilt session forward.
  const built = useRef<{ key: readonly unknown[]; state: DrillState } | null>(null)
  const key = [saved.drill.console, saved.drill.interventions, saved.drill.ended]
  if (!built.current || built.current.key.some((k, i) => k !== key[i])) {
    built.current = { key, state: rebuildConsoleDrill(plan, scenario, saved.drill) }
  } else if (!saved.drill.ended && built.current.state.session.now < saved.drill.now) {
    built.current.state.session.advanceTo(saved.drill.now as never)
  }
  const state = built.current.state
  const end = Math.max(scenario.end ?? state.session.lastDue(), state.session.now)

  const saver = useMemo(() => createConsoleSaver((e) => setSaveError(e instanceof Error ? e.message : String(e))), [])
  useEffect(() => saver.save(saved), [saved, saver])
  useEffect(() => () => void saver.flush(), [saver])

  const update = (f: (d: ConsoleDrill) => ConsoleDrill) => setSaved((s) => ({ ...s, drill: f(s.drill), updatedAt: new Date().toISOString() }))

  // The clock: real elapsed time × speed while running. Paused, nothing moves; resuming counts from the moment of resuming.
  useEffect(() => {
    if (!running) return
    let last = performance.now()
    const id = setInterval(() => {
      const real = performance.now()
      const ms = (real - last) * savedRef.current.speed
      last = real
      const now = savedRef.current.drill.now
      const to = Math.min(end, now + ms)
      if (to >= end) setRunning(false)
      if (to > now) setSaved((s) => ({ ...s, drill: { ...s.drill, now: Math.max(s.drill.now, to) }, updatedAt: new Date().toISOString() }))
    }, TICK_MS)
    return () => clearInterval(id)
  }, [running, end])

  // The projector: every change is broadcast; a projector that opens later says hello and gets the current state.
  const view = presentView(state, saved.id, running, saved.speed)
  const channel = useMemo(() => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(presentChannel(initial.id))), [initial.id])
  const viewRef = useRef(view)
  viewRef.current = view
  useEffect(() => {
    if (!channel) return
    channel.onmessage = (e: MessageEvent<PresentMessage>) => {
      if (e.data.type === 'hello') channel.postMessage({ type: 'state', view: viewRef.current } satisfies PresentMessage)
    }
    return () => channel.close()
  }, [channel])
  const viewKey = JSON.stringify(view)
  useEffect(() => {
    channel?.postMessage({ type: 'state', view: viewRef.current } satisfies PresentMessage)
  }, [viewKey, channel])

  const now = () => savedRef.current.drill.now
  const wall = () => new Date().toISOString()
  const intervene = (iv: ConsoleIntervention) => update((d) => ({ ...d, interventions: [...d.interventions, iv] }))

  return {
    saved,
    state,
    running,
    end,
    saveError,
    setRunning: (r: boolean) => setRunning(r && !saved.drill.ended && saved.drill.now < end),
    setSpeed: (speed: number) => setSaved((s) => ({ ...s, speed })),
    jumpTo: (t: number) => update((d) => ({ ...d, now: Math.min(end, Math.max(d.now, t)) })),
    deliver: (inject: string) => intervene({ kind: 'deliver', at: now(), inject }),
    hold: (inject: string) => intervene({ kind: 'hold', at: now(), inject }),
    /** Validates and delivers an ad-hoc inject now; returns the problems (empty when delivered). */
    addInject(spec: AdhocSpec): string[] {
      try {
        validateAdhocInject(scenario, registry, { ...spec }, spec.id, now() as never)
      } catch (e) {
        return problemsOf(e)
      }
      intervene({ kind: 'adhoc', at: now(), inject: spec })
      return []
    },
    /** Records a team action (at a time up to the clock); returns the problems (empty when recorded). */
    record(entry: ActionEntry): string[] {
      const problems = checkEntry(plan.definition, entry, now())
      if (problems.length === 0) update((d) => ({ ...d, console: recordAction(d.console, entry, wall()) }))
      return problems
    },
    correct(id: string, patch: Partial<ActionEntry>, reason: string): string[] {
      const current = savedRef.current.drill.console.actions.find((a) => a.id === id)
      if (!current) return [`no action ${id}`]
      const problems = [...checkEntry(plan.definition, { ...current, ...patch }, now()), ...(reason.trim() === '' ? ['reason: say why it is corrected'] : [])]
      if (problems.length === 0) update((d) => ({ ...d, console: correctAction(d.console, id, patch, reason.trim(), wall()) }))
      return problems
    },
    remove(id: string, reason: string): string[] {
      if (reason.trim() === '') return ['reason: say why it is removed']
      update((d) => ({ ...d, console: removeAction(d.console, id, reason.trim(), wall()) }))
      return []
    },
    decide: (decision: string, rationale: string, by: string) => update((d) => ({ ...d, console: addDecision(d.console, { at: d.now, decision, rationale, by, when: wall() }) })),
    renameTeam: (role: string, name: string) => update((d) => ({ ...d, console: renameTeam(d.console, role, name) })),
    setParticipants: (role: string, names: readonly string[]) => update((d) => ({ ...d, console: setParticipants(d.console, role, names) })),
    finish: () => {
      setRunning(false)
      update((d) => ({ ...d, now: Math.max(d.now, end), ended: true }))
    },
    patch: (f: (s: SavedConsole) => SavedConsole) => setSaved(f),
    flush: () => saver.flush(),
  }
}

function problemsOf(e: unknown): string[] {
  const issues = (e as { issues?: readonly { path: string; message: string }[] }).issues
  if (Array.isArray(issues)) return issues.map((i) => `${i.path}: ${i.message}`)
  return [e instanceof Error ? e.message : String(e)]
}
