/**
 * Keyboard-first entry of a team action: type-ahead over the plan's actions and the room's teams, the simulated time
 * pre-filled (blank = now, or a T+ offset), recipients and a declared level when a duty of the action asks for them,
 * Enter records. Problems come from the engine's check and are shown.
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionFields, actionPalette, parseDuration, teamName } from '../../engine/index.ts'
import type { ActionEntry, PlanDefinition, Team, Timeline } from '../../engine/index.ts'
import { span } from '../format.ts'
import { useLang } from '../i18n.ts'

interface Props {
  readonly plan: PlanDefinition
  readonly teams: readonly Team[]
  readonly timeline: Timeline
  readonly now: number
  readonly disabled: boolean
  readonly onRecord: (e: ActionEntry) => string[]
}

export function TeamEntry({ plan, teams, now, disabled, onRecord }: Props) {
  const { t } = useTranslation('console')
  const { t: tr } = useTranslation()
  const { lang, pick } = useLang()
  const palette = actionPalette(plan)
  const actions = [...palette.groups.flatMap((g) => g.actions), ...palette.other]
  const [action, setAction] = useState('')
  const [role, setRole] = useState('')
  const [time, setTime] = useState('')
  const [note, setNote] = useState('')
  const [by, setBy] = useState('')
  const [to, setTo] = useState<readonly string[]>([])
  const [level, setLevel] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const first = useRef<HTMLInputElement>(null)
  const actionLabel = (a: (typeof actions)[number]) => `${pick(a.name)} · ${a.id}`
  const teamLabel = (x: Team) => `${teamName(teams, plan, x.role, lang)} · ${x.role}`

  function resolveAction(text: string): string | null {
    const s = text.trim()
    const a = actions.find((x) => actionLabel(x) === s || x.id === s || x.name.zh === s || x.name.en.toLowerCase() === s.toLowerCase())
    return a?.id ?? (s.includes(' · ') ? (s.split(' · ').at(-1) ?? null) : s || null)
  }
  function resolveRole(text: string): string | null {
    const s = text.trim()
    const x = teams.find((tm) => teamLabel(tm) === s || tm.role === s || tm.name === s || pick(plan.roles.find((r) => r.id === tm.role)?.name) === s)
    return x?.role ?? (s.includes(' · ') ? (s.split(' · ').at(-1) ?? null) : s || null)
  }

  const typed = resolveAction(action)
  const fields = typed && plan.actions.some((x) => x.id === typed) ? actionFields(plan, typed) : { recipients: false, declaresLevel: false }

  function submit() {
    const a = resolveAction(action)
    const r = resolveRole(role)
    let at = now
    if (time.trim() !== '') {
      const d = parseDuration(time.trim().replace(/^t\+/i, ''))
      if ('error' in d || d.months !== 0 || d.workingDays !== 0) {
        setProblems([`${t('entry.time')}: ${'error' in d ? d.error : time}`])
        return
      }
      at = d.ms
    }
    const missing = [...(a ? [] : [`${t('entry.action')}: —`]), ...(r ? [] : [`${t('entry.role')}: —`])]
    if (missing.length > 0) {
      setProblems(missing)
      return
    }
    const out = onRecord({
      at, role: r as string, action: a as string, ...(note.trim() ? { note: note.trim() } : {}), ...(by.trim() ? { by: by.trim() } : {}),
      ...(fields.recipients && to.length > 0 ? { to: plan.roles.filter((x) => to.includes(x.id)).map((x) => x.id) } : {}),
      ...(fields.declaresLevel && level !== '' ? { level } : {}),
    })
    setProblems(out)
    if (out.length === 0) {
      setAction('')
      setTime('')
      setNote('')
      setBy('')
      setTo([])
      setLevel('')
      first.current?.focus()
    }
  }

  return (
    <section className="card" aria-labelledby="entry-title">
      <h2 id="entry-title">{t('entry.title')}</h2>
      <form className="entry-form" onSubmit={(e) => { e.preventDefault(); submit() }}>
        <label>
          {t('entry.action')}
          <input ref={first} list="console-actions" value={action} onChange={(e) => setAction(e.target.value)} placeholder={t('entry.actionPlaceholder')} disabled={disabled} data-testid="entry-action" autoComplete="off" />
        </label>
        <datalist id="console-actions">{actions.map((a) => <option key={a.id} value={actionLabel(a)}>{a.clauses.join(' ')}</option>)}</datalist>
        <label>
          {t('entry.role')}
          <input list="console-teams" value={role} onChange={(e) => setRole(e.target.value)} placeholder={t('entry.rolePlaceholder')} disabled={disabled} data-testid="entry-role" autoComplete="off" />
        </label>
        <datalist id="console-teams">{teams.map((x) => <option key={x.role} value={teamLabel(x)} />)}</datalist>
        <label>
          {t('entry.time')}
          <input value={time} onChange={(e) => setTime(e.target.value)} placeholder={`T+${span(now)}`} title={t('entry.timeHint')} disabled={disabled} data-testid="entry-time" size={9} />
        </label>
        <label>
          {t('entry.by')}
          <input value={by} onChange={(e) => setBy(e.target.value)} disabled={disabled} size={8} data-testid="entry-by" />
        </label>
        {fields.declaresLevel && (
          <label>
            {tr('entry.level')}
            <select value={level} onChange={(e) => setLevel(e.target.value)} disabled={disabled} data-testid="entry-level">
              <option value="">{tr('entry.noLevel')}</option>
              {plan.levels.map((l) => <option key={l.id} value={l.id}>{pick(l.name)}</option>)}
            </select>
          </label>
        )}
        {fields.recipients && (
          <fieldset className="wide entry-recipients" disabled={disabled} data-testid="entry-to">
            <legend>{tr('entry.to')} <span className="muted small">{tr('entry.toHint')}</span></legend>
            {plan.roles.map((x) => (
              <label key={x.id} className="check">
                <input type="checkbox" checked={to.includes(x.id)} onChange={(e) => setTo(e.target.checked ? [...to, x.id] : to.filter((y) => y !== x.id))} /> {pick(x.name)}
              </label>
            ))}
          </fieldset>
        )}
        <label className="wide">
          {t('entry.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} disabled={disabled} data-testid="entry-note" />
        </label>
        <button type="submit" className="primary" disabled={disabled}>{t('entry.record')}</button>
      </form>
      {problems.length > 0 && <div className="notice notice-error" role="alert">{t('entry.problems')}<ul>{problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul></div>}
    </section>
  )
}
