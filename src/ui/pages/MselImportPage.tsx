/**
 * `#/import-msel`: a spreadsheet MSEL (CSV, XLSX or JSON) becomes a new scenario. The page shows the column mapping
 * (which the trainer can correct), a preview, and every problem by row and column; a scenario is created only when
 * there are none, under an id no existing scenario has, so nothing already there is touched.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { MSEL_FIELDS } from '../../msel/index.ts'
import type { MselField, MselImport, MselWorkbook } from '../../msel/index.ts'
import { plans, shippedCatalog } from '../catalog.ts'
import { indexScenario } from '../catalogIndex.ts'
import { useLang } from '../i18n.ts'
import { listVariants, saveVariant } from '../store.ts'

export default function MselImportPage() {
  const { t } = useTranslation('msel')
  const { pick } = useLang()
  const [file, setFile] = useState<{ name: string; workbook: MselWorkbook } | null>(null)
  const [planId, setPlanId] = useState(plans.ids()[0] ?? '')
  const [sheet, setSheet] = useState('')
  const [start, setStart] = useState('')
  const [step, setStep] = useState('')
  const [generic, setGeneric] = useState('')
  const [mapping, setMapping] = useState<Record<string, MselField | null>>({})
  const [result, setResult] = useState<MselImport | null>(null)
  const [readProblem, setReadProblem] = useState<string | null>(null)
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null)

  async function onFile(f: File | undefined) {
    setCreated(null)
    setResult(null)
    setMapping({})
    setSheet('')
    if (!f) return
    try {
      const m = await import('../../msel/index.ts')
      const lower = f.name.toLowerCase()
      const workbook = lower.endsWith('.xlsx') ? await m.readMselXlsx(new Uint8Array(await f.arrayBuffer())) : lower.endsWith('.json') ? m.readMselJson(await f.text()) : m.readMselCsv(await f.text())
      setReadProblem(null)
      setFile({ name: f.name, workbook })
    } catch (e) {
      setReadProblem(`${f.name}: ${e instanceof Error ? e.message : String(e)}`)
      setFile(null)
    }
  }

  // Re-map whenever the file or an option changes; the mapping never throws.
  useEffect(() => {
    if (!file) return
    let live = true
    void import('../../msel/index.ts').then((m) => {
      if (!live) return
      setResult(m.mselToScenario(file.workbook, {
        plans, file: file.name, plan: planId,
        ...(sheet ? { sheet } : {}), ...(start ? { start: start.length === 16 ? `${start}:00+08:00` : start } : {}), ...(step ? { step } : {}),
        ...(generic ? { genericEvent: generic } : {}), ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
      }))
    })
    return () => {
      live = false
    }
  }, [file, planId, sheet, start, step, generic, mapping])

  async function create() {
    if (!result?.scenario || !result.yaml) return
    const taken = new Set([...shippedCatalog().entries.map((e) => e.scenario.id), ...(await listVariants()).map((v) => v.id)])
    let id = result.scenario.id
    for (let n = 2; taken.has(id); n++) id = `${result.scenario.id}-${n}`
    const text = id === result.scenario.id ? result.yaml : result.yaml.replace(/^id: .*$/m, `id: ${id}`)
    const { entryFromText } = await import('../catalog.ts')
    const entry = entryFromText(text, `${id}.yaml`, 'variant')
    if ('problem' in entry) {
      setReadProblem(entry.problem)
      return
    }
    await saveVariant({ id, planId: entry.scenario.plan, text, createdAt: new Date().toISOString(), summary: indexScenario(entry.plan, entry.scenario, 'variant') })
    setCreated({ id, title: pick(entry.scenario.title) })
  }

  const plan = plans.get(planId)?.definition
  return (
    <section className="page" aria-labelledby="import-title">
      <h1 id="import-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="toolbar">
        <label>
          {t('file')}
          <input type="file" accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="msel-file" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        <label>
          {t('plan')}
          <select value={planId} onChange={(e) => setPlanId(e.target.value)} data-testid="msel-plan">
            {plans.ids().map((id) => <option key={id} value={id}>{pick(plans.get(id)?.definition.title)}</option>)}
          </select>
        </label>
        {result && result.sheets.length > 1 && (
          <label>
            {t('sheet')}
            <select value={sheet || (result.sheet ?? '')} onChange={(e) => setSheet(e.target.value)}>
              {result.sheets.map((s) => <option key={s.name} value={s.name}>{s.name} ({s.rows})</option>)}
            </select>
          </label>
        )}
        <label>{t('start')}<input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} data-testid="msel-start" /></label>
        <label>{t('step')}<input value={step} onChange={(e) => setStep(e.target.value)} placeholder="10m" size={6} /></label>
        <label>
          {t('generic')}
          <select value={generic} onChange={(e) => setGeneric(e.target.value)} data-testid="msel-generic">
            <option value="">—</option>
            {plan?.events.map((ev) => <option key={ev.id} value={ev.id}>{pick(ev.name)} ({ev.id})</option>)}
          </select>
        </label>
      </div>
      {readProblem && <pre className="notice notice-error error-text" role="alert">{readProblem}</pre>}

      {result && (
        <>
          <h2>{t('mapping')}</h2>
          <div className="table-wrap">
            <table className="mapping" data-testid="msel-mapping">
              <thead><tr><th scope="col">{t('column')}</th><th scope="col">{t('field')}</th></tr></thead>
              <tbody>
                {result.mapping.map((m) => (
                  <tr key={m.index}>
                    <td>{m.letter} · {m.column}</td>
                    <td>
                      <select value={m.field ?? ''} aria-label={`${t('field')}: ${m.column}`} onChange={(e) => setMapping({ ...mapping, [m.letter]: (e.target.value || null) as MselField | null })}>
                        <option value="">{t('ignore')}</option>
                        {MSEL_FIELDS.map((f) => <option key={f} value={f}>{f}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {result.problems.length > 0 ? (
            <div className="notice notice-error" role="alert" data-testid="msel-problems">
              <p><strong>{t('refused', { count: result.problems.length })}</strong></p>
              <table>
                <thead><tr><th scope="col">{t('row')}</th><th scope="col">{t('column')}</th><th scope="col">{t('problem')}</th></tr></thead>
                <tbody>{result.problems.slice(0, 300).map((p, i) => <tr key={i}><td>{p.row || '—'}</td><td>{p.column || '—'}</td><td>{p.message}</td></tr>)}</tbody>
              </table>
              {result.problems.length > 300 && <p>{t('more', { count: result.problems.length - 300 })}</p>}
            </div>
          ) : (
            <p className="notice" role="status" data-testid="msel-ready">{t('ready', { count: result.scenario?.injects.length ?? 0 })}</p>
          )}
          {result.notes.length > 0 && (
            <details className="small">
              <summary>{t('notes', { count: result.notes.length })}</summary>
              <ul>{result.notes.slice(0, 200).map((n, i) => <li key={i}>{n.row ? `${t('row')} ${n.row}` : ''} {n.column}: {n.message}</li>)}</ul>
            </details>
          )}

          <h2>{t('preview')}</h2>
          <div className="table-wrap">
            <table className="preview" data-testid="msel-preview">
              <thead><tr><th scope="col">{t('row')}</th><th scope="col">{t('time')}</th><th scope="col">{t('event')}</th><th scope="col">{t('message')}</th><th scope="col">{t('problems')}</th></tr></thead>
              <tbody>
                {result.preview.slice(0, 300).map((r) => (
                  <tr key={r.row} className={r.skipped ? 'skipped' : r.problems > 0 ? 'has-problems' : undefined}>
                    <td>{r.row}</td><td>{r.at ?? '—'}</td><td>{r.skipped ?? r.event ?? '—'}</td><td className="small">{pick(r.message)}</td><td>{r.problems || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="toolbar">
            <button type="button" className="primary" disabled={!result.scenario} onClick={() => void create()} data-testid="msel-create">{t('create')}</button>
          </p>
          {created && (
            <p className="notice" role="status" data-testid="msel-created">
              {t('created', { title: created.title, id: created.id })}{' '}
              <Link href={`/console/${encodeURIComponent(created.id)}`}>{t('openConsole')}</Link> · <Link href={`/practice/${encodeURIComponent(created.id)}`}>{t('openPractice')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  )
}
