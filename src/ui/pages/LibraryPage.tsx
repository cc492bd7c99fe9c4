/** `#/`: every plan and scenario, searchable and filterable, with a random variant where the plan has recipes. */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import catalog from 'virtual:plandrill-catalog'
import type { IndexedScenario } from '../catalogIndex.ts'
import { span } from '../format.ts'
import { useLang } from '../i18n.ts'
import { listDrills, listVariants, saveVariant } from '../store.ts'

export default function LibraryPage() {
  const { t } = useTranslation()
  const { pick } = useLang()
  const [query, setQuery] = useState('')
  const [planFilter, setPlanFilter] = useState('')
  const [variants, setVariants] = useState<IndexedScenario[]>([])
  const [inProgress, setInProgress] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [, navigate] = useLocation()

  useEffect(() => {
    let live = true
    void Promise.all([listVariants(), listDrills()])
      .then(([vs, ds]) => {
        if (!live) return
        setVariants(vs.map((v) => v.summary))
        setInProgress(new Set(ds.map((d) => d.key)))
      })
      .catch(() => setMessage(t('library.storageUnavailable')))
    return () => {
      live = false
    }
  }, [t])

  const all = useMemo(() => [...catalog.scenarios, ...variants], [variants])
  const q = query.trim().toLowerCase()
  const planTitle = (id: string) => catalog.plans.find((p) => p.id === id)?.title
  const shown = all.filter((e) => (planFilter === '' || e.plan === planFilter) &&
    (q === '' || [e.id, e.title.zh, e.title.en, planTitle(e.plan)?.zh ?? '', planTitle(e.plan)?.en ?? '', e.levelName?.zh ?? '', e.levelName?.en ?? ''].some((s) => s.toLowerCase().includes(q))))

  async function randomVariant(planId: string) {
    setBusy(planId)
    setMessage(null)
    try {
      const { makeVariant } = await import('../variants.ts')
      const seed = Math.floor(Math.random() * 2 ** 31)
      const v = makeVariant(planId, seed, new Date().toISOString())
      await saveVariant(v)
      navigate(`/practice/${encodeURIComponent(v.id)}`)
    } catch (e) {
      setMessage(`${t('library.variantFailed')} ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="page">
      <h1>{t('library.title')}</h1>
      <p className="lead">{t('library.lead')}</p>
      <div className="toolbar" role="search">
        <label>
          {t('library.search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('library.searchPlaceholder')} />
        </label>
        <label>
          {t('library.plan')}
          <select value={planFilter} onChange={(e) => setPlanFilter(e.target.value)}>
            <option value="">{t('library.allPlans')}</option>
            {catalog.plans.map((p) => <option key={p.id} value={p.id}>{pick(p.title)}</option>)}
          </select>
        </label>
        <span className="spacer" />
        <Link href="/import-msel" className="button">{t('library.importMsel')}</Link>
      </div>
      {message && <p className="notice" role="alert">{message}</p>}
      {catalog.problems.length > 0 && (
        <details className="notice">
          <summary>{t('library.problems', { count: catalog.problems.length })}</summary>
          <pre className="error-text">{catalog.problems.join('\n')}</pre>
        </details>
      )}
      {catalog.plans.filter((p) => planFilter === '' || p.id === planFilter).map((p) => {
        const list = shown.filter((e) => e.plan === p.id)
        const hasRecipes = p.hasRecipes
        if (list.length === 0 && q !== '') return null
        return (
          <section key={p.id} className="plan-group" aria-labelledby={`plan-${p.id}`}>
            <div className="plan-group-head">
              <h2 id={`plan-${p.id}`}>{pick(p.title)}</h2>
              <div className="actions">
                <Link href={`/plans/${p.id}`}>{t('library.viewPlan')}</Link>
                {hasRecipes && (
                  <button type="button" onClick={() => void randomVariant(p.id)} disabled={busy !== null}>
                    {busy === p.id ? t('library.generating') : t('library.random')}
                  </button>
                )}
              </div>
            </div>
            {list.length === 0 ? <p className="muted">{t('library.none')}</p> : (
              <ul className="cards">
                {list.map((e) => (
                  <li key={e.id} className="card">
                    <h3><Link href={`/practice/${encodeURIComponent(e.id)}`}>{pick(e.title)}</Link></h3>
                    <p className="muted small">{pick(e.description ?? undefined)}</p>
                    <dl className="facts">
                      <div><dt>{t('library.level')}</dt><dd>{e.levelName ? pick(e.levelName) : t('library.noLevel')}</dd></div>
                      <div><dt>{t('library.length')}</dt><dd>{span(e.lengthMs)}</dd></div>
                      <div><dt>{t('library.injects')}</dt><dd>{e.injects}</dd></div>
                    </dl>
                    <p className="card-foot">
                      {e.origin === 'variant' && <span className="tag">{t('library.variant')}</span>}
                      {inProgress.has(e.id) && <span className="tag tag-warn">{t('library.inProgress')}</span>}
                      <code className="small">{e.id}</code>
                      <span className="spacer" />
                      <Link href={`/console/${encodeURIComponent(e.id)}`} className="small">{t('library.console')}</Link>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </section>
  )
}
