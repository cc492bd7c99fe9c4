/**
 * Bundle budget (run after `vite build`): first-load JavaScript — the entry and everything it imports statically, plus
 * the first route's (`#/`, the scenario library) static closure — must stay within budget, gzip-compressed; charts,
 * the statechart diagram and the scenario generator must stay out of it. `--check` exits 1 when over budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import budgets from './budgets.json' with { type: 'json' }

const dist = join(import.meta.dirname, '..', 'dist')
const assets = join(dist, 'assets')
if (!existsSync(join(dist, 'index.html'))) {
  console.error('bundle: dist/index.html not found; run `npm run build` first')
  process.exit(2)
}
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1]
if (!entry) throw new Error('bundle: no module entry script in dist/index.html')
const files = readdirSync(assets).filter((f) => f.endsWith('.js'))
const route = files.find((f) => f.startsWith('LibraryPage-'))
if (!route) throw new Error('bundle: no LibraryPage chunk (the first route) in dist/assets')

/** A chunk's static imports (`import … from "./x.js"` and bare `import "./x.js"`), not dynamic `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(assets, file), 'utf8')
  const out = new Set<string>()
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) out.add(m[1] as string)
  return [...out]
}

function closure(start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen
  seen.add(start)
  for (const f of staticImports(start)) closure(f, seen)
  return seen
}

const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const entrySet = closure(entry)
const firstLoad = closure(route, new Set(entrySet))
const entryBytes = [...entrySet].reduce((n, f) => n + gz(f), 0)
const firstBytes = [...firstLoad].reduce((n, f) => n + gz(f), 0)
// Heavy parts that must load only when used: charts (recharts), the statechart diagram (elkjs), the scenario
// generator (faker), spreadsheets (exceljs) and the review worker.
const lazyOnly = ['EvaluationCharts-', 'ReviewCharts-', 'PlanDiagram-', 'variants-', 'exceljs', 'reviewWorker-']
const leaked = [...firstLoad].filter((f) => lazyOnly.some((p) => f.startsWith(p)))
const budget = budgets.bundle.firstLoadGzipKB * 1024

console.log('bundle (gzip -9)')
console.log(`  entry closure        ${kb(entryBytes).padStart(9)}  (${entrySet.size} chunks)`)
console.log(`  first load (#/)      ${kb(firstBytes).padStart(9)}  (${firstLoad.size} chunks; budget ≤ ${budgets.bundle.firstLoadGzipKB} KB)`)
for (const p of lazyOnly) {
  const f = files.find((x) => x.startsWith(p))
  // What loading it adds: its own static closure, less what the first load already has.
  const extra = f ? [...closure(f)].filter((x) => !firstLoad.has(x)).reduce((n, x) => n + gz(x), 0) : 0
  console.log(`  lazy ${p.replace(/-$/, '').padEnd(16)} ${f ? kb(extra).padStart(9) : '  missing'}`)
}
if (process.argv.includes('--check')) {
  const problems: string[] = []
  if (firstBytes > budget) problems.push(`first-load JavaScript ${kb(firstBytes)} is over the ${budgets.bundle.firstLoadGzipKB} KB budget`)
  for (const f of leaked) problems.push(`${f} is in the first load; it must be lazy`)
  for (const p of lazyOnly) if (!files.some((x) => x.startsWith(p))) problems.push(`no separate ${p}* chunk: it must be split out and loaded lazily`)
  if (problems.length > 0) {
    for (const p of problems) console.error(`bundle budget: ${p}`)
    process.exit(1)
  }
  console.log('  within budget')
}
