/**
 * The working-day calendar: the same due times in every machine time zone, a refusal (naming the year) for a year
 * without official holidays, and calendar files (and a scenario's `calendar:`) that supply such a year.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CN_CALENDAR_YEARS, CalendarCoverageError, InputError, addDuration, calendarFor, chinaMainlandCalendar, durationOf,
  formatIso, layerCalendars, loadCalendarFile, loadScenario, parseCalendarFile, parseIsoDateTime, parseTimePoint, runDrill,
  score, weekdayCalendar,
} from '../../src/engine/index.ts'
import type { Instant, WorkingDayCalendar } from '../../src/engine/index.ts'
import { createAutopilot } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { ROOT } from '../helpers.ts'

const FIXTURES = join(ROOT, 'test', 'fixtures', 'calendars')
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')
const partial2027 = () => loadCalendarFile(fixture('partial-2027.yaml'), 'partial-2027.yaml')

const at = (iso: string): Instant => {
  const i = parseIsoDateTime(iso)
  if ('error' in i) throw new Error(i.error)
  return i
}
const plus = (iso: string, d: string, calendar: WorkingDayCalendar = chinaMainlandCalendar) => {
  const i = at(iso)
  return formatIso(addDuration(i.epochMs, durationOf(d), i.offsetMinutes, calendar), i.offsetMinutes)
}
const issuesOf = (run: () => unknown) => {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => `${i.path}: ${i.message}`)
    throw e
  }
  throw new Error('expected an InputError')
}

describe('2026 on the built-in calendar (chinese-days tables)', () => {
  it.for([
    // Closed Tue 29 Sep: Wed 30 (1); 1–7 Oct National Day; Thu 8 (2), Fri 9 (3), Sat 10 make-up (4), Mon 12 (5).
    ['2026-09-29T18:00:00+08:00', '5wd', '2026-10-13T00:00:00+08:00'],
    ['2026-09-30T10:00:00+08:00', '5wd', '2026-10-14T00:00:00+08:00'],
    // Thu 31 Dec 2025 → 1 Jan 2026 New Year's Day off (then 2–3 Jan), Sun 4 Jan is a make-up working day.
    ['2025-12-31T12:00:00+08:00', '1wd', '2026-01-05T00:00:00+08:00'],
    ['2026-04-30T12:00:00+08:00', '1wd', '2026-05-07T00:00:00+08:00'],
  ] as const)('%s + %s is due %s', ([from, d, due]) => {
    expect(plus(from, d)).toBe(due)
  })
  it('covers exactly the years chinese-days has arrangements for', () => {
    expect(CN_CALENDAR_YEARS).toEqual({ first: 2004, last: 2026 })
    expect(chinaMainlandCalendar.covers(2026)).toBe(true)
    expect(chinaMainlandCalendar.covers(2027)).toBe(false)
  })
})

describe('a year without official holidays', () => {
  it('is refused when a working-day count has to judge one of its days, naming the year', () => {
    // Closed Wed 30 Dec 2026: Thu 31 Dec (1), then 1 Jan 2027, which nobody can judge without 2027's arrangement.
    expect(() => plus('2026-12-30T16:00:00+08:00', '5wd')).toThrow(CalendarCoverageError)
    expect(() => plus('2026-12-30T16:00:00+08:00', '5wd')).toThrow(/^no official holiday data for 2027: supply that year's 放假\/调休 days with --calendar <file\.yaml> \(CLI\) or calendar: in the scenario$/)
    try {
      plus('2026-12-30T16:00:00+08:00', '5wd')
    } catch (e) {
      expect(e).toMatchObject({ year: 2027, calendarId: 'cn-mainland' })
    }
    expect(() => plus('2003-12-30T16:00:00+08:00', '1wd')).toThrow(/for 2003/)
  })
  it('is not refused when the count ends before it, or for fixed durations', () => {
    expect(plus('2026-12-30T16:00:00+08:00', '1wd')).toBe('2027-01-01T00:00:00+08:00')
    expect(plus('2026-12-30T16:00:00+08:00', '5d')).toBe('2027-01-04T16:00:00+08:00')
    expect(plus('2026-12-30T16:00:00+08:00', '1mo')).toBe('2027-01-30T16:00:00+08:00')
  })
  it('is a field error in a scenario time, not a crash', () => {
    expect(parseTimePoint('2wd', at('2026-12-31T09:00:00+08:00'), chinaMainlandCalendar)).toEqual({
      error: expect.stringMatching(/^"2wd": no official holiday data for 2027/),
    })
  })
  it('counts correctly once a calendar file supplies the year: 2027-01-08, not 2027-01-07', () => {
    // Thu 31 Dec (1); Fri 1 Jan 2027 元旦 off; Mon 4 (2), Tue 5 (3), Wed 6 (4), Thu 7 (5).
    expect(plus('2026-12-30T16:00:00+08:00', '5wd', partial2027())).toBe('2027-01-08T00:00:00+08:00')
    expect(plus('2026-09-29T18:00:00+08:00', '5wd', partial2027())).toBe('2026-10-13T00:00:00+08:00')
    expect(() => plus('2027-12-30T16:00:00+08:00', '5wd', partial2027())).toThrow(/for 2028/)
  })
  it('never stops a plain Monday–Friday calendar', () => {
    expect(plus('2026-12-30T16:00:00+08:00', '5wd', weekdayCalendar)).toBe('2027-01-07T00:00:00+08:00')
  })
})

describe('the same due times whatever the machine\'s time zone', () => {
  const probe = join(ROOT, 'test', 'engine', 'calendar-tz-probe.ts')
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const runIn = (tz: string) =>
    new Promise<Record<string, string>>((done, fail) => {
      const child = spawn(process.execPath, [tsx, probe], { cwd: ROOT, env: { ...process.env, TZ: tz }, stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      let err = ''
      child.stdout.on('data', (d: Buffer) => (out += d))
      child.stderr.on('data', (d: Buffer) => (err += d))
      child.on('error', fail)
      child.on('close', (code) => (code === 0 ? done(JSON.parse(out) as Record<string, string>) : fail(new Error(`probe under TZ=${tz} exited ${code}: ${err}`))))
    })
  it('gives identical deadlines under TZ=UTC, Asia/Shanghai and America/New_York', async () => {
    const [utc, shanghai, newYork] = await Promise.all(['UTC', 'Asia/Shanghai', 'America/New_York'].map(runIn))
    // The children really ran in different zones.
    expect([utc?.offset, shanghai?.offset, newYork?.offset]).toEqual(['0', '-480', '240'])
    const due = (r: Record<string, string> | undefined) => Object.fromEntries(Object.entries(r ?? {}).filter(([k]) => k !== 'tz' && k !== 'offset'))
    expect(due(utc)).toEqual({
      '2026-09-29T18:00:00+08:00 + 5wd': '2026-10-13T00:00:00+08:00',
      '2026-09-30T10:00:00+08:00 + 5wd': '2026-10-14T00:00:00+08:00',
      '2026-02-13T15:00:00+08:00 + 5wd': '2026-02-28T00:00:00+08:00',
      '2026-09-19T11:00:00+08:00 + 1wd': '2026-09-21T00:00:00+08:00',
      '2026-12-31T23:30:00+08:00 + 1wd': '2027-01-05T00:00:00+08:00',
      // Local day Fri 9 Oct in UTC−5; Sat 10 Oct is a make-up working day.
      '2026-10-09T20:00:00-05:00 + 1wd': '2026-10-11T00:00:00-05:00',
      '2026-09-30T23:00:00Z + 2wd': '2026-10-10T00:00:00+00:00',
    })
    expect(due(shanghai)).toEqual(due(utc))
    expect(due(newYork)).toEqual(due(utc))
  }, 60_000)
})

describe('calendar files', () => {
  it('layer over the built-in calendar: the file judges its years, chinese-days the rest', () => {
    const cal = loadCalendarFile(fixture('fictional-2099.yaml'), 'fictional-2099.yaml')
    expect(cal.covers(2099)).toBe(true)
    expect(cal.covers(2026)).toBe(true)
    expect(cal.covers(2098)).toBe(false)
    expect(cal.isWorkingDay('2099-05-01')).toBe(false) // Fri, 放假
    expect(cal.isWorkingDay('2099-05-04')).toBe(false) // Mon, 放假
    expect(cal.isWorkingDay('2099-05-05')).toBe(true)
    expect(cal.isWorkingDay('2099-05-09')).toBe(true) // Sat, 调休
    expect(cal.isWorkingDay('2099-05-10')).toBe(false) // Sun
    expect(cal.isWorkingDay('2026-10-10')).toBe(true) // built-in make-up Saturday
    expect(plus('2099-04-30T09:00:00+08:00', '2wd', cal)).toBe('2099-05-07T00:00:00+08:00')
    expect(plus('2099-05-08T09:00:00+08:00', '1wd', cal)).toBe('2099-05-10T00:00:00+08:00')
  })
  it('win over the built-in data for a year both have', () => {
    const cal = loadCalendarFile('years:\n  2026:\n    holidays: [2026-03-02]\n', 'override.yaml')
    expect(cal.isWorkingDay('2026-03-02')).toBe(false)
    expect(cal.isWorkingDay('2026-10-01')).toBe(true) // the file's 2026 has no National Day
  })
  it('keep id and source', () => {
    expect(parseCalendarFile(fixture('partial-2027.yaml'), 'p.yaml')).toEqual({
      id: 'test-partial-2027',
      source: 'test fixture (1 January only; not 国务院办公厅关于2027年部分节假日安排的通知)',
      years: { 2027: { holidays: ['2027-01-01'], workdays: [] } },
    })
  })
  it('report every problem with file, field path and what is wrong', () => {
    expect(() => parseCalendarFile(fixture('invalid.yaml'), 'invalid.yaml')).toThrow(/^invalid\.yaml: /)
    expect(issuesOf(() => parseCalendarFile(fixture('invalid.yaml'), 'invalid.yaml'))).toEqual([
      'calendar: must be kebab-case (a-z, 0-9, -)',
      'years.2028.extra: unknown key "extra"',
    ])
    expect(issuesOf(() => parseCalendarFile(fixture('invalid.yaml').replace('Bad Id', 'ok').replace('    extra: [2028-01-01]\n', ''), 'invalid.yaml'))).toEqual([
      'years.2027.holidays[1]: 2027-02-30: 2027-02 has no day 30',
      'years.2027.holidays[2]: 2026-12-31 is not in 2027',
      'years.2027.holidays[3]: 2027-01-01 is listed twice',
      'years.2027.workdays[0]: 2027-01-04 is a Monday: a make-up working day (调休) falls on a Saturday or Sunday',
      'years.2027.workdays[1]: 2027-01-01 is also listed under holidays; a day is either 放假 or 调休',
      'years.2027.workdays[2]: "1 Feb 2027" is not a date written YYYY-MM-DD',
      'years.2028.holidays: lists no holiday: a year\'s official arrangement always has 放假 days (元旦 at least)',
    ])
  })
  it('name the line of a problem', () => {
    try {
      parseCalendarFile('years:\n  2027:\n    holidays: [2027-01-01]\n    workdays: [2027-01-06]\n', 'c.yaml')
    } catch (e) {
      expect((e as InputError).message).toBe('c.yaml: years.2027.workdays[0]: 2027-01-06 is a Wednesday: a make-up working day (调休) falls on a Saturday or Sunday (line 4, column 16)')
      return
    }
    throw new Error('expected an InputError')
  })
  it('refuse structural mistakes: no years, a year that is no year, a missing holidays list, bad YAML', () => {
    expect(issuesOf(() => parseCalendarFile('source: x\n', 'c.yaml'))).toEqual(['years: is required (record)'])
    expect(issuesOf(() => parseCalendarFile('years: {}\n', 'c.yaml'))).toEqual(['years: lists no year'])
    expect(issuesOf(() => parseCalendarFile('years:\n  27:\n    holidays: [2027-01-01]\n', 'c.yaml'))).toEqual(['years: "27" is not a year (write it as four digits, e.g. 2027)'])
    expect(issuesOf(() => parseCalendarFile('years:\n  2027:\n    workdays: [2027-01-02]\n', 'c.yaml'))).toEqual(['years.2027.holidays: is required (array)'])
    expect(() => parseCalendarFile('years: [\n', 'c.yaml')).toThrow(InputError)
  })
})

describe('a scenario\'s calendar: and the drill', () => {
  const yearEnd = fixture('year-end.yaml')
  const inline = fixture('year-end-inline.yaml')
  const dueOf = (result: ReturnType<typeof runDrill>, id: string) => score(result).expectations.find((e) => e.id === id)?.due
  const plan = plans.get('financial-incident')
  if (!plan) throw new Error('financial-incident plan missing')
  const drill = (scenario: ReturnType<typeof loadScenario>, calendar?: WorkingDayCalendar) =>
    runDrill(plan, scenario, { autopilot: createAutopilot('perfect', 1), ...(calendar ? { calendar } : {}) })

  it('refuses a drill whose deadline counts into 2027 without data for it', () => {
    const s = loadScenario(yearEnd, { file: 'year-end.yaml', plans })
    expect(() => drill(s)).toThrow(/no official holiday data for 2027/)
  })
  it('runs it with a calendar file (DrillOptions.calendar) or the scenario\'s own calendar:', () => {
    const s = loadScenario(yearEnd, { file: 'year-end.yaml', plans })
    expect(dueOf(drill(s, partial2027()), 'summary-report')).toBe('2027-01-08T00:00:00+08:00')
    const own = loadScenario(inline, { file: 'year-end-inline.yaml', plans })
    expect(own.calendar).toEqual({ source: 'test fixture (1 January only)', years: { 2027: { holidays: ['2027-01-01'], workdays: [] } } })
    const r = drill(own)
    expect(dueOf(r, 'compliance-wrap-up')).toBe('2027-01-06T00:00:00+08:00')
    expect(dueOf(r, 'summary-report')).toBe('2027-01-08T00:00:00+08:00')
  })
  it('lets a given calendar judge the years it covers before the scenario\'s own', () => {
    const own = loadScenario(inline, { file: 'year-end-inline.yaml', plans })
    const noNewYear = loadCalendarFile('years:\n  2027:\n    holidays: [2027-10-01]\n', 'other.yaml')
    expect(calendarFor(own, noNewYear).isWorkingDay('2027-01-01')).toBe(true)
    expect(calendarFor(own).isWorkingDay('2027-01-01')).toBe(false)
    expect(calendarFor({}, undefined)).toBe(chinaMainlandCalendar)
    expect(layerCalendars(weekdayCalendar, chinaMainlandCalendar).isWorkingDay('2026-10-01')).toBe(true)
  })
  it('names the field of an inject time that counts into an uncovered year', () => {
    const text = yearEnd.replace('  - at: 0m', '  - at: 3wd')
    expect(issuesOf(() => loadScenario(text, { file: 'y.yaml', plans }))).toEqual([
      'injects[0].at: "3wd": no official holiday data for 2027: supply that year\'s 放假/调休 days with --calendar <file.yaml> (CLI) or calendar: in the scenario',
    ])
    expect(loadScenario(text, { file: 'y.yaml', plans, calendar: partial2027() }).injects[0]?.at).toBe(Date.parse('2027-01-06T00:00:00+08:00') - Date.parse('2026-12-30T09:00:00+08:00'))
  })
  it('validates the scenario\'s calendar: with paths under calendar', () => {
    const bad = inline.replace('holidays: [2027-01-01]', 'holidays: [2027-01-01]\n      workdays: [2027-01-05]')
    expect(issuesOf(() => loadScenario(bad, { file: 'y.yaml', plans }))).toEqual([
      'calendar.years.2027.workdays[0]: 2027-01-05 is a Tuesday: a make-up working day (调休) falls on a Saturday or Sunday',
    ])
    expect(issuesOf(() => loadScenario(inline.replace('  source:', '  sauce:'), { file: 'y.yaml', plans }))).toEqual(['calendar.sauce: unknown key "sauce"'])
  })
})
