/** `#/plans`: the plans, with their source and size. */
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import catalog from 'virtual:plandrill-catalog'
import { useLang } from '../i18n.ts'
import { CalendarImport } from '../components/CalendarImport.tsx'

export default function PlansPage() {
  const { t } = useTranslation()
  const { pick } = useLang()
  return (
    <section className="page">
      <h1>{t('plans.title')}</h1>
      <ul className="cards">
        {catalog.plans.map((d) => {
          return (
            <li key={d.id} className="card">
              <h2 className="h3"><Link href={`/plans/${d.id}`}>{pick(d.title)}</Link></h2>
              <p className="muted small">{pick(d.summary)}</p>
              <dl className="facts">
                <div><dt>{t('plans.roles')}</dt><dd>{d.roles}</dd></div>
                <div><dt>{t('plans.expectations')}</dt><dd>{d.expectations}</dd></div>
                <div><dt>{t('plans.levels')}</dt><dd>{d.levels || '—'}</dd></div>
                <div><dt>{t('plans.scenarios')}</dt><dd>{catalog.scenarios.filter((s) => s.plan === d.id).length}</dd></div>
              </dl>
              <p className="card-foot"><code className="small">{d.id}@{d.version}</code></p>
            </li>
          )
        })}
      </ul>
      <CalendarImport />
    </section>
  )
}
