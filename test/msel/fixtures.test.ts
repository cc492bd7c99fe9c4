/**
 * Real MSEL files from other tools (read in place from ../shared/fixtures/msel; never copied into the repo, and no
 * names from them are written here). Each either imports or is refused with every problem named by row and column.
 * The shipped plans have no generic informational event, so rows whose event cannot be determined are problems;
 * the "assisted" cases show the same file imported once the caller supplies what the file lacks.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mselToScenario, readMselCsv, readMselJson, readMselXlsx } from '../../src/msel/index.ts'
import type { MselImport, MselImportOptions, MselWorkbook } from '../../src/msel/index.ts'
import { plans } from '../../src/plans/index.ts'
import { ROOT } from '../helpers.ts'

const DIR = join(ROOT, '..', 'shared', 'fixtures', 'msel')
const present = existsSync(DIR)
const START = '2026-03-02T09:00:00+08:00'

async function load(file: string): Promise<MselWorkbook> {
  const path = join(DIR, file)
  if (file.endsWith('.csv')) return readMselCsv(readFileSync(path, 'utf8'))
  if (file.endsWith('.json')) return readMselJson(readFileSync(path, 'utf8'))
  return readMselXlsx(readFileSync(path))
}

async function run(file: string, options: Partial<MselImportOptions> = {}): Promise<MselImport> {
  const wb = await load(file)
  let r: MselImport | undefined
  expect(() => (r = mselToScenario(wb, { plans, file, plan: 'customer-info-leak', ...options }))).not.toThrow()
  return r as MselImport
}

/** Problems counted by column and the start of their message (names and values elided). */
function byColumn(r: MselImport): Record<string, number> {
  const out: Record<string, number> = {}
  for (const p of r.problems) {
    const key = `${p.column} :: ${p.message.replace(/".*?"/g, '"…"').replace(/[;:(,].*$/, '').trim()}`
    out[key] = (out[key] ?? 0) + 1
  }
  return out
}

function wellFormed(r: MselImport): void {
  for (const p of [...r.problems, ...r.notes]) {
    expect(Number.isInteger(p.row) && p.row >= 0).toBe(true)
    expect(typeof p.column).toBe('string')
    expect(p.message.length).toBeGreaterThan(0)
  }
  for (const p of r.problems) if (p.row > 0) expect(p.column).not.toBe('')
}

describe.skipIf(!present)(`MSEL fixtures from other tools (${present ? DIR : 'skipped: ../shared/fixtures/msel is absent'})`, () => {
  it('asapcyber CSV (T+min offsets, Delivery, Expected Actions): refused for missing events and start; imports 6 injects with a start and a default event', async () => {
    const r = await run('asapcyber__IR-TT-OCT2025__msel.csv')
    wellFormed(r)
    expect(r.mapping.filter((m) => m.field !== null).map((m) => `${m.column}=${m.field}`)).toEqual(['T+min=offset', 'Inject#=id', 'Delivery=channel', 'Description=message', 'Expected Actions=expected'])
    // No event column, no generic event in the plan: each of the 6 rows is a problem; T+ offsets need a start date.
    expect(byColumn(r)).toEqual({ '(event) :: no event given and the plan has no generic informational event': 6, 'T+min :: the times are relative': 1 })
    expect(r.problems.filter((p) => p.column === '(event)').map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7])
    const ok = await run('asapcyber__IR-TT-OCT2025__msel.csv', { start: START, genericEvent: 'superior.request' })
    expect(ok.problems).toEqual([])
    expect(ok.scenario?.injects.map((i) => i.at / 60_000)).toEqual([5, 12, 25, 45, 70, 95])
    expect(ok.scenario?.injects.map((i) => i.channel)).toEqual(['in-person', 'email', 'im', 'in-person', 'email', 'in-person'])
  })

  it('T3SF JSON (Real Time "07:29 PM", Date "Monday 9:30 AM", Player): refused by row; imports 12 injects once Date and Player are unmapped', async () => {
    const r = await run('Base4Security__T3SF__MSEL_EXAMPLE.json')
    wellFormed(r)
    expect(r.mapping.filter((m) => m.field !== null).map((m) => `${m.column}=${m.field}`)).toEqual(['#=id', 'Real Time=time', 'Date=date', 'Subject=subject', 'From=from', 'Player=to', 'Script=message'])
    // "Monday 9:30 AM" is a weekday, not a date; players are not roles of the plan; there is no event column.
    expect(byColumn(r)).toEqual({ 'Date :: "…" is not a time': 12, '(event) :: no event given and the plan has no generic informational event': 12, 'Player :: unknown role "…" in plan "…"': 12 })
    expect([...new Set(r.problems.map((p) => p.row))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    const ok = await run('Base4Security__T3SF__MSEL_EXAMPLE.json', { start: '2026-03-02T19:29:00+08:00', genericEvent: 'superior.request', mapping: { Date: null, Player: null } })
    expect(ok.problems).toEqual([])
    expect(ok.scenario?.injects).toHaveLength(12)
    expect(ok.scenario?.injects[0]?.at).toBe(0)
    expect(ok.scenario?.injects[11]?.at).toBe(6 * 60_000)
  })

  it('OpenAEV XLSX (no header, first column empty, J-1 / J+1 H+2 M-5, type ???): refused; with a mapping only the row without a message remains', async () => {
    const r = await run('OpenAEV-Platform__openaev__test_file_5.xlsx')
    wellFormed(r)
    expect(r.headerRow).toBeNull()
    expect(r.mapping.filter((m) => m.field !== null).map((m) => `${m.column}=${m.field}:${m.source}`)).toEqual(['C=offset:content'])
    expect(byColumn(r)).toEqual({
      '(message) :: no column gives the messages': 1,
      '(event) :: no event given and the plan has no generic informational event': 5,
      '(message) :: the message is empty': 5,
      'C :: the times are relative': 1,
    })
    const mapped = await run('OpenAEV-Platform__openaev__test_file_5.xlsx', { start: START, genericEvent: 'superior.request', mapping: { E: 'subject', F: 'message' } })
    // Row 4 (type "???", time J+2) has neither subject nor message.
    expect(mapped.problems).toEqual([{ row: 4, column: 'F', message: 'the message is empty' }])
    expect(mapped.notes.some((n) => n.row === 1 && /1d before the reference time/.test(n.message))).toBe(true)
  })

  it('Winter MSEL XLSX (no times, STARTEX row, 3 sheets): refused with one time problem and a problem per row; imports 77 injects spaced by a step', async () => {
    const r = await run('dynamisinc__cadence__Winter exercise MSEL.xlsx')
    wellFormed(r)
    expect(r.sheet).toBe('Sheet1')
    expect(r.preview.filter((p) => p.skipped === 'STARTEX').map((p) => p.row)).toEqual([4])
    expect(byColumn(r)).toEqual({ 'Day :: no row has a time': 1, 'TYPE :: "…" is not an event of plan "…" and the plan has no generic informational event': 77, 'SEND TO :: unknown role "…" in plan "…"': 77 })
    const ok = await run('dynamisinc__cadence__Winter exercise MSEL.xlsx', { start: START, step: '10m', genericEvent: 'superior.request', mapping: { 'SEND TO': null } })
    expect(ok.problems).toEqual([])
    expect(ok.scenario?.injects).toHaveLength(77)
    expect(ok.scenario?.injects[76]?.at).toBe(76 * 10 * 60_000)
  })

  it('Roaring Winds XLSX (6 sheets, STATUS, Excel date-times, _x000D_): picks the main sheet, skips omitted rows; refused for events, roles and 7 empty descriptions', async () => {
    const r = await run('dynamisinc__cadence__roaringwinds2010msel.xlsx')
    wellFormed(r)
    expect(r.sheet).toBe('Excercise - Al ')
    expect(r.sheets).toHaveLength(6)
    expect(r.preview).toHaveLength(244)
    expect(r.notes.filter((n) => /^skipped: status/.test(n.message)).length).toBe(40)
    expect(r.preview.some((p) => p.skipped === 'ENDEX')).toBe(true)
    expect(byColumn(r)).toEqual({ '(event) :: no event given and the plan has no generic informational event': 200, 'SEND TO :: unknown role "…" in plan "…"': 180, 'DESCRIPTION :: the message is empty': 7 })
    const assisted = await run('dynamisinc__cadence__roaringwinds2010msel.xlsx', { genericEvent: 'superior.request', mapping: { 'SEND TO': null } })
    expect(byColumn(assisted)).toEqual({ 'DESCRIPTION :: the message is empty': 7 })
    expect(assisted.preview.every((p) => (p.message?.en ?? '').includes('_x000D_') === false)).toBe(true)
    const other = await run('dynamisinc__cadence__roaringwinds2010msel.xlsx', { sheet: 'msel info only' })
    expect(other.sheet).toBe('MSEL INFO ONLY')
  })
})
