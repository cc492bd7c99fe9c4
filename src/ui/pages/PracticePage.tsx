/** `#/practice/<scenario-id>`: loads the scenario and any drill in progress, then hands over to the drill screen. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { Loading } from '../App.tsx'
import { findEntry } from '../catalog.ts'
import type { CatalogEntry } from '../catalog.ts'
import { DrillScreen } from '../components/DrillScreen.tsx'
import { DrillSetup } from '../components/DrillSetup.tsx'
import { useLang } from '../i18n.ts'
import { loadDrill } from '../store.ts'
import { keptWorkingCalendar } from '../calendars.ts'
import { CN_CALENDAR_YEARS, isCalendarCoverageError } from '../../engine/calendar.ts'
import { createAutopilot } from '../../engine/autopilot.ts'
import { runDrill } from '../../engine/drillRunner.ts'
import type { PracticeSettings, SavedDrill } from '../store.ts'

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'broken'; readonly problem: string }
  | { readonly kind: 'no-calendar'; readonly year: number }
  | { readonly kind: 'ready'; readonly entry: CatalogEntry; readonly saved: SavedDrill | undefined }

export default function PracticePage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation()
  const { pick } = useLang()
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  const [start, setStart] = useState<PracticeSettings | null>(null)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let live = true
    setLoaded({ kind: 'loading' })
    setStart(null)
    void (async () => {
      const saved = await loadDrill(scenarioId).catch(() => undefined)
      const entry = await findEntry(scenarioId, saved?.scenarioText)
      if (!live) return
      if (!entry) setLoaded({ kind: 'missing' })
      else if ('problem' in entry) setLoaded({ kind: 'broken', problem: entry.problem })
      else {
        // A deadline in a year without holiday data cannot be computed: say so before the drill starts.
        const year = uncoveredYear(entry)
        setLoaded(year !== null ? { kind: 'no-calendar', year } : { kind: 'ready', entry, saved })
      }
    })()
    return () => {
      live = false
    }
  }, [scenarioId, generation])

  if (loaded.kind === 'loading') return <Loading />
  if (loaded.kind === 'no-calendar') {
    return (
      <section className="page">
        <h1>{t('calendar.title')}</h1>
        <p role="alert" className="error-text">{t('calendar.missingYear', { year: loaded.year, last: CN_CALENDAR_YEARS.last })}</p>
        <p><Link href="/plans">{t('calendar.goImport')}</Link> · <Link href="/">{t('nav.library')}</Link></p>
      </section>
    )
  }
  if (loaded.kind === 'missing' || loaded.kind === 'broken') {
    return (
      <section className="page">
        <h1>{t('practice.missing')}</h1>
        <p><code>{scenarioId}</code></p>
        {loaded.kind === 'broken' && <pre className="error-text" role="alert">{loaded.problem}</pre>}
        <p><Link href="/">{t('nav.library')}</Link></p>
      </section>
    )
  }
  const { entry, saved } = loaded
  if (!saved && !start) {
    return (
      <section className="page">
        <h1>{pick(entry.scenario.title)}</h1>
        <DrillSetup entry={entry} onStart={setStart} />
      </section>
    )
  }
  return (
    <DrillScreen
      key={generation}
      entry={entry}
      saved={saved}
      initialSettings={saved?.settings ?? (start as PracticeSettings)}
      onRestart={() => setGeneration((g) => g + 1)}
    />
  )
}

/** The year a drill of this scenario would need holiday data for and not find (a headless perfect run tells), or null. */
function uncoveredYear(entry: CatalogEntry): number | null {
  try {
    const calendar = keptWorkingCalendar()
    runDrill(entry.plan, entry.scenario, { autopilot: createAutopilot('perfect', entry.scenario.seed), ...(calendar ? { calendar } : {}) })
    return null
  } catch (e) {
    if (isCalendarCoverageError(e)) return e.year
    throw e
  }
}
