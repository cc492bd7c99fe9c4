/** Injects as messages: newest first, who sent them, on which channel, to whom, in the chosen language. */
import { useTranslation } from 'react-i18next'
import type { Inject, PlanDefinition, Timeline } from '../../engine/index.ts'
import { shortTime } from '../format.ts'
import { useLang } from '../i18n.ts'

export function InjectFeed({ delivered, timeline, plan }: { delivered: readonly Inject[]; timeline: Timeline; plan: PlanDefinition }) {
  const { t } = useTranslation()
  const { lang, pick } = useLang()
  const sep = lang === 'zh' ? '、' : ', '
  const roleName = (id: string) => pick(plan.roles.find((r) => r.id === id)?.name) || id
  const list = [...delivered].reverse()
  return (
    <section className="card feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('practice.injects')} <span className="count">{delivered.length}</span></h2>
      <div aria-live="polite" aria-relevant="additions">
        {list.length === 0 && <p className="muted">{t('practice.noInjects')}</p>}
        <ol className="messages" reversed>
          {list.map((i, n) => (
            <li key={`${i.index}-${i.at}`} className={n === 0 ? 'message message-new' : 'message'}>
              <div className="message-head">
                <time dateTime={timeline.iso(i.at)}>{shortTime(timeline.iso(i.at))}</time>
                {i.channel && <span className="tag">{t(`channel.${i.channel}`)}</span>}
                {i.from && <strong>{pick(i.from)}</strong>}
                {i.to.length > 0 && <span className="muted small">→ {i.to.map(roleName).join(sep)}</span>}
              </div>
              <p className="message-text">{i.message ? pick(i.message) : t('practice.eventOnly', { event: i.event })}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  )
}
