/**
 * `#/evaluations`: the kept evaluations — filter, open, delete (after asking), import files (never overwriting), export
 * all. Each row says the role a solo trainee played and whether it was kept by an older version (`upgradedFrom`).
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import catalog from 'virtual:plandrill-catalog'
import { ConfirmButton } from '../components/ConfirmButton.tsx'
import { download, shortTime } from '../format.ts'
import { useLang } from '../i18n.ts'
import type { Bilingual } from '../../engine/index.ts'
import { deleteEvaluation, evaluationPlans, importEvaluationFiles, listEvaluations, pageEvaluations } from '../store.ts'
import type { EvaluationPage, ImportResult } from '../store.ts'

/** Evaluations per page: the history reads one page at a time, however many are kept. */
const PAGE = 100

export default function HistoryPage() {
  const { t } = useTranslation()
  const { pick } = useLang()
  const [page, setPage] = useState<EvaluationPage | null>(null)
  const [roleNames, setRoleNames] = useState<ReadonlyMap<string, Bilingual>>(new Map())
  const [offset, setOffset] = useState(0)
  const [keptPlans, setKeptPlans] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [plan, setPlan] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [results, setResults] = useState<ImportResult[]>([])
  const fileInput = useRef<HTMLInputElement>(null)

  const refresh = () =>
    Promise.all([
      pageEvaluations({ ...(plan ? { plan } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), offset, limit: PAGE }),
      evaluationPlans(),
    ])
      .then(([p, ids]) => {
        setPage(p)
        setKeptPlans(ids)
      })
      .catch((e: unknown) => setProblem(String(e)))
  useEffect(() => {
    void refresh()
  }, [plan, from, to, offset])
  // Role names for "played as": the plans load on demand (only when some shown evaluation was played as one role).
  const solo = (page?.items ?? []).some((i) => i.evaluation.playedAs !== null)
  useEffect(() => {
    if (!solo || roleNames.size > 0) return
    let live = true
    void import('../../plans/index.ts').then(({ plans }) => {
      if (!live) return
      const m = new Map<string, Bilingual>()
      for (const id of plans.ids()) for (const r of plans.get(id)?.definition.roles ?? []) m.set(`${id}/${r.id}`, r.name)
      setRoleNames(m)
    })
    return () => {
      live = false
    }
  }, [solo, roleNames])
  // A new filter starts at the first page.
  useEffect(() => setOffset(0), [plan, from, to])

  async function onFiles(list: FileList | null) {
    if (!list || list.length === 0) return
    const files = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })))
    try {
      setResults(await importEvaluationFiles(files, new Date().toISOString()))
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e))
    }
    if (fileInput.current) fileInput.current.value = ''
    await refresh()
  }

  async function exportAll() {
    const [{ evaluationBundle }, all] = await Promise.all([import('../../engine/evaluationSchema.ts'), listEvaluations()])
    download(`plandrill-evaluations-${new Date().toISOString().slice(0, 10)}.json`, evaluationBundle(all.map((i) => i.evaluation)), 'application/json')
  }

  const planIds = [...new Set([...catalog.plans.map((p) => p.id), ...keptPlans])]
  const shown = page?.items ?? []
  const planTitle = (id: string) => pick(catalog.plans.find((p) => p.id === id)?.title ?? shown.find((i) => i.planId === id)?.evaluation.plan.title) || id

  return (
    <section className="page">
      <h1>{t('history.title')}</h1>
      <div className="toolbar">
        <label>
          {t('library.plan')}
          <select value={plan} onChange={(e) => setPlan(e.target.value)}>
            <option value="">{t('library.allPlans')}</option>
            {planIds.map((id) => <option key={id} value={id}>{planTitle(id)}</option>)}
          </select>
        </label>
        <label>{t('history.from')}<input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label>{t('history.to')}<input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <span className="spacer" />
        <label className="button">
          {t('history.import')}
          <input ref={fileInput} type="file" accept=".json,application/json" multiple className="visually-hidden" data-testid="import-input" onChange={(e) => void onFiles(e.target.files)} />
        </label>
        <button type="button" disabled={!page || page.all === 0} onClick={() => void exportAll()}>
          {t('history.exportAll')}
        </button>
      </div>
      {problem && <p className="notice notice-error" role="alert">{problem}</p>}
      {results.length > 0 && (
        <div className="import-results" role="status">
          {results.map((r) => r.problems.length > 0 ? (
            <div key={r.file} className="notice notice-error" role="alert">
              <p><strong>{t('history.refused', { file: r.file })}</strong></p>
              <ul>{r.problems.slice(0, 12).map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>
              {r.problems.length > 12 && <p>{t('history.moreProblems', { count: r.problems.length - 12 })}</p>}
            </div>
          ) : (
            <p key={r.file} className="notice">{t('history.imported', { file: r.file, added: r.added.length, kept: r.kept.length })}</p>
          ))}
        </div>
      )}
      {page === null ? <p role="status">{t('app.loading')}</p> : shown.length === 0 ? (
        <p className="muted">{page.all === 0 ? t('history.empty') : t('history.noMatch')}</p>
      ) : (
        <div className="table-wrap">
          <table className="history">
            <caption className="visually-hidden">{t('history.title')}</caption>
            <thead><tr><th scope="col">{t('history.date')}</th><th scope="col">{t('library.plan')}</th><th scope="col">{t('history.scenario')}</th><th scope="col" className="num">{t('report.score')}</th><th scope="col">{t('report.rating')}</th><th scope="col">{t('history.source')}</th><th scope="col"><span className="visually-hidden">{t('history.actions')}</span></th></tr></thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.id}>
                  <td>{shortTime(i.startedAt, true)}</td>
                  <td>{pick(i.evaluation.plan.title)}</td>
                  <td><Link href={`/evaluation/${encodeURIComponent(i.id)}`}>{pick(i.evaluation.scenario.title)}</Link></td>
                  <td className="num">{i.evaluation.score.toFixed(1)}</td>
                  <td><span className={`rating-chip rating-${i.evaluation.rating}`}>{i.evaluation.rating}</span></td>
                  <td className="small">
                    {i.evaluation.autopilot ? `${t('report.autopilot')}: ${i.evaluation.autopilot}` : t(`history.origin.${i.origin}`)}
                    {i.evaluation.playedAs !== null && <> · <span data-testid="played-as">{t('history.playedAs', { role: pick(roleNames.get(`${i.planId}/${i.evaluation.playedAs}`)) || i.evaluation.playedAs })}</span></>}
                    {i.evaluation.upgradedFrom && <> <span className="tag" title={i.evaluation.upgradedFrom}>{t('history.olderVersion')}</span></>}
                  </td>
                  <td>
                    <ConfirmButton danger label={t('history.delete')} question={t('history.deleteConfirm', { title: pick(i.evaluation.scenario.title), date: shortTime(i.startedAt, true) })} confirm={t('history.delete')} onConfirm={() => void deleteEvaluation(i.id).then(refresh)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small pager" data-testid="history-count">
        {t('history.count', { first: page && page.matching > 0 ? offset + 1 : 0, last: offset + shown.length, matching: page?.matching ?? 0, total: page?.all ?? 0 })}
        {page && page.matching > PAGE && (
          <>
            {' '}<button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('history.previous')}</button>
            {' '}<button type="button" disabled={offset + PAGE >= page.matching} onClick={() => setOffset(offset + PAGE)}>{t('history.next')}</button>
          </>
        )}
      </p>
    </section>
  )
}
