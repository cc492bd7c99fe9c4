/** The dashboard's link to its worker: sources, the current review for a filter, and the drills behind a finding. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RecommendationKind, Review } from '../../engine/index.ts'
import type { DrillRef, Facets, FromWorker, ReviewFilter, ToWorker } from './protocol.ts'

export interface ReviewState {
  readonly sources: { readonly history: number; readonly files: number } | null
  readonly review: Review | null
  readonly facets: Facets | null
  readonly ms: number | null
  readonly busy: boolean
  readonly problem: string | null
}

export function useReview(filter: ReviewFilter) {
  const worker = useRef<Worker | null>(null)
  const seq = useRef(0)
  const pending = useRef(new Map<number, (d: readonly DrillRef[]) => void>())
  // Drill queries count from far above review sequence numbers, so the two never collide.
  const drillSeq = useRef(1_000_000_000)
  const [state, setState] = useState<ReviewState>({ sources: null, review: null, facets: null, ms: null, busy: true, problem: null })
  const filterKey = JSON.stringify(filter)
  const send = (m: ToWorker) => worker.current?.postMessage(m)

  useEffect(() => {
    const w = new Worker(new URL('./reviewWorker.ts', import.meta.url), { type: 'module', name: 'plandrill-review' })
    worker.current = w
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data
      switch (m.type) {
        case 'loaded':
          setState((s) => ({ ...s, sources: { history: m.history, files: m.files }, problem: m.problem ?? null }))
          break
        case 'review':
          if (m.seq !== seq.current) return
          setState((s) => ({ ...s, review: m.review, facets: m.facets, ms: m.ms, busy: false }))
          break
        case 'drills':
          pending.current.get(m.seq)?.(m.drills)
          pending.current.delete(m.seq)
          break
        case 'error':
          setState((s) => ({ ...s, busy: false, problem: m.message }))
          break
      }
    }
    w.onerror = (e) => setState((s) => ({ ...s, busy: false, problem: e.message || 'review worker failed' }))
    w.postMessage({ type: 'load' } satisfies ToWorker)
    return () => {
      w.terminate()
      worker.current = null
    }
  }, [])

  // Re-review when the filter or the sources change; only the latest answer is shown.
  const sourcesKey = state.sources ? `${state.sources.history}/${state.sources.files}` : null
  useEffect(() => {
    if (sourcesKey === null) return
    seq.current++
    setState((s) => ({ ...s, busy: true }))
    send({ type: 'review', seq: seq.current, filter: JSON.parse(filterKey) as ReviewFilter })
  }, [filterKey, sourcesKey])

  const addFiles = useCallback((files: readonly { name: string; text: string }[]) => send({ type: 'files', files }), [])
  const clearFiles = useCallback(() => send({ type: 'clear-files' }), [])
  const drillsFor = useCallback(
    (plan: string, expectation: string, kind: RecommendationKind) =>
      new Promise<readonly DrillRef[]>((resolve) => {
        const id = ++drillSeq.current
        pending.current.set(id, resolve)
        send({ type: 'drills', seq: id, filter: JSON.parse(filterKey) as ReviewFilter, plan, expectation, kind })
      }),
    [filterKey],
  )
  return { ...state, addFiles, clearFiles, drillsFor }
}
