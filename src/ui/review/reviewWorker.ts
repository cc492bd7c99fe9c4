/// <reference lib="webworker" />
/**
 * The review dashboard's worker: reads every kept evaluation from IndexedDB, holds imported files for the session, and
 * runs the engine's review for each filter, so ten thousand evaluations never block the page.
 */
import catalog from 'virtual:plandrill-catalog'
import { isReviewableEvaluation, parseReviewBound, reviewEvaluations } from '../../engine/index.ts'
import type { ReviewInput } from '../../engine/index.ts'
import { plans } from '../../plans/index.ts'
import { listEvaluations } from '../store.ts'
import type { DrillRef, Facets, FromWorker, ReviewFilter, ToWorker } from './protocol.ts'

declare const self: DedicatedWorkerGlobalScope

let history: ReviewInput[] = []
let files: ReviewInput[] = []
const scenarios = catalog.scenarios.map((s) => ({ id: s.id, plan: s.plan, title: s.title }))

const post = (m: FromWorker) => self.postMessage(m)

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data
  try {
    switch (m.type) {
      case 'load':
        void listEvaluations().then(
          (list) => {
            // Kept evaluations are named by id, so they sort (and win duplicates) apart from imported file names.
            history = list.map((s) => ({ file: `history/${s.id}`, data: s.evaluation }))
            post({ type: 'loaded', history: history.length, files: files.length })
          },
          (err: unknown) => post({ type: 'loaded', history: 0, files: files.length, problem: err instanceof Error ? err.message : String(err) }),
        )
        break
      case 'files':
        for (const f of m.files) files.push(readFile(f.name, f.text))
        post({ type: 'loaded', history: history.length, files: files.length })
        break
      case 'clear-files':
        files = []
        post({ type: 'loaded', history: history.length, files: 0 })
        break
      case 'review': {
        const t0 = performance.now()
        const inputs = [...history, ...files]
        const review = reviewEvaluations(inputs, { ...clean(m.filter), plans, scenarios })
        post({ type: 'review', seq: m.seq, review, facets: facets(inputs), ms: Math.round(performance.now() - t0) })
        break
      }
      case 'drills':
        post({ type: 'drills', seq: m.seq, drills: drills(m.filter, m.plan, m.expectation, m.statuses) })
        break
    }
  } catch (err) {
    post({ type: 'error', ...('seq' in m ? { seq: m.seq } : {}), message: err instanceof Error ? err.message : String(err) })
  }
}

function readFile(name: string, text: string): ReviewInput {
  if (text.length > 20 * 1024 * 1024) return { file: name, data: undefined, problem: 'file is larger than 20 MB' }
  try {
    return { file: name, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown }
  } catch (err) {
    return { file: name, data: undefined, problem: `not JSON (${err instanceof Error ? err.message : String(err)})` }
  }
}

function clean(f: ReviewFilter): ReviewFilter {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as ReviewFilter
}

function facets(inputs: readonly ReviewInput[]): Facets {
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

/** The drills behind a finding: the same inputs, filter and duplicate rule as the review, with the expectation's statuses. */
function drills(filter: ReviewFilter, plan: string, expectation: string, statuses: readonly string[]): DrillRef[] {
  const f = clean(filter)
  const from = f.from !== undefined ? parseReviewBound(f.from, 'from') : null
  const to = f.to !== undefined ? parseReviewBound(f.to, 'to') : null
  const ids = new Set<string>()
  const out: DrillRef[] = []
  const inputs = [...history, ...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  for (const i of inputs) {
    const d = i.data
    if (!isReviewableEvaluation(d) || ids.has(d.id)) continue
    ids.add(d.id)
    if (d.plan.id !== plan || (f.scenario !== undefined && d.scenario.id !== f.scenario)) continue
    const day = d.startedAt.slice(0, 10)
    if ((typeof from === 'string' && day < from) || (typeof to === 'string' && day > to)) continue
    const hits = d.expectations.filter((x) => x.id === expectation && x.occurrence > 0 && (f.role === undefined || x.role === f.role) && statuses.includes(x.status)).map((x) => x.status)
    if (hits.length === 0) continue
    out.push({ id: d.id, file: i.file, inHistory: i.file.startsWith('history/'), startedAt: d.startedAt, scenario: d.scenario.title, participants: d.participants, score: d.score, rating: d.rating, statuses: [...new Set(hits)] })
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0))
}
