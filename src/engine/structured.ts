/** Reading YAML/JSON text into plain data while keeping a map from field paths back to line and column. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair } from 'yaml'
import type { Document, Node } from 'yaml'
import { InputError } from './errors.ts'
import type { InputErrorCode, InputIssue } from './errors.ts'

export interface StructuredText {
  readonly data: unknown
  /** Line/column (1-based) of the value at a path, or of the nearest ancestor that exists. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined
  /** Line/column of a mapping key (for unknown keys). */
  locateKey(path: readonly PropertyKey[], key: string): { line: number; column: number } | undefined
}

/** Parses YAML (JSON is valid YAML 1.2); syntax problems become an InputError with positions. */
export function readStructured(text: string, file: string, syntaxCode: InputErrorCode = 'yaml-syntax'): StructuredText {
  if (typeof text !== 'string') throw new InputError(syntaxCode, file, [{ path: '', message: 'file content is not text' }])
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true })
  const issues: InputIssue[] = []
  for (const e of doc.errors) {
    const pos = e.linePos?.[0]
    issues.push({ path: '', message: firstLine(e.message), ...(pos ? { line: pos.line, column: pos.col } : {}) })
  }
  if (issues.length > 0) throw new InputError(syntaxCode, file, issues)
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    throw new InputError(syntaxCode, file, [{ path: '', message: e instanceof Error ? firstLine(e.message) : String(e) }])
  }
  const pos = (offset: number | undefined) => {
    if (offset === undefined) return undefined
    const p = lineCounter.linePos(offset)
    return { line: p.line, column: p.col }
  }
  return {
    data,
    locate: (path) => pos(nodeAt(doc, path)?.range?.[0]),
    locateKey: (path, key) => {
      const parent = nodeAt(doc, path)
      if (!isMap(parent)) return pos(parent?.range?.[0])
      for (const item of parent.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return pos(item.key.range?.[0])
      }
      return pos(parent.range?.[0])
    },
  }
}

// --- internal ---

function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents
  let last: Node | undefined = doc.contents ?? undefined
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg))
      node = pair && isPair(pair) ? pair.value : undefined
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg]
    } else {
      node = undefined
    }
    if (node === undefined || node === null) return last
    last = node as Node
  }
  return last
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s
}
