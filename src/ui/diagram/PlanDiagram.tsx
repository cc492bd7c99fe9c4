/**
 * The statechart as a diagram, laid out by ELK (elkjs, loaded lazily with this module): nested boxes for compound and
 * parallel states, each state listing the expectations its entry arms, arrows labelled with their events.
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { planGraph } from '../../engine/index.ts'
import type { GraphState, Lang, Plan } from '../../engine/index.ts'

const LINE = 15
const CHAR = { zh: 12.5, en: 7 }

interface Placed {
  readonly state: GraphState
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

interface PlacedEdge {
  readonly id: string
  readonly points: readonly { x: number; y: number }[]
  readonly label: { x: number; y: number; text: string } | null
  readonly guarded: boolean
}

export default function PlanDiagram({ plan, lang }: { plan: Plan; lang: Lang }) {
  const { t } = useTranslation()
  const graph = useMemo(() => planGraph(plan), [plan])
  const [layout, setLayout] = useState<{ nodes: Placed[]; edges: PlacedEdge[]; width: number; height: number } | { error: string } | null>(null)
  const expName = (id: string) => plan.definition.expectations.find((x) => x.id === id)?.text[lang] ?? id

  useEffect(() => {
    let live = true
    const byParent = new Map<string | null, GraphState[]>()
    for (const s of graph.states) byParent.set(s.parent, [...(byParent.get(s.parent) ?? []), s])
    const size = (s: GraphState) => {
      const lines = [s.key, ...s.armed.map((a) => `• ${short(expName(a), lang)}`)]
      const w = Math.max(...lines.map((l) => textWidth(l, lang))) + 20
      return { width: Math.min(Math.max(w, 90), 280), height: 12 + LINE * lines.length }
    }
    const toElk = (s: GraphState): ElkNode => {
      const kids = byParent.get(s.id) ?? []
      if (kids.length === 0) return { id: s.id || '(root)', ...size(s) }
      return {
        id: s.id || '(root)',
        layoutOptions: { 'elk.padding': `[top=${24 + LINE * s.armed.length},left=10,bottom=10,right=10]`, 'elk.direction': s.type === 'parallel' ? 'RIGHT' : 'DOWN' },
        labels: [{ text: s.key, width: textWidth(s.key, lang), height: LINE }],
        children: kids.map(toElk),
      }
    }
    const root = graph.states.find((s) => s.parent === null) as GraphState
    const edges: ElkExtendedEdge[] = graph.transitions.filter((tr) => tr.source !== tr.target).map((tr) => ({
      id: tr.id,
      sources: [tr.source || '(root)'],
      targets: [tr.target || '(root)'],
      labels: [{ text: tr.event, width: textWidth(tr.event, 'en') * 0.85, height: 12 }],
    }))
    const elkRoot: ElkNode = {
      ...toElk(root),
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
        'elk.layered.spacing.nodeNodeBetweenLayers': '36',
        'elk.spacing.nodeNode': '22',
        'elk.edgeLabels.placement': 'CENTER',
        'elk.padding': '[top=30,left=12,bottom=12,right=12]',
      },
      edges,
    }
    new ELK().layout(elkRoot).then((out) => {
      if (!live) return
      const nodes: Placed[] = []
      const abs = new Map<string, { x: number; y: number }>()
      const walk = (n: ElkNode, ox: number, oy: number) => {
        const x = ox + (n.x ?? 0)
        const y = oy + (n.y ?? 0)
        abs.set(n.id, { x, y })
        const state = graph.states.find((s) => (s.id || '(root)') === n.id)
        if (state && state.parent !== null) nodes.push({ state, x, y, w: n.width ?? 0, h: n.height ?? 0 })
        for (const c of n.children ?? []) walk(c, x, y)
      }
      walk(out, 0, 0)
      const placedEdges: PlacedEdge[] = []
      const collect = (n: ElkNode) => {
        for (const e of (n.edges ?? []) as (ElkExtendedEdge & { container?: string })[]) {
          const o = abs.get(e.container ?? n.id) ?? { x: 0, y: 0 }
          const tr = graph.transitions.find((x) => x.id === e.id)
          for (const sec of e.sections ?? []) {
            const pts = [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint].map((p) => ({ x: p.x + o.x, y: p.y + o.y }))
            const l = e.labels?.[0]
            placedEdges.push({ id: e.id, points: pts, label: l && l.x !== undefined ? { x: (l.x ?? 0) + o.x, y: (l.y ?? 0) + o.y + 10, text: l.text ?? '' } : null, guarded: tr?.guarded ?? false })
          }
        }
        for (const c of n.children ?? []) collect(c)
      }
      collect(out)
      setLayout({ nodes, edges: placedEdges, width: out.width ?? 800, height: out.height ?? 600 })
    }).catch((e: unknown) => live && setLayout({ error: e instanceof Error ? e.message : String(e) }))
    return () => {
      live = false
    }
  }, [graph, lang])

  if (layout === null) return <p role="status">{t('app.loading')}</p>
  if ('error' in layout) return <p className="notice notice-error" role="alert">{layout.error}</p>
  const compound = new Set(graph.states.filter((s) => graph.states.some((c) => c.parent === s.id)).map((s) => s.id))
  return (
    <div className="diagram" role="figure" tabIndex={0} aria-label={t('plans.diagramLabel', { states: graph.states.length - 1, transitions: graph.transitions.length })}>
      <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} xmlns="http://www.w3.org/2000/svg">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6470" /></marker>
        </defs>
        {layout.nodes.map(({ state: s, x, y, w, h }) => {
          const parent = graph.states.find((p) => p.id === s.parent)
          const isCompound = compound.has(s.id)
          const cls = ['st', `st-${s.type}`, isCompound ? 'st-compound' : '', parent?.type === 'parallel' ? 'st-region' : ''].join(' ')
          return (
            <g key={s.id} className={cls}>
              <title>{s.id}{s.armed.length ? `\n${s.armed.join(', ')}` : ''}</title>
              <rect x={x} y={y} width={w} height={h} rx={isCompound ? 6 : 10} />
              {s.initial && parent?.type === 'compound' && <circle cx={x - 4} cy={y + 10} r={4} className="initial-dot" />}
              <text x={x + 8} y={y + 15} className="st-name">{s.key}{s.level ? ` [${s.level}]` : ''}{s.type === 'final' ? ' ◉' : ''}</text>
              {s.armed.map((a, i) => <text key={a} x={x + 8} y={y + 15 + LINE * (i + 1)} className="st-armed">• {short(expName(a), lang)}</text>)}
            </g>
          )
        })}
        {layout.edges.map((e, i) => (
          <g key={`${e.id}-${i}`} className={e.guarded ? 'tr tr-guarded' : 'tr'}>
            <polyline points={e.points.map((p) => `${p.x},${p.y}`).join(' ')} markerEnd="url(#arrow)" />
            {e.label && <text x={e.label.x} y={e.label.y} className="tr-label">{e.label.text}</text>}
          </g>
        ))}
      </svg>
      <p className="muted small">{t('plans.diagramHelp')}</p>
    </div>
  )
}

function textWidth(text: string, lang: Lang): number {
  let w = 0
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? CHAR.zh : CHAR[lang === 'zh' ? 'en' : 'en']
  return w
}

function short(text: string, lang: Lang): string {
  const max = lang === 'zh' ? 16 : 34
  return [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text
}
