/**
 * The action palette: the plan's actions grouped by phase, searchable; pick one, a role, recipients and a declared level
 * when a duty of that action asks for them (action log v2), an optional note, record it.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionFields, actionPalette, matchesAction } from '../../engine/index.ts'
import type { ActionId, ExpectationDef, LevelId, ObligationView, PlanDefinition, RoleId, SimTime } from '../../engine/index.ts'
import { useLang } from '../i18n.ts'
import type { PracticeSettings } from '../store.ts'

export interface Feedback {
  readonly match: 'satisfied' | 'wrong-role' | 'unmatched'
  readonly at: SimTime
  readonly expectation: ExpectationDef | null
  readonly late: boolean
  readonly roles: readonly string[]
  /** The ledger's status of the duty it landed on (`incomplete`, `wrong-level` say what was wrong with it), or null. */
  readonly status: ObligationView['ledgerStatus'] | null
}

/** One action as the panel records it (`drill.act` without its type). */
export interface ActEntry {
  readonly role: RoleId
  readonly action: ActionId
  readonly note?: string
  readonly to?: readonly RoleId[]
  readonly level?: LevelId
}

interface Props {
  readonly plan: PlanDefinition
  readonly settings: PracticeSettings
  /** The role a solo trainee plays (every action is theirs), or null: the whole organisation, a role per action. */
  readonly playedAs: string | null
  readonly onAct: (entry: ActEntry) => void
  readonly feedback: Feedback | null
  readonly disabled: boolean
  readonly actionCount: number
}

export function ActionPanel({ plan, settings, playedAs, onAct, feedback, disabled, actionCount }: Props) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const sep = lang === 'zh' ? '、' : ', '
  const id = useId()
  const palette = useMemo(() => actionPalette(plan), [plan])
  const [query, setQuery] = useState('')
  const [action, setAction] = useState<string | null>(null)
  const fixedRole = playedAs ?? settings.role
  const [role, setRole] = useState<string>(fixedRole ?? '')
  const [to, setTo] = useState<readonly string[]>([])
  const [level, setLevel] = useState('')
  const [note, setNote] = useState('')
  const roles = plan.roles
  const chosenRole = fixedRole ?? role
  const fields = action ? actionFields(plan, action) : { recipients: false, declaresLevel: false }
  const groups = [...palette.groups, ...(palette.other.length ? [{ phase: 'other', name: { zh: '其他', en: 'Other' }, actions: palette.other }] : [])]
  const roleName = (r: string) => pick(roles.find((x) => x.id === r)?.name) || r

  function choose(a: string) {
    setAction(a)
    setTo([])
    setLevel('')
  }

  function submit(e: React.FormEvent) {
    e.preventDefault()
    if (!action || !chosenRole) return
    onAct({
      role: chosenRole as RoleId, action: action as ActionId, note: note.trim(),
      ...(fields.recipients && to.length > 0 ? { to: roles.filter((r) => to.includes(r.id)).map((r) => r.id) } : {}),
      ...(fields.declaresLevel && level !== '' ? { level: level as LevelId } : {}),
    })
    setNote('')
    setAction(null)
    setTo([])
    setLevel('')
  }

  return (
    <section className="card act" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('practice.act')} <span className="count">{actionCount}</span></h2>
      <form onSubmit={submit}>
        <label className="block">
          {t('practice.searchActions')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('practice.searchPlaceholder')} />
        </label>
        <div className="palette" role="radiogroup" aria-label={t('practice.actions')} tabIndex={-1}>
          {groups.map((g) => {
            const shown = g.actions.filter((a) => matchesAction(a, query))
            if (shown.length === 0) return null
            return (
              <fieldset key={g.phase} className="palette-group">
                <legend>{pick(g.name)}</legend>
                {shown.map((a) => (
                  <div key={a.id} className={action === a.id ? 'palette-item selected' : 'palette-item'}>
                    <input type="radio" id={`${id}-${a.id}`} name={`${id}-action`} value={a.id} checked={action === a.id} onChange={() => choose(a.id)} disabled={disabled}
                      aria-describedby={settings.hints && a.roles.length > 0 ? `${id}-${a.id}-roles` : undefined} />
                    <label htmlFor={`${id}-${a.id}`}>{pick(a.name)}</label>
                    {settings.hints && a.roles.length > 0 && <span id={`${id}-${a.id}-roles`} className="muted small">· {a.roles.map(roleName).join(sep)}</span>}
                  </div>
                ))}
              </fieldset>
            )
          })}
        </div>
        {fixedRole === null ? (
          <label className="block">
            {t('practice.asRole')}
            <select value={role} onChange={(e) => setRole(e.target.value)} required disabled={disabled}>
              <option value="">{t('practice.chooseRole')}</option>
              {roles.map((r) => <option key={r.id} value={r.id}>{pick(r.name)}</option>)}
            </select>
          </label>
        ) : (
          <p className="small" data-testid="acting-as">{t('practice.actingAs', { role: roleName(fixedRole) })}</p>
        )}
        {fields.recipients && (
          <details className="recipients">
            <summary>{t('entry.to')}{lang === 'zh' ? '：' : ': '}<span data-testid="recipients-chosen">{to.length > 0 ? roles.filter((r) => to.includes(r.id)).map((r) => pick(r.name)).join(sep) : t('entry.toAll')}</span></summary>
            <fieldset disabled={disabled}>
              <legend className="visually-hidden">{t('entry.to')}</legend>
              <p className="muted small">{t('entry.toHint')}</p>
              {roles.map((r) => (
                <label key={r.id} className="block">
                  <input type="checkbox" checked={to.includes(r.id)} onChange={(e) => setTo(e.target.checked ? [...to, r.id] : to.filter((x) => x !== r.id))} /> {pick(r.name)}
                </label>
              ))}
            </fieldset>
          </details>
        )}
        {fields.declaresLevel && (
          <label className="block">
            {t('entry.level')}
            <select value={level} onChange={(e) => setLevel(e.target.value)} disabled={disabled} data-testid="declared-level">
              <option value="">{t('entry.noLevel')}</option>
              {plan.levels.map((l) => <option key={l.id} value={l.id}>{pick(l.name)}</option>)}
            </select>
          </label>
        )}
        <label className="block">
          {t('practice.note')}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} disabled={disabled} />
        </label>
        <button type="submit" className="primary" disabled={disabled || !action || !chosenRole}>{t('practice.record')}</button>
      </form>
      <div role="status" aria-live="polite" className="feedback-slot">
        {feedback && <FeedbackLine feedback={feedback} roleName={roleName} />}
      </div>
    </section>
  )
}

function FeedbackLine({ feedback, roleName }: { feedback: Feedback; roleName: (r: string) => string }) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const sep = lang === 'zh' ? '、' : ', '
  const what = feedback.expectation ? pick(feedback.expectation.text) : ''
  if (feedback.match === 'satisfied' && (feedback.status === 'incomplete' || feedback.status === 'wrong-level')) {
    return <p className="feedback feedback-bad">{t(`feedback.${feedback.status}`, { what })}</p>
  }
  if (feedback.match === 'satisfied') {
    return <p className={feedback.late ? 'feedback feedback-late' : 'feedback feedback-ok'}>{feedback.late ? t('feedback.late', { what }) : t('feedback.onTime', { what })}</p>
  }
  if (feedback.match === 'wrong-role') return <p className="feedback feedback-bad">{t('feedback.wrongRole', { what, roles: feedback.roles.map(roleName).join(sep) })}</p>
  return <p className="feedback">{t('feedback.unmatched')}</p>
}
