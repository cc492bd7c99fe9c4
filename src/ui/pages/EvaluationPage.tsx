/** `#/evaluation/<id>`: one evaluation — score, rating, charts (lazy), expectations, findings with clauses, action log, exports. */
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { evaluationMarkdown, quoteOf, STATUS_NAMES } from '../../engine/index.ts'
import type { Evaluation } from '../../engine/index.ts'
import { Loading } from '../App.tsx'
import { plans } from '../../plans/index.ts'
import { download, shortTime } from '../format.ts'
import { useLang } from '../i18n.ts'
import { getEvaluation } from '../store.ts'

const EvaluationCharts = lazy(() => import('../charts/EvaluationCharts.tsx'))

export default function EvaluationPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; evaluation: Evaluation }>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    getEvaluation(id)
      .then((s) => live && setState(s ? { kind: 'ready', evaluation: s.evaluation } : { kind: 'missing' }))
      .catch(() => live && setState({ kind: 'missing' }))
    return () => {
      live = false
    }
  }, [id])
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'missing') {
    return (
      <section className="page">
        <h1>{t('report.missing')}</h1>
        <p><code>{id}</code></p>
        <p><Link href="/evaluations">{t('nav.history')}</Link></p>
      </section>
    )
  }
  return <Report evaluation={state.evaluation} />
}

function Report({ evaluation: e }: { evaluation: Evaluation }) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const sep = lang === 'zh' ? '、' : ', '
  const plan = plans.get(e.plan.id)
  const def = plan && plan.definition.version === e.plan.version ? plan.definition : plan?.definition
  const roleName = (r: string | null) => (r === null ? '—' : pick(def?.roles.find((x) => x.id === r)?.name) || r)
  const actionName = (a: string) => pick(def?.actions.find((x) => x.id === a)?.name) || a
  const level = def?.levels.find((l) => l.id === e.severity)
  const levelName = (id: string) => pick(def?.levels.find((l) => l.id === id)?.name) || id
  const statusName = (s: keyof (typeof STATUS_NAMES)['zh']) => STATUS_NAMES[lang][s]
  const armed = e.expectations.filter((x) => x.occurrence > 0)
  const unscored = armed.filter((x) => !x.scored).length
  const groups = [['improvement', t('report.improvements')], ['strength', t('report.strengths')], ['observation', t('report.observations')]] as const
  return (
    <article className="page report" aria-labelledby="report-title">
      <header className="report-head">
        <div>
          <p className="muted small">{t('report.kicker')} · {pick(e.plan.title)}</p>
          <h1 id="report-title">{pick(e.scenario.title)}</h1>
          <p className="muted small">
            {shortTime(e.startedAt, true)} → {shortTime(e.endedAt, true)}
            {e.participants.length > 0 && <> · {t('report.participants')}: {e.participants.join(sep)}</>}
            {e.autopilot && <> · {t('report.autopilot')}: {e.autopilot}</>}
            {e.playedAs !== null && <> · {t('report.playedAs')}: <strong data-testid="played-as">{roleName(e.playedAs)}</strong></>}
            {' · '}{t('library.level')}: {level ? pick(level.name) : (e.severity ?? '—')}
          </p>
        </div>
        <div className={`score rating-${e.rating}`} aria-label={t('report.scoreLabel', { score: e.score.toFixed(1), rating: e.rating })}>
          <span className="score-value" data-testid="score">{e.score.toFixed(1)}</span>
          <span className="score-rating">{e.rating}</span>
          <span className="small">{t(`rating.${e.rating}`)}</span>
        </div>
      </header>
      {e.upgradedFrom && <p className="notice" role="note" data-testid="upgraded">{t('report.upgraded', { schema: e.upgradedFrom })}</p>}
      {unscored > 0 && <p className="muted small">{t('report.notScoredHint')} ({unscored})</p>}
      <div className="report-actions no-print">
        <button type="button" onClick={() => download(`${e.id}.json`, `${JSON.stringify(e, null, 2)}\n`, 'application/json')}>{t('report.exportJson')}</button>
        <button type="button" onClick={() => download(`${e.id}.${lang}.md`, evaluationMarkdown(e, lang, def), 'text/markdown')}>{t('report.exportMd')}</button>
        <button type="button" onClick={() => window.print()}>{t('report.print')}</button>
        <Link href={`/practice/${encodeURIComponent(e.scenario.id)}`}>{t('report.again')}</Link>
      </div>
      <ul className="summary-chips" aria-label={t('report.summary')}>
        {Object.entries(e.summary).filter(([, n]) => n > 0).map(([s, n]) => <li key={s} className={`badge badge-${s}`}>{statusName(s as keyof (typeof STATUS_NAMES)['zh'])} {n}</li>)}
      </ul>

      <Suspense fallback={<Loading />}>
        <EvaluationCharts evaluation={e} lang={lang} />
      </Suspense>

      <section aria-labelledby="caps-title">
        <h2 id="caps-title">{t('report.capabilities')}</h2>
        <table>
          <thead><tr><th scope="col">{t('report.capability')}</th><th scope="col" className="num">{t('report.score')}</th><th scope="col">{t('report.rating')}</th></tr></thead>
          <tbody>
            {e.capabilities.map((c) => <tr key={c.id}><td>{pick(c.name)}</td><td className="num">{c.score.toFixed(1)}</td><td><span className={`rating-chip rating-${c.rating}`}>{c.rating}</span>{c.capped && <span className="muted small"> {t('report.capped')}</span>}</td></tr>)}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t('report.findings')}</h2>
        {groups.map(([kind, heading]) => {
          const list = e.findings.filter((f) => f.kind === kind)
          if (list.length === 0) return null
          return (
            <section key={kind} className={`findings findings-${kind}`}>
              <h3>{heading}</h3>
              <ul>
                {list.map((f, i) => {
                  const quote = f.expectation ? quoteOf(def, f.expectation, e.severity) : undefined
                  return (
                    <li key={i}>
                      <p>{pick(f.text)}</p>
                      {f.clause && (
                        <p className="clause">
                          <span className="tag">{f.clause}</span>
                          {quote && <q lang="zh-CN">{quote}</q>}
                          {lang === 'en' && f.text.zh && <span className="muted small" lang="zh-CN"> {f.text.zh}</span>}
                        </p>
                      )}
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })}
      </section>

      <section aria-labelledby="exp-title">
        <h2 id="exp-title">{t('report.expectations')}</h2>
        <div className="table-wrap">
          <table className="expectations-table">
            <thead><tr><th scope="col">{t('report.status')}</th><th scope="col">{t('report.requirement')}</th><th scope="col">{t('report.due')}</th><th scope="col">{t('report.done')}</th><th scope="col">{t('report.by')}</th><th scope="col">{t('report.clause')}</th></tr></thead>
            <tbody>
              {armed.map((x) => (
                <tr key={`${x.id}#${x.occurrence}`} data-expectation={x.id} data-status={x.status} data-scored={x.scored ? undefined : 'false'} className={x.scored ? undefined : 'not-scored muted'}>
                  <td>
                    <span className={`badge badge-${x.status}`}>{statusName(x.status)}</span>{x.lateBy && <span className="small"> +{x.lateBy}</span>}
                    {!x.scored && <> <span className="tag" title={t('report.notScoredHint')}>{t('report.notScored')}</span></>}
                  </td>
                  <td>
                    {pick(x.text)}{x.occurrence > 1 ? ` (#${x.occurrence})` : ''}{x.critical && <span className="tag tag-warn">{t('report.critical')}</span>}
                    {x.missingRecipients.length > 0 && <div className="small" data-testid="missing-recipients">{t('report.missingRecipients', { roles: x.missingRecipients.map(roleName).join(sep) })}</div>}
                    {x.declaredLevel !== null && <div className="small">{t('report.declaredLevel', { level: levelName(x.declaredLevel) })}</div>}
                  </td>
                  <td>{shortTime(x.due)}</td>
                  <td>{shortTime(x.doneAt)}</td>
                  <td>{roleName(x.doneBy)}</td>
                  <td className="small">{x.clause}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="log-title">
        <h2 id="log-title">{t('report.actions')}</h2>
        {e.actions.length === 0 ? <p className="muted">{t('report.noActions')}</p> : (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{t('report.time')}</th><th scope="col">{t('report.role')}</th><th scope="col">{t('report.action')}</th><th scope="col">{t('report.to')}</th><th scope="col">{t('report.level')}</th><th scope="col">{t('report.match')}</th><th scope="col">{t('report.note')}</th></tr></thead>
              <tbody>
                {e.actions.map((a, i) => (
                  <tr key={i} data-source={a.source}>
                    <td>{shortTime(a.at)}</td><td>{roleName(a.role)}</td><td>{actionName(a.action)}</td>
                    <td>{a.to && a.to.length > 0 ? a.to.map(roleName).join(sep) : ''}</td><td>{a.level ? levelName(a.level) : ''}</td>
                    <td>{t(`match.${a.match}`)}</td><td>{a.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  )
}
