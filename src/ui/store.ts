/**
 * The browser's record, in IndexedDB: drills in progress (saved after every event), the evaluation history, the
 * generated scenario variants and the trainer's console sessions. Writes never overwrite an evaluation already kept;
 * imports are all-or-nothing per file. Schema upgrades add stores and keep everything already there.
 */
import { openDB } from 'idb'
import type { DBSchema, IDBPDatabase, IDBPIndex } from 'idb'
import { formatIssue, isInputError } from '../engine/errors.ts'
import type { ConsoleDrill, DrillRecord, Evaluation } from '../engine/index.ts'
import { EVALUATION_SCHEMA, upgradeEvaluation } from '../engine/evaluation.ts'
import type { EvaluationV1 } from '../engine/evaluation.ts'
import type { IndexedScenario } from './catalogIndex.ts'

export interface PracticeSettings {
  /** A role id, or null to play the whole organisation. */
  readonly role: string | null
  readonly participant: string
  readonly hints: boolean
  readonly feedback: boolean
  readonly pauseOnInject: boolean
}

export const DEFAULT_SETTINGS: PracticeSettings = { role: null, participant: '', hints: true, feedback: true, pauseOnInject: true }

export interface SavedDrill {
  /** One drill in progress per scenario: the scenario id. */
  readonly key: string
  readonly record: DrillRecord
  readonly settings: PracticeSettings
  /** The scenario's YAML for generated variants (shipped ones are in the app). */
  readonly scenarioText?: string
  readonly savedAt: string
}

export interface StoredEvaluation {
  readonly id: string
  readonly planId: string
  readonly startedAt: string
  readonly savedAt: string
  readonly origin: 'practice' | 'import' | 'console'
  readonly evaluation: Evaluation
}

export interface SavedVariant {
  readonly id: string
  readonly planId: string
  readonly text: string
  readonly createdAt: string
  /** What the library lists, computed when it was generated. */
  readonly summary: IndexedScenario
}

/** A trainer's console session: everything needed to rebuild the tabletop drill, and the hot wash after it. */
export interface SavedConsole {
  /** The session id (also the projector's `#/present/<id>`). */
  readonly id: string
  readonly scenarioId: string
  readonly drill: ConsoleDrill
  readonly speed: number
  /** The scenario's YAML when it is not shipped (a generated variant or an imported MSEL). */
  readonly scenarioText?: string
  /** The hot wash (strengths, areas for improvement, improvement plan) as the trainer edited it. */
  readonly hotwash?: unknown
  readonly exercise?: { readonly name: string; readonly location: string; readonly sponsor: string; readonly pointOfContact: string; readonly objectives: readonly string[] }
  /** Set when the drill has been scored and its evaluation kept in the history. */
  readonly evaluationId?: string
  readonly createdAt: string
  readonly updatedAt: string
}

interface PlandrillDB extends DBSchema {
  drills: { key: string; value: SavedDrill }
  evaluations: { key: string; value: StoredEvaluation; indexes: { byPlan: string; byStart: string; byPlanStart: [string, string] } }
  variants: { key: string; value: SavedVariant }
  consoles: { key: string; value: SavedConsole; indexes: { byScenario: string } }
}

export const DB_NAME = 'plandrill'
/** 1: drills, evaluations, variants. 2: consoles. 3: evaluations by plan and start (paged history). */
export const DB_VERSION = 3

let dbPromise: Promise<IDBPDatabase<PlandrillDB>> | null = null

export function db(): Promise<IDBPDatabase<PlandrillDB>> {
  dbPromise ??= openDB<PlandrillDB>(DB_NAME, DB_VERSION, {
    // Each step runs once, from the version the browser has: existing stores and their data are never touched.
    upgrade(d, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        d.createObjectStore('drills', { keyPath: 'key' })
        const ev = d.createObjectStore('evaluations', { keyPath: 'id' })
        ev.createIndex('byPlan', 'planId')
        ev.createIndex('byStart', 'startedAt')
        d.createObjectStore('variants', { keyPath: 'id' })
      }
      if (oldVersion < 2) d.createObjectStore('consoles', { keyPath: 'id' }).createIndex('byScenario', 'scenarioId')
      if (oldVersion < 3) tx.objectStore('evaluations').createIndex('byPlanStart', ['planId', 'startedAt'])
    },
    // Another tab or the review worker opens a newer version: let it upgrade, and reopen on next use.
    blocking(_current, _next, event) {
      ;(event.target as IDBDatabase).close()
      dbPromise = null
    },
  })
  return dbPromise
}

// --- drills in progress ---

export async function loadDrill(key: string): Promise<SavedDrill | undefined> {
  return (await db()).get('drills', key)
}

export async function discardDrill(key: string): Promise<void> {
  await (await db()).delete('drills', key)
}

export async function listDrills(): Promise<SavedDrill[]> {
  return (await db()).getAll('drills')
}

/**
 * Saves a drill after every event, in order: a write waits for the previous one, and while one is running only the
 * newest pending state is kept (each record is complete, so skipping an intermediate one loses nothing).
 */
export function createDrillSaver(onError: (e: unknown) => void): Saver<SavedDrill> {
  return createSaver(async (d) => void (await (await db()).put('drills', d)), onError)
}

export interface Saver<T> {
  save(value: T): void
  flush(): Promise<void>
  stop(): void
}

/** Ordered, coalescing writes (see createDrillSaver). */
export function createSaver<T>(write: (value: T) => Promise<void>, onError: (e: unknown) => void): Saver<T> {
  let pending: T | null = null
  let running: Promise<void> = Promise.resolve()
  let stopped = false
  const pump = async () => {
    while (pending && !stopped) {
      const d = pending
      pending = null
      try {
        await write(d)
      } catch (e) {
        onError(e)
      }
    }
  }
  return {
    save(d) {
      if (stopped) return
      const idle = pending === null
      pending = d
      if (idle) running = running.then(pump)
    },
    flush: () => running.then(pump),
    stop() {
      stopped = true
    },
  }
}

// --- evaluations ---

/**
 * Keeps a finished drill's evaluation and removes the drill in progress, in one transaction. An evaluation with the
 * same id already kept is left as it is (same drill, same result).
 */
export async function finishDrill(drillKey: string, evaluation: Evaluation, savedAt: string): Promise<void> {
  const tx = (await db()).transaction(['drills', 'evaluations'], 'readwrite')
  const evs = tx.objectStore('evaluations')
  if ((await evs.getKey(evaluation.id)) === undefined) await evs.add(stored(evaluation, savedAt, 'practice'))
  await tx.objectStore('drills').delete(drillKey)
  await tx.done
}

export async function getEvaluation(id: string): Promise<StoredEvaluation | undefined> {
  const s = await (await db()).get('evaluations', id)
  return s === undefined ? undefined : kept(s)
}

export async function listEvaluations(): Promise<StoredEvaluation[]> {
  return (await (await db()).getAllFromIndex('evaluations', 'byStart')).map(kept)
}

/** Evaluations kept before schema @2 open as they are, read into the current shape (`upgradedFrom` says so). */
function kept(s: StoredEvaluation): StoredEvaluation {
  return s.evaluation.schema === EVALUATION_SCHEMA ? s : { ...s, evaluation: upgradeEvaluation(s.evaluation as unknown as EvaluationV1) }
}

export interface EvaluationQuery {
  readonly plan?: string
  /** First and last local day (`YYYY-MM-DD`) of the drill's start, inclusive. */
  readonly from?: string
  readonly to?: string
  readonly offset: number
  readonly limit: number
}

export interface EvaluationPage {
  /** Newest first. */
  readonly items: readonly StoredEvaluation[]
  /** How many match the filter; `all` how many are kept. */
  readonly matching: number
  readonly all: number
}

/**
 * One page of the history, newest first, read with a cursor on an index: only the page's records are loaded, so the
 * history stays quick with tens of thousands of evaluations kept.
 */
export async function pageEvaluations(q: EvaluationQuery): Promise<EvaluationPage> {
  const d = await db()
  const tx = d.transaction('evaluations')
  const lo = q.from ?? ''
  const hi = `${q.to ?? '9999-12-31'}\uffff`
  // Both indexes are read the same way (count, then a cursor newest first); only their keys differ.
  const index = (q.plan !== undefined ? tx.store.index('byPlanStart') : tx.store.index('byStart')) as unknown as IDBPIndex<PlandrillDB, ['evaluations'], 'evaluations', 'byStart'>
  const range = q.plan !== undefined ? IDBKeyRange.bound([q.plan, lo], [q.plan, hi]) : IDBKeyRange.bound(lo, hi)
  const [matching, all] = await Promise.all([index.count(range), tx.store.count()])
  const items: StoredEvaluation[] = []
  let cursor = await index.openCursor(range, 'prev')
  if (cursor && q.offset > 0) cursor = await cursor.advance(q.offset)
  while (cursor && items.length < q.limit) {
    items.push(kept(cursor.value))
    cursor = await cursor.continue()
  }
  await tx.done
  return { items, matching, all }
}

/** The plan ids that have kept evaluations (for the history's plan filter). */
export async function evaluationPlans(): Promise<string[]> {
  const out: string[] = []
  let cursor = await (await db()).transaction('evaluations').store.index('byPlan').openKeyCursor(null, 'nextunique')
  while (cursor) {
    out.push(cursor.key)
    cursor = await cursor.continue()
  }
  return out
}

export async function deleteEvaluation(id: string): Promise<void> {
  await (await db()).delete('evaluations', id)
}

export interface ImportResult {
  readonly file: string
  readonly added: readonly string[]
  /** Already in the history: kept as they were, the file's copy ignored. */
  readonly kept: readonly string[]
  /** Why the whole file was refused (nothing from it was added). */
  readonly problems: readonly string[]
}

/** Imports evaluation files: each is read whole first; a bad file is refused with every problem, and nothing already kept is touched. */
export async function importEvaluationFiles(files: readonly { readonly name: string; readonly text: string }[], savedAt: string): Promise<ImportResult[]> {
  // The schema (zod) loads only when someone imports: it stays out of the first screen.
  const { parseEvaluationFile } = await import('../engine/evaluationSchema.ts')
  const out: ImportResult[] = []
  for (const f of files) {
    let evaluations: Evaluation[]
    try {
      evaluations = parseEvaluationFile(f.text, f.name)
    } catch (e) {
      const problems = isInputError(e) ? e.issues.map((i) => formatIssue(e.file, i)) : [`${f.name}: ${e instanceof Error ? e.message : String(e)}`]
      out.push({ file: f.name, added: [], kept: [], problems })
      continue
    }
    const tx = (await db()).transaction('evaluations', 'readwrite')
    const added: string[] = []
    const kept: string[] = []
    for (const e of evaluations) {
      if ((await tx.store.getKey(e.id)) !== undefined) kept.push(e.id)
      else {
        await tx.store.add(stored(e, savedAt, 'import'))
        added.push(e.id)
      }
    }
    await tx.done
    out.push({ file: f.name, added, kept, problems: [] })
  }
  return out
}

// --- console sessions ---

export function createConsoleSaver(onError: (e: unknown) => void): Saver<SavedConsole> {
  return createSaver(async (c) => void (await (await db()).put('consoles', c)), onError)
}

export async function getConsole(id: string): Promise<SavedConsole | undefined> {
  return (await db()).get('consoles', id)
}

/** Sessions of a scenario, newest first. */
export async function listConsoles(scenarioId: string): Promise<SavedConsole[]> {
  const all = await (await db()).getAllFromIndex('consoles', 'byScenario', scenarioId)
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}

/** Keeps the console drill's evaluation in the history (never over one already kept) and marks the session scored. */
export async function finishConsole(c: SavedConsole, evaluation: Evaluation, savedAt: string): Promise<SavedConsole> {
  const tx = (await db()).transaction(['consoles', 'evaluations'], 'readwrite')
  const evs = tx.objectStore('evaluations')
  if ((await evs.getKey(evaluation.id)) === undefined) await evs.add(stored(evaluation, savedAt, 'console'))
  const next = { ...c, evaluationId: evaluation.id, updatedAt: savedAt }
  await tx.objectStore('consoles').put(next)
  await tx.done
  return next
}

// --- variants ---

export async function saveVariant(v: SavedVariant): Promise<void> {
  await (await db()).put('variants', v)
}

export async function getVariant(id: string): Promise<SavedVariant | undefined> {
  return (await db()).get('variants', id)
}

export async function listVariants(): Promise<SavedVariant[]> {
  return (await db()).getAll('variants')
}

/** Lets tests and the next open start from a fresh connection. */
export function closeDb(): void {
  void dbPromise?.then((d) => d.close())
  dbPromise = null
}

function stored(evaluation: Evaluation, savedAt: string, origin: StoredEvaluation['origin']): StoredEvaluation {
  return { id: evaluation.id, planId: evaluation.plan.id, startedAt: evaluation.startedAt, savedAt, origin, evaluation }
}
