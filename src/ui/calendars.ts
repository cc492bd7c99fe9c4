/**
 * Official 放假/调休 days the user imported for years the built-in calendar lacks (a calendar file, as in the CLI's
 * `--calendar`; the format is in the README). Kept in this browser's localStorage: a few hundred bytes a year.
 */
import { calendarFromData, CN_CALENDAR_YEARS } from '../engine/calendar.ts'
import type { CalendarData, WorkingDayCalendar } from '../engine/calendar.ts'

const KEY = 'plandrill.calendars.v1'

/** The imported years, merged (a year imported again replaces the earlier import of that year). */
export function keptCalendar(): CalendarData | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY)
    if (!text) return null
    const data = JSON.parse(text) as CalendarData
    return data && typeof data === 'object' && data.years && typeof data.years === 'object' ? data : null
  } catch {
    return null
  }
}

/** The calendar drills run on in this browser: the imported years over mainland China's, or undefined for the built-in one. */
export function keptWorkingCalendar(): WorkingDayCalendar | undefined {
  const data = keptCalendar()
  return data && Object.keys(data.years).length > 0 ? calendarFromData(data) : undefined
}

/** Years the built-in data covers, and those imported here. */
export function coveredYears(): { readonly builtIn: { readonly first: number; readonly last: number }; readonly imported: readonly number[] } {
  return { builtIn: CN_CALENDAR_YEARS, imported: Object.keys(keptCalendar()?.years ?? {}).map(Number).sort((a, b) => a - b) }
}

/**
 * Reads and checks a calendar file (YAML or JSON), then keeps its years. The checker (yaml, zod) loads only now.
 * Throws the engine's InputError, naming the file, field and problem, and keeps nothing, when the file is wrong.
 */
export async function importCalendar(text: string, file: string): Promise<readonly number[]> {
  const { parseCalendarFile } = await import('../engine/calendarFile.ts')
  const data = parseCalendarFile(text, file)
  const before = keptCalendar()
  const merged: CalendarData = { ...(data.id !== undefined ? { id: data.id } : {}), years: { ...(before?.years ?? {}), ...data.years } }
  globalThis.localStorage?.setItem(KEY, JSON.stringify(merged))
  return Object.keys(data.years).map(Number).sort((a, b) => a - b)
}

/** Forgets every imported year. */
export function clearCalendars(): void {
  globalThis.localStorage?.removeItem(KEY)
}
