/** `#/evaluations`: the kept evaluations — filter, open, delete (after asking), import files (never overwriting), export all. */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import catalog from 'virtual:plandrill-catalog'
import { ConfirmButton } from '../components/ConfirmButton.tsx'
import { download, shortTime } from '../format.ts'
import { useLang } from '../i18n.ts'
import { deleteEvaluation, importEvaluationFiles, listEvaluations } from '../store.ts'
import type { ImportResult, StoredEvaluation } from '../store.ts'

export default function HistoryPage() {
  const { t } = useTranslation()
  const { pick } = useLang()
  const [items, setItems] = useState<StoredEvaluation[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [plan, setPlan] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [results, setResults] = useState<ImportResult[]>([])
  const fileInput = useRef<HTMLInputElement>(null)

  const refresh = () => listEvaluations().then((l) => setItems(l.reverse())).catch((e: unknown) => setProblem(String(e)))
  useEffect(() => {
    void refresh()
  }, [])

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
    const { evaluationBundle } = await import('../../engine/evaluationSchema.ts')
    download(`plandrill-evaluations-${new Date().toISOString().slice(0, 10)}.json`, evaluationBundle((items ?? []).map((i) => i.evaluation)), 'application/json')
  }

  const planIds = [...new Set([...catalog.plans.map((p) => p.id), ...(items ?? []).map((i) => i.planId)])]
  const shown = (items ?? []).filter((i) => (plan === '' || i.planId === plan) && (from === '' || i.startedAt.slice(0, 10) >= from) && (to === '' || i.startedAt.slice(0, 10) <= to))

  return (
    <section className="page">
      <h1>{t('history.title')}</h1>
      <div className="toolbar">
        <label>
          {t('library.plan')}
          <select value={plan} onChange={(e) => setPlan(e.target.value)}>
            <option value="">{t('library.allPlans')}</option>
            {planIds.map((id) => <option key={id} value={id}>{pick(catalog.plans.find((p) => p.id === id)?.title ?? (items ?? []).find((i) => i.planId === id)?.evaluation.plan.title) || id}</option>)}
          </select>
        </label>
        <label>{t('history.from')}<input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label>{t('history.to')}<input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <span className="spacer" />
        <label className="button">
          {t('history.import')}
          <input ref={fileInput} type="file" accept=".json,application/json" multiple className="visually-hidden" data-testid="import-input" onChange={(e) => void onFiles(e.target.files)} />
        </label>
        <button type="button" disabled={!items || items.length === 0} onClick={() => void exportAll()}>
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
      {items === null ? <p role="status">{t('app.loading')}</p> : shown.length === 0 ? (
        <p className="muted">{items.length === 0 ? t('history.empty') : t('history.noMatch')}</p>
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
                  <td className="small">{i.evaluation.autopilot ? `${t('report.autopilot')}: ${i.evaluation.autopilot}` : t(`history.origin.${i.origin}`)}</td>
                  <td>
                    <ConfirmButton danger label={t('history.delete')} question={t('history.deleteConfirm', { title: pick(i.evaluation.scenario.title), date: shortTime(i.startedAt, true) })} confirm={t('history.delete')} onConfirm={() => void deleteEvaluation(i.id).then(refresh)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">{t('history.count', { shown: shown.length, total: items?.length ?? 0 })}</p>
    </section>
  )
}
