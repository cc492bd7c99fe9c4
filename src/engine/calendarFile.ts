/**
 * Calendar files: a year's official 放假 (holidays) and 调休 (make-up working days) for years the built-in calendar
 * does not cover, as published in the State Council's notice (国务院办公厅关于YYYY年部分节假日安排的通知).
 *
 *   calendar: cn-mainland-2027          # optional id
 *   source: 国务院办公厅关于2027年部分节假日安排的通知
 *   years:
 *     2027:
 *       holidays: [2027-01-01, …]       # rest days (weekend days inside a holiday may be listed too)
 *       workdays: [2027-02-20, …]       # make-up working days, each on a Saturday or Sunday
 *
 * The same mapping may stand inline under a scenario's `calendar:` key.
 */
import { z } from 'zod'
import { calendarFromData, chinaMainlandCalendar, weekdayOf } from './calendar.ts'
import type { CalendarData, CalendarYear, WorkingDayCalendar } from './calendar.ts'
import { InputError, formatPath } from './errors.ts'
import type { InputErrorCode, InputIssue } from './errors.ts'
import { readStructured } from './structured.ts'

/** Reports one problem at a field path (scenario.ts and this file each pass their own, with line numbers). */
export type CalendarIssueSink = (code: InputErrorCode, path: readonly PropertyKey[], message: string, key?: string) => void

/** Parses and validates a calendar file; throws InputError listing every problem, each with its field path. */
export function parseCalendarFile(text: string, file: string): CalendarData {
  const doc = readStructured(text, file)
  const issues: (InputIssue & { code: InputErrorCode })[] = []
  const data = checkCalendarData(doc.data, [], (code, path, message, key) => {
    const pos = key !== undefined ? doc.locateKey(path, key) : doc.locate(path)
    issues.push({ code, path: formatPath(key !== undefined ? [...path, key] : path), message, ...(pos ? { line: pos.line, column: pos.column } : {}) })
  })
  if (issues.length > 0 || !data) throw new InputError(issues[0]?.code ?? 'schema', file, issues)
  return data
}

/** A calendar file as a working-day calendar: its years from the file, every other year from `base` (mainland China's). */
export function loadCalendarFile(text: string, file: string, base: WorkingDayCalendar = chinaMainlandCalendar): WorkingDayCalendar {
  return calendarFromData(parseCalendarFile(text, file), base)
}

/**
 * Checks calendar data (a file's whole content, or a scenario's `calendar:` at `prefix`): real dates inside their
 * year, no day in both lists, make-up workdays on a Saturday or Sunday, at least one holiday a year. Returns the data
 * when it has no problem; reports each problem to `add`.
 */
export function checkCalendarData(raw: unknown, prefix: readonly PropertyKey[], add: CalendarIssueSink): CalendarData | undefined {
  const parsed = fileSchema.safeParse(raw)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = [...prefix, ...(issue.path as PropertyKey[])]
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add('unknown-key', path, `unknown key "${key}"`, key)
      else if (issue.code === 'invalid_type' && issue.input === undefined) add('schema', path, `is required (${issue.expected})`)
      else add('schema', path, issue.message.replace(/^Invalid input: /, ''))
    }
    return undefined
  }
  const { calendar, source, years } = parsed.data
  let ok = true
  const bad = (path: readonly PropertyKey[], message: string) => {
    ok = false
    add('bad-value', [...prefix, ...path], message)
  }
  const out: Record<string, CalendarYear> = {}
  for (const [year, lists] of Object.entries(years)) {
    if (!/^\d{4}$/.test(year)) {
      bad(['years'], `"${year}" is not a year (write it as four digits, e.g. 2027)`)
      continue
    }
    const check = (list: 'holidays' | 'workdays', others: ReadonlySet<string>) => {
      const seen = new Set<string>()
      ;(lists[list] ?? []).forEach((d, i) => {
        const path = ['years', year, list, i]
        const problem = dateProblem(d, year)
        if (problem) bad(path, problem)
        else if (seen.has(d)) bad(path, `${d} is listed twice`)
        else if (others.has(d)) bad(path, `${d} is also listed under holidays; a day is either 放假 or 调休`)
        else if (list === 'workdays' && !isWeekend(d)) bad(path, `${d} is a ${WEEKDAYS[weekdayOf(d)]}: a make-up working day (调休) falls on a Saturday or Sunday`)
        seen.add(d)
      })
      return seen
    }
    const holidays = check('holidays', new Set())
    if (lists.holidays.length === 0) bad(['years', year, 'holidays'], `lists no holiday: a year's official arrangement always has 放假 days (元旦 at least)`)
    const workdays = check('workdays', holidays)
    out[year] = { holidays: [...holidays].sort(), workdays: [...workdays].sort() }
  }
  if (!ok) return undefined
  return { ...(calendar !== undefined ? { id: calendar } : {}), ...(source !== undefined ? { source } : {}), years: out }
}

// --- internal ---

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

const dateList = z.array(z.string('must be a date written YYYY-MM-DD')).max(366)

const yearSchema = z.strictObject({
  holidays: dateList,
  workdays: dateList.optional(),
})

const fileSchema = z.strictObject({
  calendar: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)').max(80).optional(),
  source: z.string().min(1).max(400).optional(),
  years: z.record(z.string(), yearSchema).refine((y) => Object.keys(y).length > 0, 'lists no year'),
})

function dateProblem(d: string, year: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
  if (!m) return `"${d}" is not a date written YYYY-MM-DD`
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12) return `${d}: month ${mo} does not exist`
  if (day < 1 || day > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return `${d}: ${m[1]}-${m[2]} has no day ${day}`
  if (m[1] !== year) return `${d} is not in ${year}`
  return undefined
}

function isWeekend(d: string): boolean {
  const day = weekdayOf(d)
  return day === 0 || day === 6
}
