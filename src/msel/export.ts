/** Scenario -> MSEL rows, and rows -> CSV text (UTF-8 with BOM) or an XLSX workbook (exceljs, loaded on demand). */
import Papa from 'papaparse'
import { DrillSession, formatDuration, toInstantIso } from '../engine/index.ts'
import type { Plan, Scenario } from '../engine/index.ts'
import { CSV_META_MARKER, EXPORT_COLUMNS, META_SHEET, MSEL_SHEET } from './model.ts'
import type { MselField, ScenarioMeta } from './model.ts'
import { loadExcel } from './read.ts'

/** One inject as an MSEL row; every value is text, ready for a cell. */
export type MselRow = Readonly<Record<Exclude<MselField, 'from' | 'message' | 'expected' | 'subject' | 'date' | 'time' | 'status'>, string>>

export interface Msel {
  readonly meta: ScenarioMeta
  readonly rows: readonly MselRow[]
}

/**
 * The scenario as an MSEL: one row per inject in time order. The expected response and the expectations an inject
 * tests come from a deterministic engine run (no participant actions): the expectations that inject arms.
 */
export function scenarioToMsel(scenario: Scenario, plan: Plan): Msel {
  const def = plan.definition
  const triggered = triggeredExpectations(scenario, plan)
  const rows = scenario.injects.map((inj, k): MselRow => {
    const ids = triggered[k] ?? []
    const exps = ids.map((id) => def.expectations.find((e) => e.id === id)).filter((e) => e !== undefined)
    return {
      id: inj.id,
      offset: formatDuration(inj.at),
      datetime: toInstantIso(inj.at, scenario.start),
      event: inj.event,
      data: Object.keys(inj.data).length > 0 ? JSON.stringify(inj.data) : '',
      when: inj.when ? JSON.stringify(inj.when) : '',
      fromZh: inj.from?.zh ?? '',
      fromEn: inj.from?.en ?? '',
      to: inj.to.join('; '),
      channel: inj.channel ?? '',
      messageZh: inj.message?.zh ?? '',
      messageEn: inj.message?.en ?? '',
      expectedZh: exps.map((e) => e.text.zh).join('\n'),
      expectedEn: exps.map((e) => e.text.en).join('\n'),
      tests: ids.join('; '),
    }
  })
  const meta: ScenarioMeta = {
    id: scenario.id,
    plan: scenario.plan,
    title: { zh: scenario.title.zh, en: scenario.title.en },
    ...(scenario.description ? { description: { zh: scenario.description.zh, en: scenario.description.en } } : {}),
    start: scenario.startText,
    seed: scenario.seed,
    params: { ...scenario.params },
    ...(scenario.end !== null ? { end: formatDuration(scenario.end) } : {}),
  }
  return { meta, rows }
}

/**
 * CSV text: a BOM (so Excel reads the Chinese as UTF-8), a first record `#plandrill-scenario,<metadata JSON>`, the
 * header row (EXPORT_COLUMNS) and one record per inject; CRLF line ends, fields quoted where needed.
 */
export function mselToCsv(msel: Msel): string {
  const meta = Papa.unparse([[CSV_META_MARKER, JSON.stringify(msel.meta)]], { newline: '\r\n' })
  const table = Papa.unparse({ fields: EXPORT_COLUMNS.map((c) => c.header), data: tableRows(msel) }, { newline: '\r\n', quotes: false })
  return `\uFEFF${meta}\r\n${table}\r\n`
}

/** The two sheets of the XLSX export as plain rows: `MSEL` (header + injects) and `scenario` (key, value). */
export function mselSheets(msel: Msel): { readonly name: string; readonly rows: readonly (readonly (string | number)[])[]; readonly widths: readonly number[] }[] {
  return [
    { name: MSEL_SHEET, rows: [EXPORT_COLUMNS.map((c) => c.header), ...tableRows(msel)], widths: EXPORT_COLUMNS.map((c) => c.width) },
    { name: META_SHEET, rows: [['key 键', 'value 值'], ...metaRows(msel.meta)], widths: [18, 80] },
  ]
}

/** An XLSX workbook (bytes): the `MSEL` sheet (frozen header, wrapped text) and the `scenario` sheet. */
export async function mselToXlsx(msel: Msel): Promise<Uint8Array> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  wb.creator = 'plandrill'
  // A fixed date keeps the file the same for the same scenario.
  wb.created = new Date(Date.UTC(2000, 0, 1))
  wb.modified = wb.created
  for (const sheet of mselSheets(msel)) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w
    })
    for (const r of sheet.rows) {
      const row = ws.addRow([...r])
      row.alignment = { wrapText: true, vertical: 'top' }
    }
    ws.getRow(1).font = { bold: true }
  }
  const out = await wb.xlsx.writeBuffer()
  return new Uint8Array(out as ArrayBuffer)
}

/** For each inject (in the scenario's time order), the ids of the expectations it arms in a run without actions. */
export function triggeredExpectations(scenario: Scenario, plan: Plan): string[][] {
  const base = { ...scenario, end: null }
  const armedBy = (count: number, t: number) => {
    const s = new DrillSession(plan, { ...base, injects: scenario.injects.slice(0, count) })
    s.advanceTo(t as Scenario['injects'][number]['at'])
    return new Map(s.obligations().map((o) => [o.key, 1 + o.rearmed.length + o.carried.length]))
  }
  return scenario.injects.map((inj, k) => {
    const before = armedBy(k, inj.at)
    const after = armedBy(k + 1, inj.at)
    const ids: string[] = []
    for (const i of plan.definition.expectations) {
      const hit = [...after].some(([key, arms]) => key.startsWith(`${i.id}#`) && (before.get(key) ?? 0) < arms)
      if (hit) ids.push(i.id)
    }
    return ids
  })
}

// --- internal ---

function tableRows(msel: Msel): string[][] {
  return msel.rows.map((r) => EXPORT_COLUMNS.map((c) => (r as Record<string, string>)[c.field] ?? ''))
}

function metaRows(meta: ScenarioMeta): (string | number)[][] {
  const rows: (string | number)[][] = []
  if (meta.id !== undefined) rows.push(['id', meta.id])
  if (meta.plan !== undefined) rows.push(['plan', meta.plan])
  if (meta.title) rows.push(['title.zh', meta.title.zh], ['title.en', meta.title.en])
  if (meta.description) rows.push(['description.zh', meta.description.zh], ['description.en', meta.description.en])
  if (meta.start !== undefined) rows.push(['start', meta.start])
  if (meta.seed !== undefined) rows.push(['seed', meta.seed])
  rows.push(['params', JSON.stringify(meta.params ?? {})])
  if (meta.end !== undefined) rows.push(['end', meta.end])
  return rows
}
