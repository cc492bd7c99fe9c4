/** `#/plans/<id>`: the statechart as a diagram (lazy), levels and their rules, roles, actions, and every expectation with its clause. */
import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearch } from 'wouter'
import { allLevelValues, explainPlan, PHASES } from '../../engine/index.ts'
import { Loading } from '../App.tsx'
import { plans } from '../../plans/index.ts'
import { useLang } from '../i18n.ts'

const PlanDiagram = lazy(() => import('../diagram/PlanDiagram.tsx'))

export default function PlanPage({ planId }: { planId: string }) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const plan = plans.get(planId)
  // `?focus=<expectation>` (from the review dashboard): bring that requirement's row into view and mark it.
  const focus = new URLSearchParams(useSearch()).get('focus')
  useEffect(() => {
    if (focus === null) return
    const row = document.getElementById(`exp-${focus}`)
    row?.scrollIntoView({ block: 'center' })
  }, [focus])
  if (!plan) {
    return (
      <section className="page">
        <h1>{t('plans.missing')}</h1>
        <p><code>{planId}</code></p>
        <p><Link href="/plans">{t('nav.plans')}</Link></p>
      </section>
    )
  }
  const d = plan.definition
  const checklist = explainPlan(plan, lang)
  const roleName = (r: string) => pick(d.roles.find((x) => x.id === r)?.name) || r
  const actionName = (a: string) => pick(d.actions.find((x) => x.id === a)?.name) || a
  const deadlines = new Map(checklist.phases.flatMap((p) => p.roles.flatMap((r) => r.items.map((i) => [i.id, i] as const))))
  return (
    <article className="page plan" aria-labelledby="plan-title">
      <h1 id="plan-title">{pick(d.title)}</h1>
      <p className="lead">{pick(d.summary)}</p>
      <p className="muted small">{t('plans.source')}: {d.source.title} ({d.source.seed}) · <code>{d.id}@{d.version}</code></p>

      <section aria-labelledby="diagram-title">
        <h2 id="diagram-title">{t('plans.diagram')}</h2>
        <Suspense fallback={<Loading />}>
          <PlanDiagram plan={plan} lang={lang} />
        </Suspense>
      </section>

      {d.levels.length > 0 && (
        <section aria-labelledby="levels-title">
          <h2 id="levels-title">{t('plans.levels')}</h2>
          <ul>
            {checklist.levels.map((l) => <li key={l.name}><strong>{l.name}</strong><ul>{l.rules.map((r, i) => <li key={i} className="small">{r}</li>)}</ul></li>)}
          </ul>
        </section>
      )}

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('plans.roles')}</h2>
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('plans.role')}</th><th scope="col">{t('plans.id')}</th><th scope="col">{t('plans.external')}</th></tr></thead>
            <tbody>{d.roles.map((r) => <tr key={r.id}><td>{pick(r.name)}{lang === 'en' && <span className="muted small" lang="zh-CN"> {r.name.zh}</span>}</td><td><code>{r.id}</code></td><td>{r.external ? t('plans.yes') : ''}</td></tr>)}</tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="exp-title">
        <h2 id="exp-title">{t('plans.expectations')}</h2>
        {PHASES.map((p) => {
          const list = d.expectations.filter((x) => x.phase === p.id)
          if (list.length === 0) return null
          return (
            <section key={p.id}>
              <h3>{pick(p.name)}</h3>
              <div className="table-wrap">
                <table className="expectations-table">
                  <thead><tr><th scope="col">{t('plans.requirement')}</th><th scope="col">{t('plans.who')}</th><th scope="col">{t('plans.action')}</th><th scope="col">{t('plans.deadline')}</th><th scope="col">{t('plans.clause')}</th></tr></thead>
                  <tbody>
                    {list.map((x) => {
                      const item = deadlines.get(x.id)
                      const quote = x.quote === undefined ? undefined : allLevelValues(x.quote).join(' ／ ')
                      return (
                        <tr key={x.id} id={`exp-${x.id}`} className={focus === x.id ? 'focused' : undefined} aria-current={focus === x.id ? 'true' : undefined}>
                          <td>
                            {pick(x.text)}
                            {x.critical && <span className="tag tag-warn">{t('report.critical')}</span>}
                            {x.optional && <span className="tag">{t('plans.optional')}</span>}
                            {lang === 'en' && <div className="muted small" lang="zh-CN">{x.text.zh}</div>}
                            {quote && <div className="quote small" lang="zh-CN">「{quote}」</div>}
                          </td>
                          <td>{item?.role ?? roleName('')}</td>
                          <td>{actionName(x.action)}</td>
                          <td className="small">{item?.deadline}</td>
                          <td className="small">{item?.clause}</td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          )
        })}
      </section>

      {d.projectRules.length > 0 && (
        <section aria-labelledby="rules-title">
          <h2 id="rules-title">{t('plans.projectRules')}</h2>
          <p className="muted small">{t('plans.projectRulesHelp')}</p>
          <ul>{d.projectRules.map((r) => <li key={r.id} className="small"><code>{r.id}</code> <strong>{pick(r.topic)}</strong>: {pick(r.rule)}</li>)}</ul>
        </section>
      )}
    </article>
  )
}
