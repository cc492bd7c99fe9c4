/** mselToScenario on hand-made tables: problems by row and column, Chinese headers, time formats, markers, status, sheets, headerless files. */
import { describe, expect, it } from 'vitest'
import { genericEventOf, mselToScenario, parseWhen, readMselCsv, readMselJson } from '../../src/msel/index.ts'
import type { Cell, MselWorkbook } from '../../src/msel/index.ts'
import { plans } from '../../src/plans/index.ts'

const LEAK = 'customer-info-leak'
const START = '2026-03-02T09:00:00+08:00'
const book = (...sheets: { name: string; rows: Cell[][] }[]): MselWorkbook => ({ sheets, problems: [] })

describe('a hand-made CSV with errors', () => {
  const csv = [
    'Offset,Event,To,Message',
    '0m,customer.complaint,retail-dept,Twelve customers called',
    'soon,customer.complaint,retail-dept,A time nobody can read',
    '1h,customer.complaint,nobody,A role the plan does not have',
    '2h,party.started,retail-dept,An event the plan does not have',
    '3h,customer.complaint,retail-dept,',
  ].join('\n')
  const r = mselToScenario(readMselCsv(csv), { plans, file: 'bad.csv', plan: LEAK, start: START })

  it('is refused, with each problem by row and column', () => {
    expect(r.scenario).toBeUndefined()
    expect(r.yaml).toBeUndefined()
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Offset'],
      [4, 'To'],
      [5, 'Event'],
      [6, 'Message'],
    ])
    expect(r.problems[0]?.message).toMatch(/"soon" is not a time/)
    expect(r.problems[1]?.message).toMatch(/unknown role "nobody".*roles: branch-leadership/)
    expect(r.problems[2]?.message).toMatch(/"party.started" is not an event of plan "customer-info-leak".*valid events: leak.discovered/)
    expect(r.problems[3]?.message).toMatch(/the message is empty/)
  })

  it('still shows the mapping and a preview of every row', () => {
    expect(r.mapping.map((m) => [m.column, m.field])).toEqual([
      ['Offset', 'offset'],
      ['Event', 'event'],
      ['To', 'to'],
      ['Message', 'message'],
    ])
    expect(r.preview.map((p) => [p.row, p.problems])).toEqual([
      [2, 0],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
    ])
  })

  it('reports what loadScenario finds in the rows that parse, by row and column', () => {
    const bad = mselToScenario(readMselCsv('Offset,Event,Data,Message\n0m,leak.discovered,"{""customers"": -5}",Leak found'), { plans, file: 'x.csv', plan: LEAK, start: START })
    expect(bad.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Data'],
      [2, 'Data'],
    ])
    expect(bad.problems.map((p) => p.message).join('\n')).toMatch(/customers: must be at least 0 \(got -5\)[\s\S]*missing required field "sensitive"/)
  })
})

describe('column names in Chinese', () => {
  const csv = [
    '\uFEFF序号, 时间 ,事件类型,发送方,接收方,渠道,标题,内容,预期响应',
    '1,2026-03-02 09:00,leak.discovered,东城支行,直接管辖部门或单位、事发支行及对应业务部门,电话,发现泄露,"公安机关通报：\n约1,200名客户信息泄露",启动应急',
    '2,2026-03-02 10:30,客户投诉,客服中心,分行零售业务部,系统工单,,12名客户来电,',
  ].join('\r\n')
  const r = mselToScenario(readMselCsv(csv), { plans, file: 'zh.csv', plan: LEAK, mapping: { 序号: null } })

  it('map to fields regardless of spaces', () => {
    expect(r.mapping.map((m) => m.field)).toEqual([null, 'time', 'event', 'from', 'to', 'channel', 'subject', 'message', 'expected'])
  })

  it('give a scenario that loadScenario accepts, with roles, events and channels by name', () => {
    expect(r.problems.filter((p) => !/data|required/.test(p.message))).toEqual([])
  })

  it('needs the event data the plan requires, and says so on the data (event) column', () => {
    expect(r.problems).toEqual([{ row: 2, column: '事件类型', message: expect.stringMatching(/missing required field "customers"/) }, { row: 2, column: '事件类型', message: expect.stringMatching(/missing required field "sensitive"/) }])
    const ok = mselToScenario(readMselCsv(csv.replace('leak.discovered', 'leak.contained')), { plans, file: 'zh.csv', plan: LEAK, mapping: { 序号: null } })
    expect(ok.problems).toEqual([])
    const s = ok.scenario
    expect(s?.startText).toBe('2026-03-02T09:00:00+08:00')
    expect(s?.injects.map((i) => [i.at, i.event, i.to, i.channel])).toEqual([
      [0, 'leak.contained', ['responsible-unit', 'incident-unit'], 'phone'],
      [90 * 60_000, 'customer.complaint', ['retail-dept'], 'system'],
    ])
    expect(s?.injects[0]?.message).toEqual({ zh: '发现泄露\n公安机关通报：\n约1,200名客户信息泄露', en: '发现泄露\n公安机关通报：\n约1,200名客户信息泄露' })
    expect(s?.injects[0]?.from).toEqual({ zh: '东城支行', en: '东城支行' })
  })
})

describe('times', () => {
  const off = (cell: Cell, unit: number | null = null) => parseWhen(cell, 'offset', unit)
  it('reads offsets: 1h30m, T+5 (minutes), T+min header, T+1:30, J-1, J+1 H+2 M-5', () => {
    expect(off('1h30m')).toMatchObject({ kind: 'offset', ms: 90 * 60_000 })
    expect(off('T+5')).toMatchObject({ kind: 'offset', ms: 5 * 60_000, note: expect.stringMatching(/minutes/) })
    expect(off('T+5', 60_000)).toEqual({ kind: 'offset', text: '5m', ms: 5 * 60_000 })
    expect(off(12, 60_000)).toEqual({ kind: 'offset', text: '12m', ms: 12 * 60_000 })
    expect(off('T + 1:30')).toMatchObject({ ms: 90 * 60_000 })
    expect(off('J-1')).toMatchObject({ ms: -86_400_000 })
    expect(off('J')).toMatchObject({ ms: 0 })
    expect(off('J+1 H+2 M-5')).toMatchObject({ ms: 86_400_000 + 2 * 3_600_000 - 5 * 60_000, text: '1d1h55m' })
    expect(off('5wd')).toEqual({ kind: 'offset', text: '5wd', ms: null })
    expect(off(5)).toMatchObject({ error: expect.stringMatching(/no unit/) })
  })
  it('reads times of day: 09:30, 07:29 PM, 0715, Excel fractions and 1899-12-30 dates', () => {
    expect(parseWhen('09:30', 'time')).toEqual({ kind: 'clock', ms: 9.5 * 3_600_000 })
    expect(parseWhen('07:29 PM', 'time')).toEqual({ kind: 'clock', ms: (19 * 60 + 29) * 60_000 })
    expect(parseWhen('12:05 AM', 'time')).toEqual({ kind: 'clock', ms: 5 * 60_000 })
    expect(parseWhen(715, 'time')).toEqual({ kind: 'clock', ms: (7 * 60 + 15) * 60_000 })
    expect(parseWhen(0.5, 'time')).toEqual({ kind: 'clock', ms: 12 * 3_600_000 })
    expect(parseWhen(new Date(Date.UTC(1899, 11, 30, 8, 0)), 'time')).toEqual({ kind: 'clock', ms: 8 * 3_600_000 })
  })
  it('reads date-times: ISO with and without offset, Excel dates and serials, US dates with military time', () => {
    expect(parseWhen('2026-03-02T09:00:00+08:00', 'datetime')).toEqual({ kind: 'instant', epochMs: Date.UTC(2026, 2, 2, 1) })
    expect(parseWhen('2026-03-02 09:00', 'datetime')).toEqual({ kind: 'instant', wall: Date.UTC(2026, 2, 2, 9) })
    expect(parseWhen('2026年3月2日 9:30', 'datetime')).toEqual({ kind: 'instant', wall: Date.UTC(2026, 2, 2, 9, 30) })
    expect(parseWhen('5/3/10 0715', 'datetime')).toEqual({ kind: 'instant', wall: Date.UTC(2010, 4, 3, 7, 15) })
    expect(parseWhen(new Date(Date.UTC(2010, 4, 1, 4)), 'datetime')).toEqual({ kind: 'instant', wall: Date.UTC(2010, 4, 1, 4) })
    expect(parseWhen(46083.375, 'datetime')).toEqual({ kind: 'instant', wall: Date.UTC(2026, 2, 2, 9) })
    expect(parseWhen(46083, 'date')).toEqual({ kind: 'date', wall: Date.UTC(2026, 2, 2) })
    expect(parseWhen('2026-02-30', 'date')).toMatchObject({ error: expect.stringMatching(/does not exist/) })
  })
})

describe('spreadsheet shapes', () => {
  const rows: Cell[][] = [
    ['Exercise MSEL'],
    [],
    ['MSEL #', 'Date', 'Time', 'Status', 'Subject', 'Send to', 'Event', 'Description'],
    [1, new Date(Date.UTC(2026, 2, 2)), new Date(Date.UTC(1899, 11, 30, 9, 0)), 'Ready', 'STARTEX', null, null, null],
    [2, new Date(Date.UTC(2026, 2, 2)), new Date(Date.UTC(1899, 11, 30, 9, 30)), 'Injected', 'Calls', 'retail-dept', 'customer.complaint', 'Line one_x000D_\nline two'],
    [3, new Date(Date.UTC(2026, 2, 2)), 0.4375, 'Omitted', 'Dropped', 'retail-dept', 'customer.complaint', 'Never sent'],
    [4, null, null, null, null, null, null, null],
    [5, 46083 + 28, 0.5, 'Deleted', 'Gone', 'retail-dept', 'customer.complaint', 'Never sent'],
    [6, new Date(Date.UTC(2026, 2, 3)), new Date(Date.UTC(1899, 11, 30, 17, 0)), null, 'ENDEX', null, null, null],
  ]
  const wb = book({ name: 'Notes', rows: [['just some notes'], ['more']] }, { name: 'MSEL ', rows })

  it('picks the sheet that looks like an MSEL, finds the header below a title, skips marker and omitted rows with notes', async () => {
    const { cleanText } = await import('../../src/msel/index.ts')
    const clean: Cell[][] = rows.map((r) => r.map((c) => (typeof c === 'string' ? cleanText(c) : c)))
    const r = mselToScenario(book({ name: 'Notes', rows: [['just some notes'], ['more']] }, { name: 'MSEL ', rows: clean }), { plans, file: 'book.xlsx', plan: LEAK })
    expect(r.problems).toEqual([])
    expect(r.sheet).toBe('MSEL ')
    expect(r.headerRow).toBe(3)
    expect(r.scenario?.startText).toBe('2026-03-02T09:00:00+08:00')
    expect(r.scenario?.end).toBe(32 * 3_600_000)
    expect(r.scenario?.injects.map((i) => [i.id, i.at, i.message?.en])).toEqual([['2', 30 * 60_000, 'Calls\nLine one\nline two']])
    const notes = r.notes.map((n) => `${n.row} ${n.column}: ${n.message}`).join('\n')
    expect(notes).toMatch(/^0 : read sheet "MSEL "/m)
    expect(notes).toMatch(/^4 Subject: STARTEX marker row/m)
    expect(notes).toMatch(/^6 Status: skipped: status "Omitted"/m)
    expect(notes).toMatch(/^7 : skipped/m)
    expect(notes).toMatch(/^8 Status: skipped: status "Deleted"/m)
    expect(notes).toMatch(/^9 Subject: ENDEX marker row/m)
  })

  it('lets the caller choose the sheet, and names the sheets when the choice does not exist', () => {
    expect(mselToScenario(wb, { plans, file: 'b.xlsx', plan: LEAK, sheet: 'notes' }).sheet).toBe('Notes')
    const r = mselToScenario(wb, { plans, file: 'b.xlsx', plan: LEAK, sheet: 'Injects' })
    expect(r.problems).toEqual([{ row: 0, column: '', message: 'no sheet named "Injects"; sheets: "Notes", "MSEL "' }])
  })

  it('reads a file without a header row when told, with columns by letter and a mapping', () => {
    const headless = book({ name: 'Sheet1', rows: [[null, 'J-1', 'retail-dept', 'First'], [null, 'J', 'retail-dept', 'Second'], [null, 'J+1 H+2 M-5', 'retail-dept', 'Third']] })
    const r = mselToScenario(headless, { plans, file: 'h.xlsx', plan: LEAK, start: START, genericEvent: 'customer.complaint', header: 'none', mapping: { C: 'to', D: 'message' } })
    expect(r.problems).toEqual([])
    expect(r.mapping.map((m) => [m.column, m.field, m.source])).toEqual([
      ['A', null, 'none'],
      ['B', 'offset', 'content'],
      ['C', 'to', 'override'],
      ['D', 'message', 'override'],
    ])
    expect(r.scenario?.startText).toBe('2026-03-01T09:00:00+08:00')
    expect(r.scenario?.injects.map((i) => i.at)).toEqual([0, 86_400_000, 2 * 86_400_000 + 2 * 3_600_000 - 5 * 60_000])
  })

  it('fills the other language from the one given, with a note', () => {
    const r = mselToScenario(readMselCsv('Offset,Event,Message (zh) 内容（中文）,Message (en) 内容（英文）\n0m,customer.complaint,,Calls'), { plans, file: 'x.csv', plan: LEAK, start: START })
    expect(r.scenario?.injects[0]?.message).toEqual({ zh: 'Calls', en: 'Calls' })
    expect(r.notes).toEqual([{ row: 2, column: 'Message (zh) 内容（中文）', message: 'only the English message is given: the same text is used for both languages' }])
  })

  it('reads JSON arrays of objects, numbering objects from 1', () => {
    const r = mselToScenario(readMselJson(JSON.stringify([{ Time: 'T+5', Event: 'customer.complaint', Script: 'Hi' }, { Time: 'T+9', Event: 'nope', Script: 'Ho' }])), { plans, file: 'x.json', plan: LEAK, start: START })
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([[2, 'Event']])
    expect(mselToScenario(readMselJson('{oops'), { plans, file: 'x.json', plan: LEAK }).problems[0]).toMatchObject({ row: 0, message: expect.stringMatching(/not valid JSON/) })
  })

  it('never throws, whatever the cells hold', () => {
    const junk: Cell[][] = [[true, 1e308, new Date(NaN), ''], ['T+', 'J+x', -5, null], [Infinity as Cell, 'ENDEX', 'STARTEX', '###']]
    expect(() => mselToScenario(book({ name: 'x', rows: junk }), { plans, file: 'j.xlsx', plan: LEAK })).not.toThrow()
    expect(() => mselToScenario(book(), { plans, file: 'e.xlsx', plan: LEAK })).not.toThrow()
    expect(mselToScenario(book(), { plans, file: 'e.xlsx', plan: 'nope' }).problems).toEqual([{ row: 0, column: '', message: 'the file has no table of injects' }])
  })

  it('finds no generic informational event in customer-info-leak and payment-outsourcing, so undetermined events are problems there', () => {
    for (const id of [LEAK, 'payment-outsourcing']) expect(genericEventOf((plans.get(id) as NonNullable<ReturnType<typeof plans.get>>).definition)).toBeNull()
  })
})

describe('a plan with a generic informational event', () => {
  it('takes rows whose event cannot be determined as that event, with a note', async () => {
    const { createRegistry } = await import('../../src/engine/index.ts')
    const leak = plans.get(LEAK) as NonNullable<ReturnType<typeof plans.get>>
    const withInfo = { ...leak, definition: { ...leak.definition, events: [...leak.definition.events, { id: 'situation.info', name: { zh: '情况通报', en: 'Situation information' }, informational: true, fields: {} }] } }
    const registry = createRegistry([withInfo])
    expect(genericEventOf(withInfo.definition)).toBe('situation.info')
    const r = mselToScenario(readMselCsv('T+min,Type,Message\n5,Contextual,Weather update\n10,,Road closures\n15,customer.complaint,Calls'), { plans: registry, file: 'g.csv', plan: LEAK, start: START })
    expect(r.problems).toEqual([])
    expect(r.scenario?.injects.map((i) => i.event)).toEqual(['situation.info', 'situation.info', 'customer.complaint'])
    expect(r.notes).toEqual([
      { row: 2, column: 'Type', message: '"Contextual" is not an event of plan "customer-info-leak": imported as the informational event situation.info' },
      { row: 3, column: 'Type', message: 'no event given: imported as the informational event situation.info' },
    ])
  })
})

describe('plandrill CSV without its metadata record', () => {
  it('takes the start from a row whose offset and date-time both are given, and needs only the plan', async () => {
    const { mselToCsv, scenarioToMsel } = await import('../../src/msel/index.ts')
    const { shipped } = await import('../helpers.ts')
    const original = shipped().find((s) => s.scenario.id === 'leak-1200')?.scenario
    if (!original) throw new Error('leak-1200 not shipped')
    const csv = mselToCsv(scenarioToMsel(original, plans.get(LEAK) as NonNullable<ReturnType<typeof plans.get>>))
    const bare = csv.split('\r\n').slice(1).join('\r\n')
    const r = mselToScenario(readMselCsv(bare), { plans, file: 'bare.csv', plan: LEAK })
    expect(r.problems).toEqual([])
    expect(r.scenario?.startText).toBe('2026-03-02T09:00:00+08:00')
    expect(r.scenario?.injects.map((i) => i.at)).toEqual(original.injects.map((i) => i.at))
    expect(r.notes).toEqual([{ row: 2, column: 'Date-time 日期时间', message: "scenario start 2026-03-02T09:00:00+08:00, from this row's date-time less its offset" }])
  })
})

describe('contingency conditions (`when`)', () => {
  const rows = (when: string) => readMselCsv(['Offset,Event,Data,Condition,To,Message', `0m,leak.discovered,"{""customers"": 10, ""sensitive"": false}",,responsible-unit,Found`, `6h,media.inquiry,"{""outlet"": ""Daily""}",${when},general-affairs,A journalist calls`].join('\n'))
  it('carries a valid condition into the scenario', () => {
    const r = mselToScenario(rows('"{""notDone"": ""notify-customers""}"'), { plans, file: 'when.csv', plan: LEAK, start: START })
    expect(r.problems).toEqual([])
    expect(r.scenario?.injects[1]?.when).toEqual({ notDone: 'notify-customers' })
  })
  it.for([
    ['"{""notDone"": ""notify-everyone""}"', /unknown expectation "notify-everyone"/],
    ['not json', /is not valid JSON/],
  ] as const)('refuses %s on its row and the Condition column', ([when, message]) => {
    const r = mselToScenario(rows(when), { plans, file: 'when.csv', plan: LEAK, start: START })
    expect(r.scenario).toBeUndefined()
    expect(r.problems).toEqual([expect.objectContaining({ row: 3, column: 'Condition', message: expect.stringMatching(message) })])
  })
})
