/// <reference lib="webworker" />
/**
 * The review dashboard's worker: reads every kept evaluation from IndexedDB, holds imported files for the session, and
 * runs the engine's review for each filter, so ten thousand evaluations never block the page.
 */
import catalog from 'virtual:plandrill-catalog'
import { reviewEvaluations } from '../../engine/index.ts'
import type { ReviewInput } from '../../engine/index.ts'
import { plans } from '../../plans/index.ts'
import { listEvaluations } from '../store.ts'
import type { FromWorker, ToWorker } from './protocol.ts'
import { clean, drills, facets } from './queries.ts'

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
        post({ type: 'review', seq: m.seq, review, facets: facets(inputs, plans, scenarios), ms: Math.round(performance.now() - t0) })
        break
      }
      case 'drills':
        post({ type: 'drills', seq: m.seq, drills: drills([...history, ...files], m.filter, m.plan, m.expectation, m.kind, plans) })
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
