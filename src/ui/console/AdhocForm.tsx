/** An inject the trainer adds on the spot: a plan event with its data, or a message only; validated by the engine. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CHANNELS } from '../../engine/index.ts'
import type { AdhocSpec, PlanDefinition } from '../../engine/index.ts'
import { useLang } from '../i18n.ts'

export function AdhocForm({ plan, disabled, existing, onAdd }: { plan: PlanDefinition; disabled: boolean; existing: readonly string[]; onAdd: (spec: AdhocSpec) => string[] }) {
  const { t } = useTranslation('console')
  const { pick } = useLang()
  const [event, setEvent] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState<string[]>([])
  const [channel, setChannel] = useState('')
  const [zh, setZh] = useState('')
  const [en, setEn] = useState('')
  const [data, setData] = useState('')
  const [problems, setProblems] = useState<string[]>([])

  function add() {
    let parsed: Record<string, unknown> | undefined
    if (data.trim() !== '') {
      try {
        const v: unknown = JSON.parse(data)
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object')
        parsed = v as Record<string, unknown>
      } catch {
        setProblems([`${t('adhoc.data')}: {"outlet": "…"}`])
        return
      }
    }
    let n = existing.length + 1
    while (existing.includes(`adhoc-${n}`)) n++
    const text = (a: string, b: string) => ({ zh: a.trim() || b.trim(), en: b.trim() || a.trim() })
    const spec: AdhocSpec = {
      id: `adhoc-${n}`,
      ...(event ? { event } : {}),
      ...(parsed ? { data: parsed } : {}),
      ...(from.trim() ? { from: text(from, from) } : {}),
      ...(to.length > 0 ? { to } : {}),
      ...(channel ? { channel } : {}),
      ...(zh.trim() || en.trim() ? { message: text(zh, en) } : {}),
    }
    const out = onAdd(spec)
    setProblems(out)
    if (out.length === 0) {
      setZh('')
      setEn('')
      setData('')
    }
  }

  return (
    <details className="card">
      <summary><h2 className="inline">{t('adhoc.title')}</h2></summary>
      <form className="entry-form" onSubmit={(e) => { e.preventDefault(); add() }}>
        <label>
          {t('adhoc.event')}
          <select value={event} onChange={(e) => setEvent(e.target.value)} disabled={disabled} data-testid="adhoc-event">
            <option value="">{t('adhoc.messageOnly')}</option>
            {plan.events.map((ev) => <option key={ev.id} value={ev.id}>{pick(ev.name)} ({ev.id})</option>)}
          </select>
        </label>
        <label>{t('adhoc.from')}<input value={from} onChange={(e) => setFrom(e.target.value)} disabled={disabled} data-testid="adhoc-from" /></label>
        <label>
          {t('adhoc.channel')}
          <select value={channel} onChange={(e) => setChannel(e.target.value)} disabled={disabled}>
            <option value="">—</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <fieldset className="wide">
          <legend>{t('adhoc.to')}</legend>
          {plan.roles.map((r) => (
            <label key={r.id} className="check">
              <input type="checkbox" checked={to.includes(r.id)} disabled={disabled} onChange={(e) => setTo(e.target.checked ? [...to, r.id] : to.filter((x) => x !== r.id))} /> {pick(r.name)}
            </label>
          ))}
        </fieldset>
        <label className="wide">{t('adhoc.messageZh')}<textarea value={zh} onChange={(e) => setZh(e.target.value)} rows={2} disabled={disabled} data-testid="adhoc-zh" /></label>
        <label className="wide">{t('adhoc.messageEn')}<textarea value={en} onChange={(e) => setEn(e.target.value)} rows={2} disabled={disabled} /></label>
        {event && <label className="wide">{t('adhoc.data')}<textarea value={data} onChange={(e) => setData(e.target.value)} rows={2} disabled={disabled} placeholder={Object.keys(plan.events.find((x) => x.id === event)?.fields ?? {}).join(', ')} /></label>}
        <button type="submit" className="primary" disabled={disabled}>{t('adhoc.add')}</button>
      </form>
      {problems.length > 0 && <div className="notice notice-error" role="alert">{t('adhoc.problems')}<ul>{problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul></div>}
    </details>
  )
}
