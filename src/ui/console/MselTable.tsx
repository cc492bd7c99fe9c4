/** The MSEL as a timeline: every inject with its expected response (trainer only), its status, and deliver / hold / release. */
import { useTranslation } from 'react-i18next'
import { describeCondition } from '../../engine/index.ts'
import type { DrillSession, PlanDefinition, Scenario } from '../../engine/index.ts'
import type { Msel } from '../../msel/index.ts'
import { span } from '../format.ts'
import { useLang } from '../i18n.ts'

interface Props {
  readonly msel: Msel
  readonly scenario: Scenario
  readonly plan: PlanDefinition
  readonly session: DrillSession
  readonly ended: boolean
  readonly onDeliver: (id: string) => void
  readonly onHold: (id: string) => void
}

export function MselTable({ msel, scenario, plan, session, ended, onDeliver, onHold }: Props) {
  const { t } = useTranslation('console')
  const { lang, pick } = useLang()
  const delivered = new Map(session.delivered.map((d) => [d.id, d]))
  const skipped = new Set(session.skipped.map((s) => s.id))
  const held = new Set(session.heldIds)
  const roleName = (id: string) => pick(plan.roles.find((r) => r.id === id)?.name) || id
  const eventName = (id: string) => pick(plan.events.find((e) => e.id === id)?.name) || id
  const time = (ms: number) => session.timeline.iso(ms as never).slice(5, 16).replace('T', ' ')
  const rows = [
    ...scenario.injects.map((inj, k) => ({ inj, row: msel.rows[k], adhoc: false })),
    ...session.delivered.filter((d) => d.how === 'adhoc').map((d) => ({ inj: d, row: undefined, adhoc: true })),
  ].sort((a, b) => (delivered.get(a.inj.id)?.deliveredAt ?? a.inj.at) - (delivered.get(b.inj.id)?.deliveredAt ?? b.inj.at))

  return (
    <section aria-labelledby="msel-title">
      <h2 id="msel-title">{t('msel.title')}</h2>
      <div className="table-wrap">
        <table className="msel" data-testid="msel">
          <thead>
            <tr>
              <th scope="col">{t('msel.time')}</th><th scope="col">{t('msel.event')}</th><th scope="col">{t('msel.from')} → {t('msel.to')}</th>
              <th scope="col">{t('msel.message')}</th><th scope="col">{t('msel.expected')}</th><th scope="col">{t('msel.status')}</th><th scope="col">{t('msel.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ inj, row, adhoc }) => {
              const d = delivered.get(inj.id)
              const isHeld = held.has(inj.id)
              const status = d ? t(`msel.${d.how === 'scheduled' ? 'delivered' : d.how}`, { time: time(d.deliveredAt) }) : skipped.has(inj.id) ? t('msel.skipped') : isHeld ? t('msel.held') : t('msel.upcoming')
              return (
                <tr key={inj.id} data-inject={inj.id} className={d ? 'done' : skipped.has(inj.id) ? 'skipped' : isHeld ? 'held' : undefined}>
                  <td className="nowrap">T+{span(inj.at)}<div className="muted small">{time(inj.at)}</div></td>
                  <td>
                    {adhoc && inj.event === 'message' ? '—' : eventName(inj.event)}
                    {inj.when && <div className="small tag tag-warn" title={t('msel.condition')}>{t('msel.condition')}: {describeCondition(inj.when, lang)}</div>}
                  </td>
                  <td className="small">{pick(inj.from) || '—'} → {inj.to.map(roleName).join(lang === 'zh' ? '、' : ', ') || '—'}{inj.channel ? <div className="muted">{inj.channel}</div> : null}</td>
                  <td className="small msel-message">{pick(inj.message) || '—'}</td>
                  <td className="small trainer-only">
                    {row ? (lang === 'zh' ? row.expectedZh : row.expectedEn).split('\n').filter(Boolean).map((x, i) => <div key={i}>{x}</div>) : '—'}
                    {row && row.tests !== '' && <div className="muted" title={t('msel.tests')}>{row.tests.split('; ').map((id) => <code key={id}>{id} </code>)}</div>}
                  </td>
                  <td className="small" data-testid="inject-status">{status}</td>
                  <td className="nowrap">
                    {!d && !skipped.has(inj.id) && !ended && (
                      <>
                        <button type="button" onClick={() => onDeliver(inj.id)}>{isHeld ? t('msel.release') : t('msel.deliver')}</button>
                        {!isHeld && <button type="button" onClick={() => onHold(inj.id)}>{t('msel.hold')}</button>}
                      </>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
