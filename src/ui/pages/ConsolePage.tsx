/** `#/console/<scenario-id>`: the trainer's sessions of a scenario; start a new one or resume one, then the console. */
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearch } from 'wouter'
import { createConsole } from '../../engine/index.ts'
import { Loading } from '../App.tsx'
import { findEntry } from '../catalog.ts'
import type { CatalogEntry } from '../catalog.ts'
import { shortTime } from '../format.ts'
import { useLang } from '../i18n.ts'
import { createConsoleSaver, listConsoles } from '../store.ts'
import type { SavedConsole } from '../store.ts'

const ConsoleScreen = lazy(() => import('../console/ConsoleScreen.tsx'))

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing'; readonly problem?: string }
  | { readonly kind: 'ready'; readonly entry: CatalogEntry; readonly sessions: readonly SavedConsole[] }

export default function ConsolePage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation('console')
  const { pick } = useLang()
  const search = new URLSearchParams(useSearch())
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  const [open, setOpen] = useState<SavedConsole | null>(null)
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const wanted = search.get('session')

  useEffect(() => {
    let live = true
    void (async () => {
      const sessions = await listConsoles(scenarioId).catch(() => [] as SavedConsole[])
      const entry = await findEntry(scenarioId, sessions.find((s) => s.scenarioText !== undefined)?.scenarioText)
      if (!live) return
      if (!entry || 'problem' in entry) setLoaded({ kind: 'missing', ...(entry ? { problem: entry.problem } : {}) })
      else {
        setLoaded({ kind: 'ready', entry, sessions })
        const pick = sessions.find((s) => s.id === wanted)
        if (pick) setOpen(pick)
      }
    })()
    return () => {
      live = false
    }
  }, [scenarioId, wanted])

  if (loaded.kind === 'loading') return <Loading />
  if (loaded.kind === 'missing') {
    return (
      <section className="page">
        <h1>{t('present.missing')}</h1>
        <p><code>{scenarioId}</code></p>
        {loaded.problem && <pre className="error-text" role="alert">{loaded.problem}</pre>}
        <p><Link href="/">←</Link></p>
      </section>
    )
  }
  const { entry, sessions } = loaded
  if (open) {
    return (
      <Suspense fallback={<Loading />}>
        <ConsoleScreen key={open.id} entry={entry} initial={open} />
      </Suspense>
    )
  }

  async function start() {
    const now = new Date()
    const id = `c-${now.toISOString().replace(/\D/g, '').slice(0, 14)}-${Math.random().toString(36).slice(2, 6)}`
    const title = name.trim() || `${pick(entry.scenario.title)} ${now.toISOString().slice(0, 10)}`
    const c: SavedConsole = {
      id,
      scenarioId,
      drill: { console: createConsole(entry.plan.definition, scenarioId, id, title, now.toISOString()), now: 0, interventions: [], ended: false },
      speed: 60,
      ...(entry.origin !== 'shipped' ? { scenarioText: entry.text } : {}),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }
    const saver = createConsoleSaver((e) => setProblem(e instanceof Error ? e.message : String(e)))
    saver.save(c)
    await saver.flush()
    setOpen(c)
  }

  return (
    <section className="page" aria-labelledby="console-title">
      <p className="kicker">{t('title')}</p>
      <h1 id="console-title">{pick(entry.scenario.title)}</h1>
      <p className="lead">{t('lead')}</p>
      {problem && <p className="notice notice-error" role="alert">{t('saveFailed')} {problem}</p>}
      <form className="toolbar" onSubmit={(e) => { e.preventDefault(); void start() }}>
        <label>
          {t('sessionTitle')}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={`${pick(entry.scenario.title).slice(0, 24)}…`} />
        </label>
        <button type="submit" className="primary">{t('newSession')}</button>
      </form>
      <h2>{t('sessions')}</h2>
      {sessions.length === 0 ? <p className="muted">{t('noSessions')}</p> : (
        <ul className="sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              <button type="button" className="link-button" onClick={() => setOpen(s)}>{s.drill.console.title}</button>
              {' '}<span className="muted small">{t('updated')} {shortTime(s.updatedAt, true)} · {s.evaluationId ? t('scored') : t('running')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
