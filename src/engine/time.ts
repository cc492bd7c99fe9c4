/** Instants with a UTC offset, ISO text, and calendar arithmetic in the offset's local time (never the machine's time zone). */
import { CalendarCoverageError } from './calendar.ts'
import type { WorkingDayCalendar } from './calendar.ts'
import type { Duration } from './duration.ts'
import { parseDuration } from './duration.ts'
import type { EpochMs, SimTime } from './types.ts'

export interface Instant {
  readonly epochMs: EpochMs
  readonly offsetMinutes: number
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/

/** Parses an ISO date-time with an explicit offset; rejects impossible dates and times. */
export function parseIsoDateTime(text: string): Instant | { readonly error: string } {
  if (typeof text !== 'string') return { error: `${JSON.stringify(text)} is not a date-time` }
  const m = ISO.exec(text.trim())
  if (!m) return { error: `"${text}" is not an ISO date-time with an offset (e.g. 2026-03-02T09:00:00+08:00)` }
  const [y, mo, d, h, mi, s, frac, off] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7], m[8] as string]
  if (mo < 1 || mo > 12) return { error: `"${text}": month ${mo} does not exist` }
  if (d < 1 || d > daysInMonth(y, mo)) return { error: `"${text}": ${y}-${pad(mo)} has no day ${d}` }
  if (h > 23 || mi > 59 || s > 59) return { error: `"${text}": ${pad(h)}:${pad(mi)}:${pad(s)} is not a time of day` }
  let offsetMinutes = 0
  if (off !== 'Z') {
    const sign = off[0] === '-' ? -1 : 1
    const oh = Number(off.slice(1, 3))
    const om = Number(off.slice(4, 6))
    if (oh > 14 || om > 59) return { error: `"${text}": ${off} is not a UTC offset` }
    offsetMinutes = sign * (oh * 60 + om)
  }
  const ms = frac ? Number(frac.padEnd(3, '0')) : 0
  const local = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  return { epochMs: (local - offsetMinutes * 60_000) as EpochMs, offsetMinutes }
}

/** '2026-03-02T09:00:00+08:00'; milliseconds only when not zero; the offset always numeric. */
export function formatIso(epochMs: EpochMs, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000)
  const ms = local.getUTCMilliseconds()
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${ms ? `.${String(ms).padStart(3, '0')}` : ''}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** The local calendar date 'YYYY-MM-DD' of an instant in the given offset. */
export function localDate(epochMs: EpochMs, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000)
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
}

/**
 * from + d in local time of `offsetMinutes`: calendar months first (same clock time, day clamped to the month's
 * end), then the fixed part. A working-day duration N ends at 24:00 local time of the Nth working day after the
 * local day of `from` (that day itself is not counted). Every day it judges must be of a year the calendar covers,
 * else it throws CalendarCoverageError naming that year (a silent Mon–Fri guess would count New Year's Day).
 */
export function addDuration(from: EpochMs, d: Duration, offsetMinutes: number, calendar: WorkingDayCalendar): EpochMs {
  const shift = offsetMinutes * 60_000
  if (d.workingDays > 0) {
    const local = new Date(from + shift)
    let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
    let counted = 0
    for (let guard = 0; counted < d.workingDays; guard++) {
      if (guard > 3660) throw new Error(`No ${d.workingDays} working days within ten years of ${formatIso(from, offsetMinutes)}`)
      day += 86_400_000
      const date = isoDay(day)
      const year = Number(date.slice(0, 4))
      if (!calendar.covers(year)) throw new CalendarCoverageError(year, calendar.id)
      if (calendar.isWorkingDay(date)) counted++
    }
    return (day + 86_400_000 - shift) as EpochMs
  }
  let t = from as number
  if (d.months !== 0) {
    const local = new Date(t + shift)
    const total = local.getUTCMonth() + d.months
    const y = local.getUTCFullYear() + Math.floor(total / 12)
    const mo = ((total % 12) + 12) % 12
    const day = Math.min(local.getUTCDate(), daysInMonth(y, mo + 1))
    t = Date.UTC(y, mo, day, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), local.getUTCMilliseconds()) - shift
  }
  return (t + d.ms) as EpochMs
}

/** A scenario time: a duration after `start` ('2h30m', '5wd') or an ISO date-time; ms since start, never before it. */
export function parseTimePoint(text: string, start: Instant, calendar: WorkingDayCalendar): SimTime | { readonly error: string } {
  if (typeof text !== 'string') return { error: `${JSON.stringify(text)} is not a time` }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text.trim())) {
    const i = parseIsoDateTime(text)
    if ('error' in i) return i
    const t = i.epochMs - start.epochMs
    if (t < 0) return { error: `"${text}" is before the scenario start (${formatIso(start.epochMs, start.offsetMinutes)})` }
    return t as SimTime
  }
  const d = parseDuration(text)
  if ('error' in d) return { error: `${d.error}, or an ISO date-time with offset` }
  try {
    return (addDuration(start.epochMs, d, start.offsetMinutes, calendar) - start.epochMs) as SimTime
  } catch (e) {
    if (e instanceof CalendarCoverageError) return { error: `"${text}": ${e.message}` }
    throw e
  }
}

/** ISO text of a drill time. */
export function toInstantIso(t: SimTime, start: Instant): string {
  return formatIso((start.epochMs + t) as EpochMs, start.offsetMinutes)
}

// --- internal ---

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

function isoDay(utcMidnight: number): string {
  const d = new Date(utcMidnight)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
