/**
 * `#/present/<session-id>`: the room's shared screen. It follows the console through BroadcastChannel and shows only
 * what the room should see: the clock, the phase and level, and the injects as they are delivered, in large type.
 * Opened on its own (or reloaded), it rebuilds the session's last saved state from IndexedDB until the console speaks.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PresentView } from '../../engine/index.ts'
import { presentChannel } from '../console/useConsoleSession.ts'
import type { PresentMessage } from '../console/useConsoleSession.ts'
import { simParts } from '../format.ts'
import { useLang } from '../i18n.ts'
import { getConsole } from '../store.ts'

export default function PresentPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('console')
  const { lang, pick } = useLang()
  const [view, setView] = useState<PresentView | null>(null)
  const [missing, setMissing] = useState(false)

  useEffect(() => {
    let live = true
    let fromConsole = false
    const ch = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(presentChannel(sessionId))
    if (ch) {
      ch.onmessage = (e: MessageEvent<PresentMessage>) => {
        if (e.data.type === 'state') {
          fromConsole = true
          setView(e.data.view)
        }
      }
      ch.postMessage({ type: 'hello' } satisfies PresentMessage)
    }
    // The last saved state, rebuilt by the engine, for when no console is open.
    void (async () => {
      const saved = await getConsole(sessionId).catch(() => undefined)
      if (!live || fromConsole) return
      if (!saved) {
        setMissing(true)
        return
      }
      const [{ findEntry }, { presentView, rebuildConsoleDrill }] = await Promise.all([import('../catalog.ts'), import('../../engine/consoleDrill.ts')])
      const entry = await findEntry(saved.scenarioId, saved.scenarioText)
      if (!live || fromConsole || !entry || 'problem' in entry) return
      setView(presentView(rebuildConsoleDrill(entry.plan, entry.scenario, saved.drill), saved.id, false, saved.speed))
    })()
    return () => {
      live = false
      ch?.close()
    }
  }, [sessionId])

  useEffect(() => {
    document.body.classList.add('presenting')
    return () => document.body.classList.remove('presenting')
  }, [])

  if (!view) return <section className="present" aria-busy={!missing}><p className="present-waiting">{missing ? t('present.missing') : t('present.waiting')}</p></section>
  const now = simParts(view.nowIso, lang)
  const injects = [...view.injects].reverse()
  return (
    <section className="present" aria-labelledby="present-title">
      <header className="present-head">
        <div>
          <h1 id="present-title">{pick(view.title)}</h1>
          <p className="present-plan">{pick(view.planTitle)}</p>
        </div>
        <div className="present-clock" aria-live="off">
          <span className="present-date">{now.date} {now.weekday}</span>
          <span className="present-time" data-testid="present-time">{view.nowIso.slice(11, 19)}</span>
          <span className="present-state" data-testid="present-state">{view.ended ? t('present.ended') : view.running ? `${view.speed}×` : t('present.paused')}</span>
        </div>
      </header>
      <p className="present-status">
        <span>{t('present.phase')}: <strong data-testid="present-phase">{pick(view.phase.name)}</strong></span>
        {view.level && <span>{t('present.level')}: <strong data-testid="present-level">{pick(view.level.name)}</strong></span>}
      </p>
      {injects.length === 0 ? <p className="present-waiting">{t('present.noInjects')}</p> : (
        <ol className="present-injects" data-testid="present-injects" aria-live="polite">
          {injects.map((i, k) => (
            <li key={i.id} className={k === 0 ? 'latest' : undefined} data-inject={i.id}>
              <p className="present-meta">{i.deliveredIso.slice(11, 16)} · {pick(i.from ?? undefined) || '—'}{i.to.length > 0 ? ` → ${i.to.map((r) => pick(r)).join(lang === 'zh' ? '、' : ', ')}` : ''}</p>
              <p className="present-message">{pick(i.message ?? undefined)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
