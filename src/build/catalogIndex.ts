/** Build-time (Node): loads every shipped scenario with the engine and writes the catalog index the first screen reads. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { formatIssue, isInputError, loadScenario } from '../engine/index.ts'
import type { PlanRegistry } from '../engine/index.ts'
import { indexScenario } from '../ui/catalogIndex.ts'
import type { CatalogIndex, IndexedScenario } from '../ui/catalogIndex.ts'

export function buildCatalogIndex(scenariosDir: string, plans: PlanRegistry): CatalogIndex {
  const scenarios: IndexedScenario[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const dirs = readdirSync(scenariosDir).filter((d) => statSync(join(scenariosDir, d)).isDirectory()).sort()
  for (const d of dirs) {
    for (const f of readdirSync(join(scenariosDir, d)).filter((f) => f.endsWith('.yaml')).sort()) {
      const file = `scenarios/${d}/${f}`
      try {
        const scenario = loadScenario(readFileSync(join(scenariosDir, d, f), 'utf8'), { file, plans })
        const plan = plans.get(scenario.plan)
        if (!plan) throw new Error(`plan "${scenario.plan}" is not registered`)
        if (seen.has(scenario.id)) {
          problems.push(`${file}: id: scenario id "${scenario.id}" is used by another file`)
          continue
        }
        seen.add(scenario.id)
        scenarios.push(indexScenario(plan, scenario, 'shipped'))
      } catch (e) {
        if (isInputError(e)) problems.push(...e.issues.map((i) => formatIssue(e.file, i)))
        else problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
  }
  const planList = plans.ids().map((id) => plans.get(id)).filter((p) => p !== undefined)
  return {
    plans: planList.map((p) => {
      const d = p.definition
      return { id: d.id, version: d.version, title: d.title, summary: d.summary, roles: d.roles.length, expectations: d.expectations.length, levels: d.levels.length, hasRecipes: (d.recipes?.length ?? 0) > 0 }
    }),
    scenarios,
    problems,
  }
}
