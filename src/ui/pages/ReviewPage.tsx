/** `#/review`: the annual plan review dashboard (placeholder until the dashboard lands). */
import { useTranslation } from 'react-i18next'

export default function ReviewPage() {
  const { t } = useTranslation('review')
  return (
    <section className="page">
      <h1>{t('title')}</h1>
    </section>
  )
}
