/**
 * After the drill: the evaluation is kept in the history, the hot wash is pre-filled from the scorer's findings, the
 * trainer edits strengths, areas for improvement and the improvement plan, and exports the AAR/IP. The content rules
 * (drafting, validation, the report's structure) are the engine's (src/engine/aar.ts).
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { aarHtml, aarMarkdown, aarTables, draftHotwash, IP_ELEMENTS, parseHotwash } from '../../engine/index.ts'
import type { AarInput, Evaluation, Hotwash as HotwashData, HotwashItem, ImprovementItem, Lang } from '../../engine/index.ts'
import type { CatalogEntry } from '../catalog.ts'
import { download } from '../format.ts'
import { useLang } from '../i18n.ts'
import { finishConsole } from '../store.ts'
import type { SavedConsole } from '../store.ts'

type Exercise = NonNullable<SavedConsole['exercise']>

interface Props {
  readonly entry: CatalogEntry
  readonly saved: SavedConsole
  readonly evaluation: Evaluation | null
  readonly patch: (f: (s: SavedConsole) => SavedConsole) => void
  readonly lang: Lang
}

export default function Hotwash({ entry, saved, evaluation, patch, lang }: Props) {
  const { t } = useTranslation('console')
  const { pick } = useLang()
  const def = entry.plan.definition
  const [problem, setProblem] = useState<string | null>(null)
  const [invalid, setInvalid] = useState<string[]>([])

  // Keep the evaluation in the history once, and draft the hot wash from it once.
  useEffect(() => {
    if (!evaluation) return
    if (saved.evaluationId !== evaluation.id) {
      void finishConsole(saved, evaluation, new Date().toISOString())
        .then(() => patch((s) => ({ ...s, evaluationId: evaluation.id })))
        .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
    }
    if (saved.hotwash === undefined) {
      const draft = draftHotwash(evaluation, def, lang, new Date().toISOString().slice(0, 10))
      patch((s) => (s.hotwash === undefined ? { ...s, hotwash: draft } : s))
    }
  }, [evaluation, saved, def, lang, patch])

  if (!evaluation) return null
  const hw = saved.hotwash as HotwashData | undefined
  if (!hw) return null
  const exercise: Exercise = saved.exercise ?? { name: saved.drill.console.title, location: '', sponsor: '', pointOfContact: '', objectives: [] }
  const setHw = (f: (h: HotwashData) => HotwashData) => patch((s) => ({ ...s, hotwash: f(s.hotwash as HotwashData) }))
  const setEx = (change: Partial<Exercise>) => patch((s) => ({ ...s, exercise: { ...exercise, ...change } }))
  const capName = (id: string) => pick(def.capabilities.find((c) => c.id === id)?.name) || id

  function input(): AarInput | null {
    try {
      const hotwash = parseHotwash(JSON.parse(JSON.stringify(hw)), 'hot wash')
      setInvalid([])
      return {
        evaluation: evaluation as Evaluation,
        plan: def,
        scenario: { id: entry.scenario.id, title: entry.scenario.title, ...(entry.scenario.description ? { description: entry.scenario.description } : {}) },
        console: saved.drill.console,
        hotwash,
        exercise: {
          name: exercise.name, type: 'tabletop',
          ...(exercise.location ? { location: exercise.location } : {}),
          ...(exercise.sponsor ? { sponsor: exercise.sponsor } : {}),
          ...(exercise.pointOfContact ? { pointOfContact: exercise.pointOfContact } : {}),
          ...(exercise.objectives.length > 0 ? { objectives: exercise.objectives } : {}),
        },
      }
    } catch (e) {
      const issues = (e as { issues?: readonly { path: string; message: string }[] }).issues
      setInvalid(issues ? issues.map((i) => `${i.path}: ${i.message}`) : [String(e)])
      return null
    }
  }
  const base = `aar-${saved.id}`
  async function exportAs(kind: 'md' | 'html' | 'xlsx') {
    const i = input()
    if (!i) return
    if (kind === 'md') download(`${base}.md`, aarMarkdown(i, lang), 'text/markdown;charset=utf-8')
    else if (kind === 'html') {
      const html = aarHtml(i, lang)
      download(`${base}.html`, html, 'text/html;charset=utf-8')
    } else {
      const { tablesToXlsx } = await import('../../export/xlsx.ts')
      download(`${base}.xlsx`, await tablesToXlsx(aarTables(i, lang), { created: new Date() }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    }
  }

  const itemList = (kind: 'strengths' | 'improvements') => (
    <section aria-labelledby={`hw-${kind}`}>
      <h3 id={`hw-${kind}`}>{t(`hotwash.${kind}`)}</h3>
      <ol className="hotwash-items" data-testid={`hotwash-${kind}`}>
        {hw[kind].map((it, k) => (
          <li key={it.id}>
            <p className="muted small">{capName(it.capability)}{it.clause ? ` · ${t('hotwash.clause')} ${it.clause}` : ''}</p>
            <label className="block">
              <span className="visually-hidden">{t(`hotwash.${kind}`)} {k + 1}</span>
              <textarea rows={2} value={it.text} onChange={(e) => setHw((h) => ({ ...h, [kind]: h[kind].map((x) => (x.id === it.id ? { ...x, text: e.target.value } : x)) }))} />
            </label>
            <label className="block small">
              {t('hotwash.analysis')}
              <textarea rows={2} value={it.analysis} onChange={(e) => setHw((h) => ({ ...h, [kind]: h[kind].map((x) => (x.id === it.id ? { ...x, analysis: e.target.value } : x)) }))} />
            </label>
            <button type="button" className="link-button" onClick={() => setHw((h) => ({ ...h, [kind]: h[kind].filter((x) => x.id !== it.id), plan: kind === 'improvements' ? h.plan.filter((p) => p.improvement !== it.id) : h.plan }))}>{t('hotwash.remove')}</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setHw((h) => {
        const item = newItem(h, kind)
        // A new area for improvement gets its row in the improvement plan, to be filled in.
        const plan = kind === 'improvements' ? [...h.plan, newIpRow(h, item.id)] : h.plan
        return { ...h, [kind]: [...h[kind], item], plan }
      })}>{t('hotwash.add')}</button>
    </section>
  )

  const setIp = (id: string, change: Partial<ImprovementItem>) => setHw((h) => ({ ...h, plan: h.plan.map((p) => (p.id === id ? { ...p, ...change } : p)) }))
  return (
    <section className="hotwash card" aria-labelledby="hotwash-title">
      <h2 id="hotwash-title">{t('hotwash.title')}</h2>
      <p>
        <strong data-testid="hotwash-score">{t('hotwash.score', { score: evaluation.score.toFixed(1), rating: evaluation.rating })}</strong>
        {' '}<Link href={`/evaluation/${encodeURIComponent(evaluation.id)}`}>{t('hotwash.report')}</Link>
      </p>
      <p className="muted">{t('hotwash.lead')}</p>
      {problem && <p className="notice notice-error" role="alert">{t('saveFailed')} {problem}</p>}

      <fieldset>
        <legend>{t('hotwash.exercise')}</legend>
        <div className="entry-form">
          <label className="wide">{t('hotwash.name')}<input value={exercise.name} onChange={(e) => setEx({ name: e.target.value })} /></label>
          <label>{t('hotwash.location')}<input value={exercise.location} onChange={(e) => setEx({ location: e.target.value })} /></label>
          <label>{t('hotwash.sponsor')}<input value={exercise.sponsor} onChange={(e) => setEx({ sponsor: e.target.value })} /></label>
          <label>{t('hotwash.poc')}<input value={exercise.pointOfContact} onChange={(e) => setEx({ pointOfContact: e.target.value })} /></label>
          <label className="wide">{t('hotwash.objectives')}<textarea rows={3} value={exercise.objectives.join('\n')} onChange={(e) => setEx({ objectives: e.target.value.split('\n').filter((x) => x.trim() !== '') })} /></label>
        </div>
      </fieldset>

      <div className="two-col">
        {itemList('strengths')}
        {itemList('improvements')}
      </div>

      <h3>{t('hotwash.plan')}</h3>
      <div className="table-wrap">
        <table className="ip-matrix" data-testid="ip-matrix">
          <thead>
            <tr>
              <th scope="col">{t('hotwash.capability')}</th><th scope="col">{t('hotwash.issue')}</th><th scope="col">{t('hotwash.corrective')}</th><th scope="col">{t('hotwash.element')}</th>
              <th scope="col">{t('hotwash.org')}</th><th scope="col">{t('hotwash.poc')}</th><th scope="col">{t('hotwash.start')}</th><th scope="col">{t('hotwash.completion')}</th>
            </tr>
          </thead>
          <tbody>
            {hw.plan.map((p) => (
              <tr key={p.id}>
                <td className="small">{capName(p.capability)}{p.clause && <div className="muted">{p.clause}</div>}</td>
                <td><textarea rows={2} value={p.issue} aria-label={t('hotwash.issue')} onChange={(e) => setIp(p.id, { issue: e.target.value })} /></td>
                <td><textarea rows={2} value={p.correctiveAction} aria-label={t('hotwash.corrective')} onChange={(e) => setIp(p.id, { correctiveAction: e.target.value })} /></td>
                <td>
                  <select value={p.element} aria-label={t('hotwash.element')} onChange={(e) => setIp(p.id, { element: e.target.value as ImprovementItem['element'] })}>
                    {IP_ELEMENTS.map((x) => <option key={x} value={x}>{t(`hotwash.elements.${x}`)}</option>)}
                  </select>
                </td>
                <td><input value={p.responsibleOrg} aria-label={t('hotwash.org')} onChange={(e) => setIp(p.id, { responsibleOrg: e.target.value })} /></td>
                <td><input value={p.pointOfContact} aria-label={t('hotwash.poc')} onChange={(e) => setIp(p.id, { pointOfContact: e.target.value })} size={8} /></td>
                <td><input type="date" value={p.start} aria-label={t('hotwash.start')} onChange={(e) => setIp(p.id, { start: e.target.value })} /></td>
                <td><input type="date" value={p.completion} aria-label={t('hotwash.completion')} onChange={(e) => setIp(p.id, { completion: e.target.value })} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {invalid.length > 0 && <div className="notice notice-error" role="alert">{t('hotwash.invalid')}<ul>{invalid.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul></div>}
      <p className="toolbar">
        <button type="button" className="primary" onClick={() => void exportAs('md')}>{t('hotwash.exportMd')}</button>
        <button type="button" onClick={() => void exportAs('html')}>{t('hotwash.exportHtml')}</button>
        <button type="button" onClick={() => void exportAs('xlsx')}>{t('hotwash.exportXlsx')}</button>
      </p>
    </section>
  )
}

function newItem(h: HotwashData, kind: 'strengths' | 'improvements'): HotwashItem {
  const prefix = kind === 'strengths' ? 's' : 'i'
  let n = h[kind].length + 1
  while (h[kind].some((x) => x.id === `${prefix}${n}`)) n++
  return { id: `${prefix}${n}`, capability: '', text: '', analysis: '', clause: null, expectation: null, source: 'trainer' }
}

function newIpRow(h: HotwashData, improvement: string): ImprovementItem {
  let n = h.plan.length + 1
  while (h.plan.some((x) => x.id === `ip${n}`)) n++
  return { id: `ip${n}`, improvement, capability: '', issue: '', correctiveAction: '', element: 'training', responsibleOrg: '', pointOfContact: '', start: '', completion: '', clause: null }
}
