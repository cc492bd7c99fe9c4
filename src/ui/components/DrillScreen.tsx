/**
 * A running drill: @xstate/react over the engine's drill actor. The screen only sends events (advance the clock,
 * act, finish) and renders the engine's view; every state change is saved to IndexedDB before the next one.
 */
import { useActorRef, useSelector } from '@xstate/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { drillLogic, PHASES, selectDrillView, simTime } from '../../engine/index.ts'
import type { RoleId } from '../../engine/index.ts'
import type { CatalogEntry } from '../catalog.ts'
import { keptWorkingCalendar } from '../calendars.ts'
import { simParts, span } from '../format.ts'
import { useLang } from '../i18n.ts'
import { createDrillSaver, discardDrill, finishDrill } from '../store.ts'
import type { PracticeSettings, SavedDrill } from '../store.ts'
import { ActionPanel } from './ActionPanel.tsx'
import type { ActEntry, Feedback } from './ActionPanel.tsx'
import { ConfirmButton } from './ConfirmButton.tsx'
import { InjectFeed } from './InjectFeed.tsx'
import { Obligations } from './Obligations.tsx'

export const SPEEDS = [1, 10, 60, 600] as const
const TICK_MS = 200

interface Props {
  readonly entry: CatalogEntry
  readonly saved: SavedDrill | undefined
  readonly initialSettings: PracticeSettings
  readonly onRestart: () => void
}

export function DrillScreen({ entry, saved, initialSettings, onRestart }: Props) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const [, navigate] = useLocation()
  const { plan, scenario } = entry
  const def = plan.definition
  const participants = initialSettings.participant ? [initialSettings.participant] : []
  // Solo practice as one role: the perfect autopilot plays the others. A resumed drill keeps the role of its record.
  const actor = useActorRef(drillLogic, {
    input: { plan, scenario, ...(saved ? { resume: saved.record } : {}), ...(initialSettings.role !== null ? { playedAs: initialSettings.role as RoleId } : {}), participants, ...calendarOption() },
  })
  const playedAs = useSelector(actor, (s) => s.context.record.playedAs ?? null)
  const evaluation = useSelector(actor, (s) => s.context.evaluation)
  const error = useSelector(actor, (s) => s.context.error)
  const session = useSelector(actor, (s) => s.context.session)
  // The participant's view: the played role's duties, and the level withheld until they have graded it.
  const view = useMemo(() => selectDrillView(session, { playedAs }), [session, playedAs])
  const [settings, setSettings] = useState(initialSettings)
  const settingsRef = useRef(settings)
  settingsRef.current = settings
  const [running, setRunning] = useState(false)
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(60)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [resumed] = useState(saved !== undefined)
  const end = scenario.end ?? session.lastDue()

  // Save after every event (and when the options change): the record replays to exactly this drill.
  const saver = useMemo(() => createDrillSaver((e) => setSaveError(e instanceof Error ? e.message : String(e))), [])
  useEffect(() => {
    const write = () => {
      const c = actor.getSnapshot().context
      if (c.record.ended) return
      saver.save({ key: scenario.id, record: c.record, settings: settingsRef.current, ...(entry.origin === 'variant' ? { scenarioText: entry.text } : {}), savedAt: new Date().toISOString() })
    }
    write()
    const sub = actor.subscribe(write)
    return () => sub.unsubscribe()
  }, [actor, saver, scenario.id, entry])
  useEffect(() => {
    const c = actor.getSnapshot().context
    if (!c.record.ended) saver.save({ key: scenario.id, record: c.record, settings, ...(entry.origin === 'variant' ? { scenarioText: entry.text } : {}), savedAt: new Date().toISOString() })
  }, [settings, actor, saver, scenario.id, entry])
  useEffect(() => () => void saver.flush(), [saver])

  // The simulated clock: real elapsed time × speed while running; nothing moves while paused, and resuming starts from now.
  useEffect(() => {
    if (!running) return
    let last = performance.now()
    const id = setInterval(() => {
      const real = performance.now()
      const s = actor.getSnapshot().context.session
      let ms = (real - last) * speed
      last = real
      if (s.now + ms >= end) {
        ms = end - s.now
        setRunning(false)
      }
      if (ms > 0) actor.send({ type: 'drill.advanceBy', ms })
    }, TICK_MS)
    return () => clearInterval(id)
  }, [running, speed, actor, end])

  // Pause when a new inject arrives, if asked to: the participant reads before time runs on.
  const delivered = view.delivered.length
  const seen = useRef(delivered)
  useEffect(() => {
    if (delivered > seen.current && settingsRef.current.pauseOnInject) setRunning(false)
    seen.current = delivered
  }, [delivered])

  // Finished: keep the evaluation, drop the drill in progress, show the report.
  useEffect(() => {
    if (!evaluation) return
    saver.stop()
    void finishDrill(scenario.id, evaluation, new Date().toISOString())
      .then(() => navigate(`/evaluation/${encodeURIComponent(evaluation.id)}`))
      .catch((e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)))
  }, [evaluation, saver, scenario.id, navigate])

  function act(entry: ActEntry) {
    actor.send({ type: 'drill.act', ...entry })
    const c = actor.getSnapshot().context
    const rec = c.session.actions.at(-1)
    if (!rec || rec.action !== entry.action) return
    const ob = c.view.obligations.find((o) => o.key === rec.instance)
    setFeedback({
      match: rec.match, at: rec.at, expectation: ob ? def.expectations.find((x) => x.id === ob.id) ?? null : null, late: ob?.due != null && rec.at > ob.due, roles: ob?.roles ?? [],
      status: ob?.ledgerStatus ?? null,
    })
  }

  const now = simParts(view.nowIso, lang)
  const phase = PHASES.find((p) => p.id === view.phase)
  const level = def.levels.find((l) => l.id === view.level)
  const atEnd = view.now >= end
  const nextIn = view.nextEventAt !== null ? view.nextEventAt - view.now : null

  return (
    <section className="page drill" aria-labelledby="drill-title">
      <div className="drill-head">
        <h1 id="drill-title">{pick(scenario.title)}</h1>
        <p className="muted">
          {pick(def.title)}
          {playedAs !== null && <> · {t('setup.playAs')}{lang === 'zh' ? '：' : ': '}<strong data-testid="played-as">{pick(def.roles.find((r) => r.id === playedAs)?.name) || playedAs}</strong></>}
        </p>
      </div>
      {resumed && <p className="notice" role="status">{t('practice.resumed', { time: `${now.date} ${now.time}` })}</p>}
      {saveError && <p className="notice notice-error" role="alert">{t('practice.saveFailed')} {saveError}</p>}
      {error && <p className="notice notice-error" role="alert">{error}</p>}

      <div className="clock-bar" role="region" aria-label={t('practice.clock')}>
        <div className="clock" aria-live="off">
          <span className="clock-date">{now.date} {now.weekday}</span>
          <span className="clock-time" data-testid="sim-time">{now.time}</span>
          <span className={now.workingDay ? 'tag' : 'tag tag-warn'}>{now.workingDay ? t('practice.workingDay') : t('practice.restDay')}</span>
          <span className="muted small">T+{span(view.now)}</span>
        </div>
        <div className="status">
          <span><span className="muted">{t('practice.phase')}</span> <strong data-testid="phase">{phase ? pick(phase.name) : view.phase}</strong></span>
          <span><span className="muted">{t('library.level')}</span> <strong data-testid="level">{view.levelHidden ? t('practice.levelHidden') : level ? pick(level.name) : def.levels.length === 0 ? t('library.noLevel') : t('practice.levelUnset')}</strong></span>
        </div>
        <div className="clock-controls">
          <button type="button" className="primary" onClick={() => setRunning(!running)} disabled={atEnd || view.ended} aria-pressed={running}>
            {running ? t('practice.pause') : t('practice.run')}
          </button>
          <label>
            {t('practice.speed')}
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}>
              {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
            </select>
          </label>
          <button type="button" onClick={() => actor.send({ type: 'drill.next-inject' })} disabled={view.nextEventAt === null || view.ended || view.nextEventAt > end}>
            {t('practice.next')}{nextIn !== null && nextIn > 0 ? ` (+${span(nextIn)})` : ''}
          </button>
          <button type="button" onClick={() => actor.send({ type: 'drill.advance', to: simTime(Math.min(end, view.now + 3_600_000)) })} disabled={atEnd || view.ended}>
            {t('practice.plusHour')}
          </button>
        </div>
      </div>

      <div className="drill-grid">
        <InjectFeed delivered={view.delivered} timeline={session.timeline} plan={def} />
        <div className="drill-side">
          <ActionPanel plan={def} settings={settings} playedAs={playedAs} onAct={act} feedback={settings.feedback ? feedback : null} disabled={view.ended} actionCount={view.actionCount} />
          {settings.hints && <Obligations view={view} plan={def} timeline={session.timeline} playedAs={playedAs} />}
          <details className="card options">
            <summary>{t('setup.options')}</summary>
            <label className="block"><input type="checkbox" checked={settings.hints} onChange={(e) => setSettings({ ...settings, hints: e.target.checked })} /> {t('practice.hints')}</label>
            <label className="block"><input type="checkbox" checked={settings.feedback} onChange={(e) => setSettings({ ...settings, feedback: e.target.checked })} /> {t('practice.feedback')}</label>
            <label className="block"><input type="checkbox" checked={settings.pauseOnInject} onChange={(e) => setSettings({ ...settings, pauseOnInject: e.target.checked })} /> {t('practice.pauseOnInject')}</label>
          </details>
        </div>
      </div>

      <div className="drill-foot">
        {atEnd && !view.ended && <p className="notice" role="status">{t('practice.timeUp')}</p>}
        <ConfirmButton className="primary" label={t('practice.finish')} question={t('practice.finishConfirm')} confirm={t('practice.finish')} onConfirm={() => { setRunning(false); actor.send({ type: 'drill.finish' }) }} />
        <ConfirmButton label={t('practice.restart')} question={t('practice.restartConfirm')} confirm={t('practice.restart')} danger onConfirm={() => { saver.stop(); setRunning(false); void discardDrill(scenario.id).then(onRestart) }} />
      </div>
    </section>
  )
}

/** The holiday years imported in this browser, for deadlines beyond the built-in data. */
function calendarOption(): { calendar?: NonNullable<ReturnType<typeof keptWorkingCalendar>> } {
  const calendar = keptWorkingCalendar()
  return calendar ? { calendar } : {}
}
