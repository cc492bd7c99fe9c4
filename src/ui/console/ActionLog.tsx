/** The team actions as recorded, newest first: correct or remove one with a reason; every change stays visible. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseDuration, teamName as nameOfTeam } from '../../engine/index.ts'
import type { ActionEntry, ConsoleRecord, PlanDefinition, TeamAction, Timeline } from '../../engine/index.ts'
import { span } from '../format.ts'
import { useLang } from '../i18n.ts'

interface Props {
  readonly plan: PlanDefinition
  readonly console: ConsoleRecord
  readonly timeline: Timeline
  readonly now: number
  readonly disabled: boolean
  readonly onCorrect: (id: string, patch: Partial<ActionEntry>, reason: string) => string[]
  readonly onRemove: (id: string, reason: string) => string[]
}

export function ActionLog({ plan, console: c, timeline, disabled, onCorrect, onRemove }: Props) {
  const { t } = useTranslation('console')
  const { lang, pick } = useLang()
  const [editing, setEditing] = useState<{ id: string; mode: 'correct' | 'remove' } | null>(null)
  const teamName = (role: string) => nameOfTeam(c.teams, plan, role, lang)
  const actionName = (id: string) => pick(plan.actions.find((a) => a.id === id)?.name) || id
  const list = [...c.actions].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
  return (
    <section className="card" aria-labelledby="log-title">
      <h2 id="log-title">{t('log.title')}</h2>
      {list.length === 0 ? <p className="muted">{t('log.empty')}</p> : (
        <ol className="action-log" data-testid="action-log">
          {list.map((a) => (
            <li key={a.id} data-action-id={a.id} className={a.removed ? 'removed' : undefined}>
              <div>
                <span className="nowrap">T+{span(a.at)} <span className="muted small">{timeline.iso(a.at as never).slice(11, 16)}</span></span>{' '}
                <strong>{teamName(a.role)}</strong> · {actionName(a.action)}
                {a.by && <> · {a.by}</>}
                {a.note && <span className="muted"> — {a.note}</span>}
                {a.removed && <span className="badge badge-missed"> {t('log.removed')}</span>}
              </div>
              {a.audit.length > 1 && (
                <details className="small">
                  <summary>{t('log.history')} ({a.audit.length - 1})</summary>
                  <ul>
                    {a.audit.slice(1).map((x, i) => (
                      <li key={i}>
                        {x.when.slice(0, 16).replace('T', ' ')} {x.change === 'removed' ? t('log.removedChange') : t('log.corrected')}: {x.reason}
                        {x.before && <span className="muted"> ({t('log.before')} T+{span(x.before.at)} {teamName(x.before.role)} · {actionName(x.before.action)}{x.before.note ? ` — ${x.before.note}` : ''})</span>}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {!a.removed && !disabled && editing?.id !== a.id && (
                <span className="row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing({ id: a.id, mode: 'correct' })}>{t('log.correct')}</button>{' '}
                  <button type="button" className="link-button" onClick={() => setEditing({ id: a.id, mode: 'remove' })}>{t('log.remove')}</button>
                </span>
              )}
              {editing?.id === a.id && (
                <EditForm plan={plan} action={a} mode={editing.mode} teams={c.teams} onCancel={() => setEditing(null)}
                  onSave={(patch, reason) => {
                    const problems = editing.mode === 'remove' ? onRemove(a.id, reason) : onCorrect(a.id, patch, reason)
                    if (problems.length === 0) setEditing(null)
                    return problems
                  }} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function EditForm({ plan, action: a, mode, teams, onSave, onCancel }: {
  plan: PlanDefinition; action: TeamAction; mode: 'correct' | 'remove'; teams: ConsoleRecord['teams']
  onSave: (patch: Partial<ActionEntry>, reason: string) => string[]; onCancel: () => void
}) {
  const { t } = useTranslation('console')
  const { lang, pick } = useLang()
  const [time, setTime] = useState(span(a.at))
  const [role, setRole] = useState(a.role)
  const [action, setAction] = useState(a.action)
  const [note, setNote] = useState(a.note)
  const [reason, setReason] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  function save() {
    const patch: { -readonly [K in keyof ActionEntry]?: ActionEntry[K] } = {}
    if (mode === 'correct') {
      const d = parseDuration(time.trim().replace(/^t\+/i, ''))
      if ('error' in d || d.months !== 0 || d.workingDays !== 0) {
        setProblems([`${t('entry.time')}: ${'error' in d ? d.error : time}`])
        return
      }
      if (d.ms !== a.at) patch.at = d.ms
      if (role !== a.role) patch.role = role
      if (action !== a.action) patch.action = action
      if (note !== a.note) patch.note = note
    }
    setProblems(onSave(patch, reason))
  }
  return (
    <form className="edit-form" onSubmit={(e) => { e.preventDefault(); save() }}>
      {mode === 'correct' && (
        <>
          <label>{t('entry.time')}<input value={time} onChange={(e) => setTime(e.target.value)} size={8} /></label>
          <label>{t('entry.role')}<select value={role} onChange={(e) => setRole(e.target.value)}>{teams.map((x) => <option key={x.role} value={x.role}>{nameOfTeam(teams, plan, x.role, lang)}</option>)}</select></label>
          <label>{t('entry.action')}<select value={action} onChange={(e) => setAction(e.target.value)}>{plan.actions.map((x) => <option key={x.id} value={x.id}>{pick(x.name)}</option>)}</select></label>
          <label>{t('entry.note')}<input value={note} onChange={(e) => setNote(e.target.value)} /></label>
        </>
      )}
      <label>{t('log.reason')}<input value={reason} onChange={(e) => setReason(e.target.value)} required data-testid="edit-reason" /></label>
      <button type="submit" className={mode === 'remove' ? 'danger' : 'primary'}>{mode === 'remove' ? t('log.remove') : t('log.save')}</button>
      <button type="button" onClick={onCancel}>{t('log.cancel')}</button>
      {problems.length > 0 && <div className="notice notice-error" role="alert"><ul>{problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul></div>}
    </form>
  )
}
