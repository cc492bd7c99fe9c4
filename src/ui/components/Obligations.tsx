/** Hints: the plan's obligations the drill has armed (in solo practice, the played role's only), with their deadlines as the engine computes them. */
import { useTranslation } from 'react-i18next'
import type { DrillView, PlanDefinition, Timeline } from '../../engine/index.ts'
import { shortTime, span } from '../format.ts'
import { useLang } from '../i18n.ts'

export function Obligations({ view, plan, timeline, playedAs }: { view: DrillView; plan: PlanDefinition; timeline: Timeline; playedAs: string | null }) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const sep = lang === 'zh' ? '、' : ', '
  const order = { overdue: 0, open: 1, 'wrong-role': 2, done: 3 } as const
  const list = view.obligations.filter((o) => o.mine && (!o.optional || o.status === 'done')).sort((a, b) => order[a.status] - order[b.status] || (a.due ?? Infinity) - (b.due ?? Infinity))
  const roleName = (r: string) => pick(plan.roles.find((x) => x.id === r)?.name) || r
  return (
    <section className="card hints" aria-labelledby="hints-title">
      <h2 id="hints-title">{t('practice.obligations')}</h2>
      {playedAs !== null && <p className="muted small">{t('practice.onlyRole', { role: roleName(playedAs) })}</p>}
      {list.length === 0 ? <p className="muted">{t('practice.noObligations')}</p> : (
        <ul className="obligations">
          {list.map((o) => {
            const exp = plan.expectations.find((x) => x.id === o.id)
            return (
              <li key={o.key} className={`obligation ob-${o.status}`}>
                <span className={`badge badge-${o.status}`}>{t(`obligation.${o.status}`)}</span>
                <span className="ob-text">{exp ? pick(exp.text) : o.id}{o.occurrence > 1 ? ` (#${o.occurrence})` : ''}</span>
                <span className="muted small">
                  {o.roles.map(roleName).join(sep)}
                  {o.due !== null && o.status !== 'done' && <> · {t('practice.due')} {shortTime(timeline.iso(o.due))} ({o.due >= view.now ? t('practice.dueIn', { span: span(o.due - view.now) }) : t('practice.overdueBy', { span: span(view.now - o.due) })})</>}
                  {o.doneAt !== null && <> · {t('practice.doneAt')} {shortTime(timeline.iso(o.doneAt))}</>}
                  {o.clause && <> · {o.clause}</>}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
