/** A plan's statechart as plain data for a diagram: nested states (with what each arms) and labelled transitions. */
import type { Plan } from './model.ts'

export interface GraphState {
  /** The state's path, dot-joined (`response.notify`); '' for the root. */
  readonly id: string
  readonly parent: string | null
  readonly key: string
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history'
  readonly initial: boolean
  /** Expectations armed on entry. */
  readonly armed: readonly string[]
  readonly level: string | null
  readonly phase: string | null
}

export interface GraphTransition {
  readonly id: string
  readonly source: string
  readonly target: string
  /** The event type; delayed transitions read `after <delay>`. */
  readonly event: string
  readonly guarded: boolean
}

export interface PlanGraph {
  readonly states: readonly GraphState[]
  readonly transitions: readonly GraphTransition[]
}

type Node = Plan['machine']['root']

/** Walks the machine once, in document order (deterministic). Internal self-transitions without a target are left out. */
export function planGraph(plan: Plan): PlanGraph {
  const states: GraphState[] = []
  const transitions: GraphTransition[] = []
  const pathOf = (n: Node) => n.path.join('.')
  const visit = (node: Node, parent: Node | null) => {
    const meta = node.meta as { expectations?: readonly string[]; level?: string; phase?: string } | undefined
    const initialKey = parent && parent.type === 'compound' ? (parent.initial?.target?.[0] as Node | undefined)?.key : undefined
    states.push({
      id: pathOf(node),
      parent: parent ? pathOf(parent) : null,
      key: node.key,
      type: node.type,
      initial: parent === null || parent.type === 'parallel' || initialKey === node.key,
      armed: meta?.expectations ?? [],
      level: meta?.level ?? null,
      phase: meta?.phase ?? null,
    })
    for (const [event, list] of node.transitions) {
      list.forEach((tr, k) => {
        for (const target of tr.target ?? []) {
          transitions.push({
            id: `${pathOf(node)}|${event}|${k}|${pathOf(target as Node)}`,
            source: pathOf(node),
            target: pathOf(target as Node),
            event: delayLabel(event),
            guarded: tr.guard !== undefined,
          })
        }
      })
    }
    for (const child of Object.values(node.states)) visit(child, node)
  }
  visit(plan.machine.root, null)
  return { states, transitions }
}

function delayLabel(event: string): string {
  const m = /^xstate\.after\.(.+)\.[^.]+$/.exec(event)
  return m ? `after ${m[1]}` : event
}
