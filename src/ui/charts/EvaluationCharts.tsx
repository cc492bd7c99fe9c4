/** The report's charts (recharts, loaded lazily): each expectation's due time against when it was done, and capability scores. */
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from 'react-i18next'
import type { Evaluation, Lang } from '../../engine/index.ts'

const RATING_COLOURS = { P: '#1b7f4b', S: '#6a9a1f', M: '#c77700', U: '#b3261e' } as const
const STATUS_COLOURS: Record<string, string> = { 'on-time': '#1b7f4b', late: '#c77700', missed: '#b3261e', 'wrong-role': '#7b3fa0', 'out-of-order': '#8a6d00', 'not-applicable': '#888' }

export default function EvaluationCharts({ evaluation: e, lang }: { evaluation: Evaluation; lang: Lang }) {
  const { t } = useTranslation()
  const start = Date.parse(e.startedAt)
  const hours = (iso: string | null) => (iso === null ? null : Math.round(((Date.parse(iso) - start) / 3_600_000) * 100) / 100)
  const rows = e.expectations.filter((x) => x.occurrence > 0 && x.due !== null)
  const names = rows.map((x) => `${x.text[lang].slice(0, lang === 'zh' ? 14 : 28)}${x.occurrence > 1 ? ` #${x.occurrence}` : ''}`)
  const due = rows.map((x, i) => ({ y: i, x: hours(x.due), name: names[i], kind: t('chart.due') }))
  const done = rows.flatMap((x, i) => (x.doneAt ? [{ y: i, x: hours(x.doneAt), name: names[i], status: x.status }] : []))
  const caps = e.capabilities.map((c) => ({ name: c.name[lang], score: c.score, rating: c.rating }))
  const height = Math.max(220, rows.length * 26 + 80)
  return (
    <div className="charts">
      <figure className="chart">
        <figcaption>{t('chart.timeline')}</figcaption>
        <ResponsiveContainer width="100%" height={height}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" dataKey="x" name={t('chart.hours')} unit="h" label={{ value: t('chart.hoursSince'), position: 'insideBottom', offset: -12 }} />
            <YAxis type="number" dataKey="y" domain={[-0.5, rows.length - 0.5]} ticks={rows.map((_, i) => i)} tickFormatter={(i: number) => names[i] ?? ''} width={lang === 'zh' ? 190 : 230} reversed interval={0} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => `${String(v)} h`} labelFormatter={() => ''} />
            <Legend verticalAlign="top" />
            <Scatter name={t('chart.due')} data={due} fill="#555" shape="diamond" isAnimationActive={false} />
            <Scatter name={t('chart.done')} data={done} isAnimationActive={false}>
              {done.map((d, i) => <Cell key={i} fill={STATUS_COLOURS[d.status] ?? '#333'} />)}
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.capabilities')}</figcaption>
        <ResponsiveContainer width="100%" height={Math.max(200, caps.length * 34 + 40)}>
          <BarChart data={caps} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} />
            <YAxis type="category" dataKey="name" width={lang === 'zh' ? 110 : 170} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="score" name={t('report.score')} isAnimationActive={false}>
              {caps.map((c, i) => <Cell key={i} fill={RATING_COLOURS[c.rating]} />)}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  )
}
