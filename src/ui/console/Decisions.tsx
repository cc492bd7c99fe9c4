/** The decision log: what the room decided, why, and who, at the simulated time it was decided. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { teamName } from '../../engine/index.ts'
import type { ConsoleRecord, PlanDefinition, Timeline } from '../../engine/index.ts'
import { useLang } from '../i18n.ts'
import { span } from '../format.ts'

export function Decisions({ plan, console: c, timeline, disabled, onDecide }: { plan: PlanDefinition; console: ConsoleRecord; timeline: Timeline; disabled: boolean; onDecide: (decision: string, rationale: string, by: string) => void }) {
  const { t } = useTranslation('console')
  const { lang } = useLang()
  const [decision, setDecision] = useState('')
  const [rationale, setRationale] = useState('')
  const [by, setBy] = useState('')
  return (
    <section className="card" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('decisions.title')}</h2>
      <form className="entry-form" onSubmit={(e) => {
        e.preventDefault()
        if (decision.trim() === '') return
        onDecide(decision.trim(), rationale.trim(), by)
        setDecision('')
        setRationale('')
      }}>
        <label className="wide">{t('decisions.decision')}<input value={decision} onChange={(e) => setDecision(e.target.value)} disabled={disabled} required data-testid="decision-text" /></label>
        <label className="wide">{t('decisions.rationale')}<input value={rationale} onChange={(e) => setRationale(e.target.value)} disabled={disabled} data-testid="decision-rationale" /></label>
        <label>
          {t('decisions.by')}
          <select value={by} onChange={(e) => setBy(e.target.value)} disabled={disabled}>
            <option value="">{t('decisions.room')}</option>
            {c.teams.map((x) => <option key={x.role} value={x.role}>{teamName(c.teams, plan, x.role, lang)}</option>)}
          </select>
        </label>
        <button type="submit" disabled={disabled}>{t('decisions.add')}</button>
      </form>
      {c.decisions.length === 0 ? <p className="muted">{t('decisions.empty')}</p> : (
        <ol className="decision-log" data-testid="decision-log">
          {[...c.decisions].reverse().map((d) => (
            <li key={d.id}>
              <span className="nowrap">T+{span(d.at)} <span className="muted small">{timeline.iso(d.at as never).slice(11, 16)}</span></span>{' '}
              <strong>{d.decision}</strong>{d.rationale && <span className="muted"> — {d.rationale}</span>}
              {' '}<span className="small">({d.by ? teamName(c.teams, plan, d.by, lang) : t('decisions.room')})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
