/**
 * The review dashboard's queries besides the review itself (pure, so they are tested in Node): what the filters can
 * offer, and the drills behind a recommendation — the same inputs, filter and duplicate rule as the engine's review.
 */
import { isReviewableEvaluation, parseReviewBound, RECOMMENDATION_EVIDENCE } from '../../engine/index.ts'
import type { Bilingual, PlanRegistry, RecommendationKind, ReviewInput } from '../../engine/index.ts'
import type { DrillRef, Facets, ReviewFilter } from './protocol.ts'

export interface ShippedScenario {
  readonly id: string
  readonly plan: string
  readonly title: Bilingual
}

export function clean(f: ReviewFilter): ReviewFilter {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as ReviewFilter
}

export function facets(inputs: readonly ReviewInput[], plans: PlanRegistry, scenarios: readonly ShippedScenario[]): Facets {
  const seen = new Map<string, Set<string>>()
  const periods = new Set<string>()
  const titles = new Map<string, { zh: string; en: string }>()
  for (const i of inputs) {
    const d = i.data
    if (!isReviewableEvaluation(d)) continue
    let s = seen.get(d.plan.id)
    if (!s) seen.set(d.plan.id, (s = new Set()))
    s.add(d.scenario.id)
    titles.set(`${d.plan.id}/${d.scenario.id}`, d.scenario.title)
    const y = d.startedAt.slice(0, 4)
    periods.add(y)
    periods.add(`${y}-Q${Math.floor((Number(d.startedAt.slice(5, 7)) - 1) / 3) + 1}`)
  }
  const planIds = [...new Set([...plans.ids(), ...seen.keys()])].sort()
  return {
    plans: planIds.map((id) => {
      const def = plans.get(id)?.definition
      const ids = new Set([...(seen.get(id) ?? []), ...scenarios.filter((s) => s.plan === id).map((s) => s.id)])
      return {
        id,
        title: def?.title ?? { zh: id, en: id },
        scenarios: [...ids].sort().map((sid) => ({ id: sid, title: scenarios.find((s) => s.plan === id && s.id === sid)?.title ?? titles.get(`${id}/${sid}`) ?? { zh: sid, en: sid } })),
        roles: (def?.roles ?? []).map((r) => ({ id: r.id as string, name: r.name })),
      }
    }),
    periods: [...periods].sort().reverse(),
  }
}

/** The drills behind a recommendation: the same inputs, filter and duplicate rule as the review, with the statuses of its kind. */
export function drills(inputs: readonly ReviewInput[], filter: ReviewFilter, plan: string, expectation: string, kind: RecommendationKind, plans?: PlanRegistry): DrillRef[] {
  const statuses: readonly string[] = RECOMMENDATION_EVIDENCE[kind]
  const f = clean(filter)
  const from = f.from !== undefined ? parseReviewBound(f.from, 'from') : null
  const to = f.to !== undefined ? parseReviewBound(f.to, 'to') : null
  const ids = new Set<string>()
  const out: DrillRef[] = []
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  for (const i of sorted) {
    const d = i.data
    if (!isReviewableEvaluation(d) || ids.has(d.id)) continue
    ids.add(d.id)
    if (d.plan.id !== plan || (f.scenario !== undefined && d.scenario.id !== f.scenario)) continue
    // Another version of the plan is left out of the review, so out of its evidence too.
    if (plans !== undefined && plans.get(d.plan.id)?.definition.version !== d.plan.version) continue
    const day = d.startedAt.slice(0, 10)
    if ((typeof from === 'string' && day < from) || (typeof to === 'string' && day > to)) continue
    const hits = d.expectations.filter((x) => x.id === expectation && x.occurrence > 0 && (f.role === undefined || x.role === f.role) && statuses.includes(x.status)).map((x) => x.status)
    if (hits.length === 0) continue
    out.push({ id: d.id, file: i.file, inHistory: i.file.startsWith('history/'), startedAt: d.startedAt, scenario: d.scenario.title, participants: d.participants, score: d.score, rating: d.rating, statuses: [...new Set(hits)] })
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0))
}
