/**
 * Node-only helper for the synchronous CLI (exceljs is asynchronous): `read <file>` prints the workbook as JSON
 * (dates as {"$date": iso}); `write <file>` reads an Msel as JSON on stdin and writes the XLSX, never over a file.
 * Run through tsx by src/cli/msel.ts; not part of the browser-facing index.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { mselToXlsx } from './export.ts'
import type { Msel } from './export.ts'
import { readMselXlsx } from './read.ts'

const [mode, file] = process.argv.slice(2)
if (mode === 'read' && file !== undefined) {
  const wb = await readMselXlsx(readFileSync(file))
  const sheets = wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c instanceof Date ? { $date: c.getTime() } : c))) }))
  process.stdout.write(JSON.stringify({ sheets, problems: wb.problems }))
} else if (mode === 'write' && file !== undefined) {
  const msel = JSON.parse(readFileSync(0, 'utf8')) as Msel
  writeFileSync(file, await mselToXlsx(msel), { flag: 'wx' })
} else {
  process.stderr.write('usage: xlsxChild read|write <file>\n')
  process.exitCode = 2
}
