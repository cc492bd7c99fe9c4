/** Tables → an XLSX workbook (one sheet per table, header row frozen and bold). exceljs loads only when called. */
export interface SheetTable {
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number | null)[])[]
}

/** Excel's limits on sheet names: ≤ 31 characters, none of : \ / ? * [ ], unique within the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet'
  let name = base
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`
  taken.add(name.toLowerCase())
  return name
}

export async function tablesToXlsx(tables: readonly SheetTable[], meta: { readonly creator?: string; readonly created?: Date } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = meta.creator ?? 'plandrill'
  // A fixed date keeps the file the same for the same input unless the caller says when it was made.
  const when = meta.created ?? new Date(0)
  wb.created = when
  wb.modified = when
  const taken = new Set<string>()
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow([...t.columns])
    ws.getRow(1).font = { bold: true }
    // Text cells stay text: exceljs writes strings as shared strings, never as formulas.
    for (const r of t.rows) ws.addRow(r.map((c) => (c === null ? '' : c)))
    ws.columns.forEach((col, i) => {
      const widest = Math.max(String(t.columns[i] ?? '').length, ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length))
      col.width = Math.min(60, Math.max(8, widest + 2))
    })
  }
  const buf = await wb.xlsx.writeBuffer()
  return new Uint8Array(buf as ArrayBuffer)
}
