/** Before a drill: who the participant plays (one role alone: the autopilot plays the others), their name, and the practice options. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CatalogEntry } from '../catalog.ts'
import { span } from '../format.ts'
import { useLang } from '../i18n.ts'
import { DEFAULT_SETTINGS } from '../store.ts'
import type { PracticeSettings } from '../store.ts'

export function DrillSetup({ entry, onStart }: { entry: CatalogEntry; onStart: (s: PracticeSettings) => void }) {
  const { t } = useTranslation()
  const { pick } = useLang()
  const [s, setS] = useState<PracticeSettings>(DEFAULT_SETTINGS)
  const id = useId()
  const roles = entry.plan.definition.roles.filter((r) => !r.external)
  return (
    <form className="setup card" onSubmit={(e) => { e.preventDefault(); onStart({ ...s, participant: s.participant.trim() }) }}>
      <p>{pick(entry.scenario.description)}</p>
      <dl className="facts">
        <div><dt>{t('library.plan')}</dt><dd>{pick(entry.plan.definition.title)}</dd></div>
        <div><dt>{t('library.level')}</dt><dd>{entry.summary.levelName ? pick(entry.summary.levelName) : t('library.noLevel')}</dd></div>
        <div><dt>{t('library.length')}</dt><dd>{span(entry.summary.lengthMs)}</dd></div>
        <div><dt>{t('practice.start')}</dt><dd>{entry.scenario.startText}</dd></div>
      </dl>
      <fieldset>
        <legend>{t('setup.playAs')}</legend>
        <p className="muted small">{t('setup.soloHint')}</p>
        <label className="block">
          <input type="radio" name={`${id}-role`} checked={s.role === null} onChange={() => setS({ ...s, role: null })} /> {t('setup.wholeOrg')}
        </label>
        {roles.map((r) => (
          <label key={r.id} className="block">
            <input type="radio" name={`${id}-role`} checked={s.role === r.id} onChange={() => setS({ ...s, role: r.id })} /> {pick(r.name)}
          </label>
        ))}
      </fieldset>
      <label className="block">
        {t('setup.name')}
        <input type="text" value={s.participant} maxLength={80} onChange={(e) => setS({ ...s, participant: e.target.value })} autoComplete="name" />
      </label>
      <fieldset>
        <legend>{t('setup.options')}</legend>
        <label className="block"><input type="checkbox" checked={s.hints} onChange={(e) => setS({ ...s, hints: e.target.checked })} /> {t('practice.hints')}</label>
        <label className="block"><input type="checkbox" checked={s.feedback} onChange={(e) => setS({ ...s, feedback: e.target.checked })} /> {t('practice.feedback')}</label>
        <label className="block"><input type="checkbox" checked={s.pauseOnInject} onChange={(e) => setS({ ...s, pauseOnInject: e.target.checked })} /> {t('practice.pauseOnInject')}</label>
      </fieldset>
      <button type="submit" className="primary">{t('setup.begin')}</button>
    </form>
  )
}
