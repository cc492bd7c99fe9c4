/** Import the official 放假/调休 days of a year the built-in calendar lacks (the same file as the CLI's `--calendar`). */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { clearCalendars, coveredYears, importCalendar } from '../calendars.ts'

export function CalendarImport() {
  const { t } = useTranslation()
  const [years, setYears] = useState(coveredYears)
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly text: string } | null>(null)
  async function onFile(file: File) {
    try {
      const added = await importCalendar(await file.text(), file.name)
      setYears(coveredYears())
      setMessage({ ok: true, text: t('calendar.imported', { years: added.join('、') }) })
    } catch (e) {
      const issues = (e as { issues?: readonly { path: string; message: string; line?: number }[] }).issues
      const detail = issues?.map((i) => `${i.line !== undefined ? t('calendar.line', { line: i.line }) : ''}${i.path}：${i.message}`).join('\n')
      setMessage({ ok: false, text: `${t('calendar.refused', { file: file.name })}\n${detail ?? String(e)}` })
    }
  }
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading" className="h3">{t('calendar.title')}</h2>
      <p className="muted small">{t('calendar.help', { first: years.builtIn.first, last: years.builtIn.last })}</p>
      <p data-testid="calendar-years">
        {t('calendar.covered', { first: years.builtIn.first, last: years.builtIn.last })}
        {years.imported.length > 0 ? ` ${t('calendar.importedYears', { years: years.imported.join('、') })}` : ''}
      </p>
      <label className="block">
        {t('calendar.choose')}{' '}
        <input type="file" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={(e) => { const f = e.target.files?.[0]; if (f) void onFile(f); e.target.value = '' }} />
      </label>
      {years.imported.length > 0 && (
        <button type="button" className="btn" onClick={() => { clearCalendars(); setYears(coveredYears()); setMessage(null) }}>{t('calendar.clear')}</button>
      )}
      {message && <pre className={message.ok ? 'small' : 'error-text'} role={message.ok ? 'status' : 'alert'}>{message.text}</pre>}
    </section>
  )
}
