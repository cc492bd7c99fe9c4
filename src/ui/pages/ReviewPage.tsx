/**
 * `#/review`: the annual plan review dashboard. The engine's review runs in a worker over the kept evaluations and any
 * files imported for the session; this page only picks filters, lays out the result and exports it.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Lang, PlanReview, Recommendation, Review } from '../../engine/index.ts'
import { download } from '../format.ts'
import { useLang } from '../i18n.ts'
import type { DrillRef, Facets, ReviewFilter } from '../review/protocol.ts'
import { useReview } from '../review/useReview.ts'

const ReviewCharts = lazy(() => import('../charts/ReviewCharts.tsx'))

const WEAKEST = 12

export default function ReviewPage() {
  const { t } = useTranslation('review')
  const { t: tr } = useTranslation()
  const { lang } = useLang()
  const [plan, setPlan] = useState('')
  const [period, setPeriod] = useState('')
  const [scenario, setScenario] = useState('')
  const [role, setRole] = useState('')
  const filter = toFilter(plan, period, scenario, role)
  const r = useReview(filter)
  const fileInput = useRef<HTMLInputElement>(null)
  const marked = useRef(false)

  // A performance mark when the first review is on screen (the 10,000-evaluation measurement reads it).
  useEffect(() => {
    if (r.review && !marked.current) {
      marked.current = true
      performance.mark('plandrill:review-ready', { detail: { used: r.review.used, ms: r.ms } })
    }
  }, [r.review, r.ms])

  async function onFiles(list: FileList | null) {
    if (!list || list.length === 0) return
    r.addFiles(await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() }))))
    if (fileInput.current) fileInput.current.value = ''
  }

  const planFacet = r.facets?.plans.find((p) => p.id === plan)
  const review = r.review
  return (
    <section className="page review-page" aria-busy={r.busy}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="toolbar">
        <p className="muted small" role="status" data-testid="review-sources">
          {r.sources ? t('sources', { history: r.sources.history, files: r.sources.files }) : t('computing')}
          {review && !r.busy && <> · {t('computed', { used: review.used, ms: r.ms ?? 0 })}</>}
          {r.busy && <> · {t('computing')}</>}
        </p>
        <span className="spacer" />
        <label className="button">
          {t('importFiles')}
          <input ref={fileInput} type="file" accept=".json,application/json" multiple className="visually-hidden" data-testid="review-import" onChange={(e) => void onFiles(e.target.files)} />
        </label>
        <button type="button" disabled={!r.sources?.files} onClick={r.clearFiles}>{t('clearFiles')}</button>
      </div>
      <p className="muted small">{t('importHint')}</p>
      {r.problem && <p className="notice notice-error" role="alert">{r.problem}</p>}

      <fieldset className="toolbar filters">
        <legend>{t('filters')}</legend>
        <label>
          {t('plan')}
          <select value={plan} onChange={(e) => { setPlan(e.target.value); setScenario(''); setRole('') }} data-testid="filter-plan">
            <option value="">{t('allPlans')}</option>
            {(r.facets?.plans ?? []).map((p) => <option key={p.id} value={p.id}>{p.title[lang]}</option>)}
          </select>
        </label>
        <label>
          {t('period')}
          <select value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="filter-period">
            <option value="">{t('allPeriods')}</option>
            {periodOptions(r.facets, period).map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>
          {t('scenario')}
          <select value={scenario} disabled={!planFacet} onChange={(e) => setScenario(e.target.value)} data-testid="filter-scenario">
            <option value="">{planFacet ? t('allScenarios') : t('roleHint')}</option>
            {(planFacet?.scenarios ?? []).map((s) => <option key={s.id} value={s.id}>{s.title[lang]}</option>)}
          </select>
        </label>
        <label>
          {t('role')}
          <select value={role} disabled={!planFacet} onChange={(e) => setRole(e.target.value)} data-testid="filter-role">
            <option value="">{planFacet ? t('allRoles') : t('roleHint')}</option>
            {(planFacet?.roles ?? []).map((x) => <option key={x.id} value={x.id}>{x.name[lang]}</option>)}
          </select>
        </label>
        <span className="spacer" />
        {review && <Exports review={review} lang={lang} />}
      </fieldset>

      {review && (
        <p className="muted small" data-testid="review-counts">
          {t('counts', { inputs: review.inputs, used: review.used, skipped: review.skipped.length, outside: review.filtered.otherPlans + review.filtered.otherScenarios + review.filtered.outOfRange })}
        </p>
      )}
      {review && review.used > 0 && (
        <p className="muted small" data-testid="review-schemas">
          {tr('reviewSchemas.title')}{lang === 'zh' ? '：' : ': '}
          {(Object.entries(review.bySchema) as [string, number][]).sort(([x], [y]) => y.localeCompare(x)).map(([schema, count]) => tr('reviewSchemas.count', { schema: schema.replace(/^plandrill\/evaluation/, ''), count })).join(lang === 'zh' ? '，' : ', ')}
        </p>
      )}
      {review && review.plans.length === 0 && <p className="muted">{review.inputs === 0 ? t('empty') : t('noMatch')}</p>}
      {review?.plans.map((p) => <PlanSection key={`${p.id}@${p.version}`} p={p} lang={lang} drillsFor={r.drillsFor} />)}
      {review && review.skipped.length > 0 && (
        <details className="skipped" data-testid="review-skipped">
          <summary>{t('skipped', { count: review.skipped.length })}</summary>
          <ul>{review.skipped.map((s, i) => <li key={i}><code>{s.file}</code>: {s.reason}</li>)}</ul>
        </details>
      )}
    </section>
  )
}

function toFilter(plan: string, period: string, scenario: string, role: string): ReviewFilter {
  const f: { -readonly [K in keyof ReviewFilter]: ReviewFilter[K] } = {}
  if (plan) f.plan = plan
  if (scenario) f.scenario = scenario
  if (role) f.role = role
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1
    f.from = `${q[1]}-${String(first).padStart(2, '0')}`
    f.to = `${q[1]}-${String(first + 2).padStart(2, '0')}`
  } else if (period) {
    f.from = period
    f.to = period
  }
  return f
}

function periodOptions(facets: Facets | null, current: string): string[] {
  const list = [...(facets?.periods ?? [])]
  if (current && !list.includes(current)) list.unshift(current)
  return list
}

function PlanSection({ p, lang, drillsFor }: { p: PlanReview; lang: Lang; drillsFor: (plan: string, expectation: string, kind: Recommendation['kind']) => Promise<readonly DrillRef[]> }) {
  const { t } = useTranslation('review')
  const [all, setAll] = useState(false)
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`)
  const byFailure = [...p.expectations].filter((x) => x.armed > 0).sort((a, b) => (b.failureRate ?? 0) - (a.failureRate ?? 0) || (a.id < b.id ? -1 : 1))
  const rows = all ? p.expectations : byFailure.slice(0, WEAKEST)
  const headingId = `plan-${p.id}`
  return (
    <section className="review-plan" aria-labelledby={headingId} data-plan={p.id}>
      <h2 id={headingId}>{p.title[lang]} <span className="muted small">{p.id}@{p.version}</span></h2>
      <dl className="stats" data-testid="plan-stats">
        <div><dt>{t('stats.drills')}</dt><dd data-field="drills">{p.drills}</dd></div>
        <div><dt>{t('stats.participants')}</dt><dd data-field="participants">{p.participants}</dd></div>
        <div><dt>{t('stats.mean')}</dt><dd data-field="meanScore">{p.meanScore === null ? '—' : p.meanScore.toFixed(1)}</dd></div>
        <div>
          <dt>{t('stats.ratings')}</dt>
          <dd className="ratings">
            {(['P', 'S', 'M', 'U'] as const).map((k) => <span key={k}><span className={`rating-chip rating-${k}`}>{k}</span> <span data-field={`rating-${k}`}>{p.ratings[k]}</span></span>)}
          </dd>
        </div>
        <div><dt>{t('stats.span')}</dt><dd>{p.firstDrill ?? '—'} – {p.lastDrill ?? '—'}</dd></div>
      </dl>

      <Suspense fallback={<p className="muted" role="status">{t('charts.loading')}</p>}>
        <ReviewCharts plan={p} lang={lang} />
      </Suspense>

      <h3>{t('recommendations')}</h3>
      {p.recommendations.length === 0 ? <p className="muted">{t('noRecommendations')}</p> : (
        <ol className="recommendations" data-testid="recommendations">
          {p.recommendations.map((rec, i) => <RecommendationItem key={i} plan={p.id} rec={rec} lang={lang} drillsFor={drillsFor} />)}
        </ol>
      )}

      <h3>{t('expectations')}</h3>
      <div className="table-wrap">
        <table className="review-expectations" data-testid="expectations">
          <caption className="visually-hidden">{t('expectations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cols.expectation')}</th><th scope="col">{t('cols.clause')}</th>
              <th scope="col" className="num">{t('cols.drills')}</th><th scope="col" className="num">{t('cols.armed')}</th><th scope="col" className="num">{t('cols.onTime')}</th>
              <th scope="col" className="num">{t('cols.late')}</th><th scope="col" className="num">{t('cols.missed')}</th><th scope="col" className="num">{t('cols.wrongRole')}</th>
              <th scope="col" className="num">{t('cols.outOfOrder')}</th><th scope="col" className="num">{t('cols.failure')}</th>
              <th scope="col">{t('cols.medianLate')}</th><th scope="col">{t('cols.worstLate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr key={x.id} data-expectation={x.id}>
                <th scope="row">
                  {x.text[lang]} {x.critical && <span className="badge badge-missed">{t('critical')}</span>}
                  <div className="muted small"><code>{x.id}</code></div>
                </th>
                <td><Link href={`/plans/${encodeURIComponent(p.id)}?focus=${encodeURIComponent(x.id)}`}>{x.clause}</Link></td>
                <td className="num" data-field="drills">{x.drills}</td>
                <td className="num" data-field="armed">{x.armed}</td>
                <td className="num" data-field="onTime">{x.onTime}</td>
                <td className="num" data-field="late">{x.late}</td>
                <td className="num" data-field="missed">{x.missed}</td>
                <td className="num" data-field="wrongRole">{x.wrongRole}</td>
                <td className="num" data-field="outOfOrder">{x.outOfOrder}</td>
                <td className="num" data-field="failureRate">{pct(x.failureRate)}</td>
                <td>{x.medianLateBy ?? '—'}</td>
                <td>{x.worstLateBy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.expectations.length > WEAKEST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>{all ? t('showWeakest', { count: WEAKEST }) : t('showAll', { count: p.expectations.length })}</button>
      )}

      <div className="two-col">
        <div>
          <h3>{t('gaps')}</h3>
          {p.coverageGaps.length === 0 ? <p className="muted">{t('noGaps')}</p> : (
            <ul data-testid="coverage-gaps">
              {p.coverageGaps.map((g) => (
                <li key={g.expectation}>
                  <Link href={`/plans/${encodeURIComponent(p.id)}?focus=${encodeURIComponent(g.expectation)}`}><code>{g.expectation}</code></Link> {g.clause}
                  {g.critical && <> <span className="badge badge-missed">{t('critical')}</span></>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('neverRun')}</h3>
          {p.scenariosNeverRun.length === 0 ? <p className="muted">{t('noNeverRun')}</p> : (
            <ul>{p.scenariosNeverRun.map((s) => <li key={s}><Link href={`/practice/${encodeURIComponent(s)}`}><code>{s}</code></Link></li>)}</ul>
          )}
        </div>
      </div>
    </section>
  )
}

function RecommendationItem({ plan, rec, lang, drillsFor }: { plan: string; rec: Recommendation; lang: Lang; drillsFor: (plan: string, expectation: string, kind: Recommendation['kind']) => Promise<readonly DrillRef[]> }) {
  const { t } = useTranslation('review')
  const [drills, setDrills] = useState<readonly DrillRef[] | null>(null)
  const [open, setOpen] = useState(false)
  const ev = rec.evidence
  const toggle = () => {
    if (!open && drills === null && rec.expectation !== null) void drillsFor(plan, rec.expectation, rec.kind).then(setDrills)
    setOpen(!open)
  }
  return (
    <li className={`recommendation kind-${rec.kind}`} data-kind={rec.kind} data-expectation={rec.expectation ?? ''}>
      <p>
        <span className="badge">{t(`kinds.${rec.kind}`)}</span> {rec.critical && <span className="badge badge-missed">{t('critical')}</span>} {rec.text[lang]}
      </p>
      <p className="muted small">
        {t('evidence', { count: ev.count, drills: ev.drills, share: `${(ev.share * 100).toFixed(1)}%` })}
        {ev.medianLateBy && <> · {t('lateStats', { median: ev.medianLateBy, worst: ev.worstLateBy ?? '—' })}</>}
        {ev.wrongRoles && ev.wrongRoles.length > 0 && <> · {t('wrongRoles', { roles: ev.wrongRoles.map((w) => `${w.role} ×${w.count}`).join(lang === 'zh' ? '、' : ', ') })}</>}
        {rec.clause && rec.expectation && <> · <Link href={`/plans/${encodeURIComponent(plan)}?focus=${encodeURIComponent(rec.expectation)}`}>{t('clauseLink', { clause: rec.clause })}</Link></>}
        {rec.kind === 'run-scenario' && ev.scenario && <> · <Link href={`/practice/${encodeURIComponent(ev.scenario)}`}><code>{ev.scenario}</code></Link></>}
      </p>
      {/* Drills behind it: only where some drill shows the problem (not for clauses or scenarios never exercised). */}
      {ev.count > 0 && rec.expectation !== null && (
        <button type="button" className="link-button" aria-expanded={open} onClick={toggle}>{open ? t('hideDrills') : t('showDrills', { count: ev.count })}</button>
      )}
      {open && drills !== null && (drills.length === 0 ? <p className="muted small">{t('noDrills')}</p> : (
        <ul className="drill-refs small">
          {drills.slice(0, 200).map((d) => (
            <li key={d.id}>
              {d.inHistory ? <Link href={`/evaluation/${encodeURIComponent(d.id)}`}>{d.startedAt.slice(0, 16).replace('T', ' ')}</Link> : <span>{d.startedAt.slice(0, 16).replace('T', ' ')}</span>}
              {' '}{d.scenario[lang]} · {d.score.toFixed(1)} <span className={`rating-chip rating-${d.rating}`}>{d.rating}</span> · {d.statuses.join(', ')}
              {d.participants.length > 0 && <> · {d.participants.join(lang === 'zh' ? '、' : ', ')}</>}
              {!d.inHistory && <span className="muted"> ({t('notInHistory', { file: d.file })})</span>}
            </li>
          ))}
        </ul>
      ))}
    </li>
  )
}

function Exports({ review, lang }: { review: Review; lang: Lang }) {
  const { t } = useTranslation('review')
  const name = `plandrill-review-${review.filter.plan ?? 'all'}${review.filter.from ? `-${review.filter.from}` : ''}`
  async function md() {
    const { reviewMarkdown } = await import('../../engine/reviewExport.ts')
    download(`${name}.md`, reviewMarkdown(review, lang), 'text/markdown;charset=utf-8')
  }
  async function csv() {
    const { reviewTables, tableCsv } = await import('../../engine/reviewExport.ts')
    const table = reviewTables(review, lang).find((x) => x.id === 'expectations')
    if (table) download(`${name}.csv`, tableCsv(table), 'text/csv;charset=utf-8')
  }
  async function xlsx() {
    const [{ reviewTables }, { tablesToXlsx }] = await Promise.all([import('../../engine/reviewExport.ts'), import('../../export/xlsx.ts')])
    download(`${name}.xlsx`, await tablesToXlsx(reviewTables(review, lang), { created: new Date() }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }
  return (
    <span className="exports">
      <button type="button" onClick={() => void md()}>{t('export.md')}</button>
      <button type="button" onClick={() => void csv()}>{t('export.csv')}</button>
      <button type="button" onClick={() => void xlsx()}>{t('export.xlsx')}</button>
    </span>
  )
}
