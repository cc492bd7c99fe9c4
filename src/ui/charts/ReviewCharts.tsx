/** The review dashboard's charts (recharts, loaded lazily): score trend, rating mix by quarter, weakest requirements, lateness. */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from 'react-i18next'
import type { Lang, PlanReview } from '../../engine/index.ts'

const RATING_COLOURS = { P: '#1b7f4b', S: '#6a9a1f', M: '#c77700', U: '#b3261e' } as const
const TOP = 10
const short = (text: string, lang: Lang) => (text.length > (lang === 'zh' ? 14 : 30) ? `${text.slice(0, lang === 'zh' ? 13 : 29)}…` : text)

export default function ReviewCharts({ plan: p, lang }: { plan: PlanReview; lang: Lang }) {
  const { t } = useTranslation('review')
  const quarters = p.periods.filter((r) => r.kind === 'quarter')
  const trend = quarters.map((q) => ({ period: q.period, mean: q.meanScore }))
  const mix = quarters.map((q) => ({ period: q.period, ...q.ratings }))
  const weakest = [...p.expectations]
    .filter((x) => x.armed > 0 && (x.failureRate ?? 0) > 0)
    .sort((a, b) => (b.failureRate ?? 0) - (a.failureRate ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, TOP)
    .map((x) => ({ name: short(x.text[lang], lang), rate: Math.round((x.failureRate ?? 0) * 1000) / 10 }))
  const hours = (ms: number | null) => (ms === null ? 0 : Math.round((ms / 3_600_000) * 10) / 10)
  const lateness = [...p.expectations]
    .filter((x) => x.medianLateMs !== null)
    .sort((a, b) => (b.medianLateMs ?? 0) - (a.medianLateMs ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, TOP)
    .map((x) => ({ name: short(x.text[lang], lang), median: hours(x.medianLateMs), worst: hours(x.worstLateMs) }))
  const yWidth = lang === 'zh' ? 200 : 240
  return (
    <div className="charts review-charts">
      <figure className="chart">
        <figcaption>{t('charts.trend')}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={trend} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 100]} />
            <Tooltip />
            <Line type="monotone" dataKey="mean" name={t('stats.mean')} stroke="#0b4a8b" strokeWidth={2} isAnimationActive={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>{t('charts.ratings')}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={mix} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {(['P', 'S', 'M', 'U'] as const).map((k) => <Bar key={k} dataKey={k} stackId="r" fill={RATING_COLOURS[k]} isAnimationActive={false} />)}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {weakest.length > 0 && (
        <figure className="chart">
          <figcaption>{t('charts.weakest')}</figcaption>
          <ResponsiveContainer width="100%" height={weakest.length * 28 + 60}>
            <BarChart data={weakest} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" domain={[0, 100]} unit="%" />
              <YAxis type="category" dataKey="name" width={yWidth} tick={{ fontSize: 12 }} interval={0} />
              <Tooltip formatter={(v) => `${String(v)}%`} />
              <Bar dataKey="rate" name={t('charts.failure')} fill="#b3261e" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
      {lateness.length > 0 && (
        <figure className="chart">
          <figcaption>{t('charts.lateness')}</figcaption>
          <ResponsiveContainer width="100%" height={lateness.length * 32 + 70}>
            <BarChart data={lateness} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" unit="h" />
              <YAxis type="category" dataKey="name" width={yWidth} tick={{ fontSize: 12 }} interval={0} />
              <Tooltip formatter={(v) => `${String(v)} h`} />
              <Legend />
              <Bar dataKey="median" name={t('charts.median')} fill="#c77700" isAnimationActive={false} />
              <Bar dataKey="worst" name={t('charts.worst')} fill="#8c1d18" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
    </div>
  )
}
