/** Reading MSEL files into sheets of cells: CSV (papaparse), XLSX (exceljs, loaded on demand) and JSON. Never throws on bad input. */
import Papa from 'papaparse'
import { CSV_META_MARKER } from './model.ts'
import type { Cell, MselProblem, MselSheet, MselWorkbook } from './model.ts'

/** A CSV file (with or without a BOM) as one sheet named `csv`; row numbers are the file's records, as Excel shows them. */
export function readMselCsv(text: string): MselWorkbook {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // plandrill's own CSV is comma-separated; the metadata JSON must not sway papaparse's guess of the delimiter.
  const own = body.startsWith(`${CSV_META_MARKER},`)
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, ...(own ? { delimiter: ',' } : {}) })
  const problems: MselProblem[] = parsed.errors
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => ({ row: (e.row ?? -1) + 1, column: '', message: `CSV: ${e.message}` }))
  const rows = parsed.data.map((r) => r.map((c) => cleanText(c)))
  // A final newline gives one empty record: drop trailing empty rows.
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((c) => c === null || c === '')) rows.pop()
  return { sheets: [{ name: 'csv', rows }], problems }
}

/**
 * A JSON MSEL: an array of objects (keys become the header), an array of arrays, or an object holding such an array
 * (e.g. `{ "injects": [...] }`). Object number k is row k; the header is row 0.
 */
export function readMselJson(text: string): MselWorkbook {
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return { sheets: [], problems: [{ row: 0, column: '', message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` }] }
  }
  let list: unknown = data
  let name = 'json'
  if (!Array.isArray(data) && typeof data === 'object' && data !== null) {
    const hit = Object.entries(data).find(([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object')
    if (hit) [name, list] = hit
  }
  if (!Array.isArray(list)) return { sheets: [], problems: [{ row: 0, column: '', message: 'expected an array of injects (objects with one key per column) or an array of rows' }] }
  if (list.every((r) => Array.isArray(r))) {
    const rows = (list as unknown[][]).map((r) => r.map(jsonCell))
    return { sheets: [{ name, rows }], problems: [] }
  }
  const keys: string[] = []
  const problems: MselProblem[] = []
  list.forEach((item, k) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) problems.push({ row: k + 1, column: '', message: 'is not an object; each inject is an object with one key per column' })
    else for (const key of Object.keys(item)) if (!keys.includes(key)) keys.push(key)
  })
  const rows: Cell[][] = [keys]
  for (const item of list) rows.push(keys.map((key) => (typeof item === 'object' && item !== null ? jsonCell((item as Record<string, unknown>)[key]) : null)))
  return { sheets: [{ name, rows, rowNumbers: rows.map((_, i) => i) }], problems }
}

/** An XLSX workbook, every sheet in order; exceljs is imported only when this is called (it is large). */
export async function readMselXlsx(data: ArrayBuffer | Uint8Array): Promise<MselWorkbook> {
  const ExcelJS = await loadExcel()
  const wb = new ExcelJS.Workbook()
  try {
    // exceljs's typings name Node's Buffer; an ArrayBuffer works in both Node and the browser.
    const buf = data instanceof Uint8Array ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) : data
    await wb.xlsx.load(buf as never)
  } catch (e) {
    return { sheets: [], problems: [{ row: 0, column: '', message: `not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)})` }] }
  }
  const sheets: MselSheet[] = []
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = []
    const rowCount = Math.min(ws.rowCount, MAX_ROWS)
    const colCount = Math.min(ws.columnCount, MAX_COLUMNS)
    for (let r = 1; r <= rowCount; r++) {
      const row = ws.getRow(r)
      const cells: Cell[] = []
      for (let c = 1; c <= colCount; c++) cells.push(normalizeCell(row.getCell(c).value))
      while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === '')) cells.pop()
      rows.push(cells)
    }
    sheets.push({ name: ws.name, rows })
  }
  return { sheets, problems: [] }
}

/** An exceljs cell value as a Cell: rich text joined, formulas by their cached result, hyperlinks by their text, errors empty. */
export function normalizeCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return cleanText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; result?: unknown; formula?: unknown; sharedFormula?: unknown; text?: unknown; error?: unknown }
    if (Array.isArray(v.richText)) return cleanText(v.richText.map((p) => p.text ?? '').join(''))
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return normalizeCell(v.result)
    if (v.error !== undefined) return null
    if (v.text !== undefined) return normalizeCell(v.text)
  }
  return cleanText(String(value))
}

/** Decodes Excel's `_xHHHH_` escapes (`_x000D_` is a carriage return) and normalises line ends to `\n`. */
export function cleanText(text: string): string {
  return text
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n?/g, '\n')
}

/** exceljs's module, loaded lazily so that a browser bundle can split it off. */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') }
  return mod.default ?? mod
}

// --- internal ---

const MAX_ROWS = 20_000
const MAX_COLUMNS = 200

function jsonCell(v: unknown): Cell {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return cleanText(v)
  if (typeof v === 'number' || typeof v === 'boolean') return v
  return JSON.stringify(v)
}
