/**
 * The scenario catalog: every plan and shipped scenario, parsed by the engine's own loader (bundled with the app, so
 * they work offline), plus the random variants the participant generated (kept in IndexedDB).
 */
import { formatIssue, isInputError, loadScenario, summarizeScenario } from '../engine/index.ts'
import type { Plan, Scenario, ScenarioSummary } from '../engine/index.ts'
import { plans } from '../plans/index.ts'
import { getVariant } from './store.ts'

export interface CatalogEntry {
  readonly scenario: Scenario
  readonly plan: Plan
  readonly summary: ScenarioSummary
  /** Where it came from: a shipped file, or a generated variant. */
  readonly origin: 'shipped' | 'variant'
  /** The scenario's YAML text (kept with saved drills of variants). */
  readonly text: string
}

export interface Catalog {
  readonly plans: readonly Plan[]
  readonly entries: readonly CatalogEntry[]
  /** Files that failed to load: shown on the library page, never thrown. */
  readonly problems: readonly string[]
}

const files = import.meta.glob<string>('../../scenarios/*/*.yaml', { query: '?raw', import: 'default', eager: true })

let shipped: Catalog | null = null

/** The shipped catalog, built once per page. */
export function shippedCatalog(): Catalog {
  if (shipped) return shipped
  const entries: CatalogEntry[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  for (const path of Object.keys(files).sort()) {
    const file = path.replace(/^(\.\.\/)+/, '')
    const text = files[path] as string
    const entry = entryFromText(text, file, 'shipped')
    if ('problem' in entry) problems.push(entry.problem)
    else if (seen.has(entry.scenario.id)) problems.push(`${file}: id: scenario id "${entry.scenario.id}" is used by another file`)
    else {
      seen.add(entry.scenario.id)
      entries.push(entry)
    }
  }
  shipped = { plans: plans.ids().map((id) => plans.get(id) as Plan), entries, problems }
  return shipped
}

/** Parses one scenario text into a catalog entry, or the loader's problems as text. */
export function entryFromText(text: string, file: string, origin: CatalogEntry['origin']): CatalogEntry | { readonly problem: string } {
  try {
    const scenario = loadScenario(text, { file, plans })
    const plan = plans.get(scenario.plan)
    if (!plan) return { problem: `${file}: plan: unknown plan "${scenario.plan}"` }
    return { scenario, plan, summary: summarizeScenario(plan, scenario), origin, text }
  } catch (e) {
    if (isInputError(e)) return { problem: e.issues.map((i) => formatIssue(e.file, i)).join('\n') }
    return { problem: `${file}: ${e instanceof Error ? e.message : String(e)}` }
  }
}

/**
 * The scenario a page works on: a shipped one, else a generated or imported one from its YAML — the text saved with
 * the drill or console session, or the variant kept in IndexedDB. Undefined when there is none.
 */
export async function findEntry(scenarioId: string, savedText?: string): Promise<CatalogEntry | { readonly problem: string } | undefined> {
  const shippedEntry = shippedCatalog().entries.find((e) => e.scenario.id === scenarioId)
  if (shippedEntry) return shippedEntry
  const text = savedText ?? (await getVariant(scenarioId).catch(() => undefined))?.text
  return text === undefined ? undefined : entryFromText(text, `${scenarioId}.yaml`, 'variant')
}

export { plans }
