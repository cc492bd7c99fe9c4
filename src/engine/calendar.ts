/**
 * Working-day calendars: mainland China's (official holidays and make-up working days, from chinese-days' tables),
 * plain Mon–Fri, and calendars built from a year-by-year list of 放假/调休 days. Every day is a 'YYYY-MM-DD' text and
 * its weekday comes from Date.UTC, so the machine's time zone never moves a day.
 */
// The tables themselves, not chinese-days' functions: those read a date through the local time zone, so west of
// UTC every day was judged as the day before.
import cnTables from 'chinese-days/dist/chinese-days.json' with { type: 'json' }

export interface WorkingDayCalendar {
  readonly id: string
  /** Whether a local date 'YYYY-MM-DD' is a working day. */
  isWorkingDay(localDate: string): boolean
  /** Whether official holiday data exists for the year (outside it only weekends count as rest days). */
  covers(year: number): boolean
}

/** One year's official arrangement: 放假 rest days and 调休 make-up working days (on a Saturday or Sunday). */
export interface CalendarYear {
  readonly holidays: readonly string[]
  readonly workdays: readonly string[]
}

/** A calendar file's content (or a scenario's `calendar:`): the years it covers, keyed by the year ('2027'). */
export interface CalendarData {
  readonly id?: string
  /** Where the days come from, e.g. the State Council's notice (国务院办公厅关于2027年部分节假日安排的通知). */
  readonly source?: string
  readonly years: Readonly<Record<string, CalendarYear>>
}

/** A working-day count had to judge a day of a year for which the calendar has no official holidays. */
export class CalendarCoverageError extends Error {
  override readonly name = 'CalendarCoverageError'
  readonly year: number
  readonly calendarId: string

  constructor(year: number, calendarId: string) {
    super(`no official holiday data for ${year}: supply that year's 放假/调休 days with --calendar <file.yaml> (CLI) or calendar: in the scenario`)
    this.year = year
    this.calendarId = calendarId
  }
}

export const isCalendarCoverageError = (e: unknown): e is CalendarCoverageError => e instanceof CalendarCoverageError

/** Years for which chinese-days ships the State Council's holiday arrangements. */
export const CN_CALENDAR_YEARS = { first: 2004, last: 2026 } as const

/** Day of the week of 'YYYY-MM-DD' (0 = Sunday), in no time zone. */
export function weekdayOf(localDate: string): number {
  return new Date(Date.UTC(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10)))).getUTCDay()
}

const isWeekday = (localDate: string): boolean => {
  const day = weekdayOf(localDate)
  return day !== 0 && day !== 6
}

const cnHolidays = new Set(Object.keys((cnTables as { holidays: Record<string, string> }).holidays))
const cnWorkdays = new Set(Object.keys((cnTables as { workdays: Record<string, string> }).workdays))

export const chinaMainlandCalendar: WorkingDayCalendar = {
  id: 'cn-mainland',
  isWorkingDay: (localDate) => cnWorkdays.has(localDate) || (isWeekday(localDate) && !cnHolidays.has(localDate)),
  covers: (year) => year >= CN_CALENDAR_YEARS.first && year <= CN_CALENDAR_YEARS.last,
}

export const weekdayCalendar: WorkingDayCalendar = {
  id: 'weekdays',
  isWorkingDay: isWeekday,
  covers: () => true,
}

/** `top` judges the years it covers, `base` every other year. */
export function layerCalendars(top: WorkingDayCalendar, base: WorkingDayCalendar): WorkingDayCalendar {
  return {
    id: `${top.id}+${base.id}`,
    isWorkingDay: (localDate) => (top.covers(Number(localDate.slice(0, 4))) ? top : base).isWorkingDay(localDate),
    covers: (year) => top.covers(year) || base.covers(year),
  }
}

const built = new WeakMap<CalendarData, WorkingDayCalendar>()

/**
 * The calendar of already-validated data (see calendarFile.ts), over `base` (mainland China's by default): the data
 * wins for its years. A day is a working day if it is a 调休 workday, else not if a 放假 holiday, else Mon–Fri.
 */
export function calendarFromData(data: CalendarData, base: WorkingDayCalendar = chinaMainlandCalendar): WorkingDayCalendar {
  const cached = base === chinaMainlandCalendar ? built.get(data) : undefined
  if (cached) return cached
  const holidays = new Set<string>()
  const workdays = new Set<string>()
  const years = new Set<number>()
  for (const [year, y] of Object.entries(data.years)) {
    years.add(Number(year))
    for (const d of y.holidays) holidays.add(d)
    for (const d of y.workdays) workdays.add(d)
  }
  const own: WorkingDayCalendar = {
    id: data.id ?? 'calendar-file',
    isWorkingDay: (localDate) => workdays.has(localDate) || (isWeekday(localDate) && !holidays.has(localDate)),
    covers: (year) => years.has(year),
  }
  const out = layerCalendars(own, base)
  if (base === chinaMainlandCalendar) built.set(data, out)
  return out
}

/**
 * The calendar a scenario runs on: `given` (e.g. from `--calendar`) for the years it covers, then the scenario's own
 * `calendar:` years, then mainland China's.
 */
export function calendarFor(scenario: { readonly calendar?: CalendarData }, given?: WorkingDayCalendar): WorkingDayCalendar {
  const own = scenario.calendar ? calendarFromData(scenario.calendar) : chinaMainlandCalendar
  return given && given !== own ? layerCalendars(given, own) : own
}
