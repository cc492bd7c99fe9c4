/**
 * The trainer's console for one session: clock control, the MSEL with deliver / hold / release, ad-hoc injects,
 * keyboard-first team action entry with corrections, the decision log, and the hot wash after the drill.
 */
import { lazy, Suspense, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseDuration, PHASES, selectDrillView } from '../../engine/index.ts'
import { scenarioToMsel } from '../../msel/index.ts'
import { Loading } from '../App.tsx'
import type { CatalogEntry } from '../catalog.ts'
import { ConfirmButton } from '../components/ConfirmButton.tsx'
import { download, simParts, span } from '../format.ts'
import { useLang } from '../i18n.ts'
import type { SavedConsole } from '../store.ts'
import { ActionLog } from './ActionLog.tsx'
import { AdhocForm } from './AdhocForm.tsx'
import { Decisions } from './Decisions.tsx'
import { MselTable } from './MselTable.tsx'
import { TeamEntry } from './TeamEntry.tsx'
import { TeamsEditor } from './TeamsEditor.tsx'
import { CONSOLE_SPEEDS, useConsoleSession } from './useConsoleSession.ts'

const Hotwash = lazy(() => import('./Hotwash.tsx'))

export default function ConsoleScreen({ entry, initial }: { entry: CatalogEntry; initial: SavedConsole }) {
  const { t } = useTranslation('console')
  const { lang, pick } = useLang()
  const { plan, scenario } = entry
  const def = plan.definition
  const c = useConsoleSession(plan, scenario, initial)
  const { saved, state, running } = c
  const session = state.session
  const msel = useMemo(() => scenarioToMsel(scenario, plan), [scenario, plan])
  const [jump, setJump] = useState('')
  const [jumpProblem, setJumpProblem] = useState<string | null>(null)
  const ended = saved.drill.ended
  const now = simParts(state.session.timeline.iso(session.now), lang)
  const dv = selectDrillView(session)
  const phase = PHASES.find((p) => p.id === dv.phase)
  const level = def.levels.find((l) => l.id === dv.level)
  const next = session.nextEventTime()

  function doJump() {
    const d = parseDuration(jump.replace(/^\+/, ''))
    if ('error' in d || d.months !== 0 || d.workingDays !== 0 || d.ms <= 0) {
      setJumpProblem(t('clock.badJump'))
      return
    }
    setJumpProblem(null)
    c.jumpTo(session.now + d.ms)
    setJump('')
  }

  async function exportMsel(format: 'csv' | 'xlsx') {
    const m = await import('../../msel/index.ts')
    if (format === 'csv') download(`${scenario.id}-msel.csv`, m.mselToCsv(msel), 'text/csv;charset=utf-8')
    else download(`${scenario.id}-msel.xlsx`, new Uint8Array(await m.mselToXlsx(msel)), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }

  return (
    <section className="page console" aria-labelledby="console-title">
      <div className="drill-head">
        <p className="kicker">{t('title')} · {saved.drill.console.title}</p>
        <h1 id="console-title">{pick(scenario.title)}</h1>
        <p className="muted">{pick(def.title)}</p>
        <p>
          <a className="button" href={`#/present/${encodeURIComponent(saved.id)}`} target={`plandrill-present-${saved.id}`} rel="noopener" data-testid="open-projector">{t('projector')}</a>
          {' '}<span className="muted small">{t('projectorHint')}</span>
        </p>
      </div>
      {c.saveError && <p className="notice notice-error" role="alert">{t('saveFailed')} {c.saveError}</p>}

      <div className="clock-bar" role="region" aria-label={t('clock.start')}>
        <div className="clock" aria-live="off">
          <span className="clock-date">{now.date} {now.weekday}</span>
          <span className="clock-time" data-testid="sim-time">{state.session.timeline.iso(session.now).slice(11, 19)}</span>
          <span className="muted small">T+{span(session.now)}</span>
          <span className={running ? 'tag' : 'tag tag-warn'} data-testid="clock-state">{ended ? t('clock.ended') : running ? t('clock.running') : t('clock.paused')}</span>
        </div>
        <div className="status">
          <span><span className="muted">{t('present.phase')}</span> <strong data-testid="phase">{phase ? pick(phase.name) : dv.phase}</strong></span>
          <span><span className="muted">{t('present.level')}</span> <strong data-testid="level">{level ? pick(level.name) : def.levels.length === 0 ? t('present.noLevels') : t('present.ungraded')}</strong></span>
        </div>
        <div className="clock-controls">
          <button type="button" className="primary" disabled={ended || session.now >= c.end} aria-pressed={running} onClick={() => c.setRunning(!running)} data-testid="run-toggle">
            {running ? t('clock.pause') : session.now === 0 ? t('clock.start') : t('clock.resume')}
          </button>
          <label>
            {t('clock.speed')}
            <select value={saved.speed} onChange={(e) => c.setSpeed(Number(e.target.value))} data-testid="speed">
              {CONSOLE_SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
            </select>
          </label>
          <button type="button" disabled={ended || next === null} onClick={() => next !== null && c.jumpTo(next)}>
            {t('clock.next')}{next !== null && next > session.now ? ` (+${span(next - session.now)})` : ''}
          </button>
          <form className="inline-form" onSubmit={(e) => { e.preventDefault(); doJump() }}>
            <label>
              {t('clock.jumpTo')}
              <input value={jump} onChange={(e) => setJump(e.target.value)} placeholder={t('clock.jumpHint')} size={8} disabled={ended} data-testid="jump-input" />
            </label>
            <button type="submit" disabled={ended}>{t('clock.jumpGo')}</button>
          </form>
        </div>
        {jumpProblem && <p className="notice notice-error" role="alert">{jumpProblem}</p>}
      </div>

      <MselTable msel={msel} scenario={scenario} plan={def} session={session} ended={ended} onDeliver={c.deliver} onHold={c.hold} />
      <p className="toolbar">
        <button type="button" onClick={() => void exportMsel('csv')}>{t('msel.exportCsv')}</button>
        <button type="button" onClick={() => void exportMsel('xlsx')}>{t('msel.exportXlsx')}</button>
      </p>

      <div className="console-grid">
        <div>
          <TeamEntry plan={def} teams={saved.drill.console.teams} timeline={session.timeline} now={session.now} disabled={ended} onRecord={c.record} />
          <ActionLog plan={def} console={saved.drill.console} timeline={session.timeline} now={session.now} disabled={ended} onCorrect={c.correct} onRemove={c.remove} />
        </div>
        <div>
          <Decisions plan={def} console={saved.drill.console} timeline={session.timeline} disabled={ended} onDecide={c.decide} />
          <AdhocForm plan={def} disabled={ended} existing={[...session.delivered.map((d) => d.id), ...session.upcoming.map((u) => u.id)]} onAdd={c.addInject} />
          <TeamsEditor plan={def} teams={saved.drill.console.teams} onRename={c.renameTeam} onParticipants={c.setParticipants} />
        </div>
      </div>

      {!ended ? (
        <div className="drill-foot">
          <ConfirmButton className="primary" label={t('finish')} question={t('finishConfirm')} confirm={t('finish')} onConfirm={c.finish} />
        </div>
      ) : (
        <Suspense fallback={<Loading />}>
          <Hotwash entry={entry} saved={saved} evaluation={state.evaluation} patch={c.patch} lang={lang} />
        </Suspense>
      )}
    </section>
  )
}
