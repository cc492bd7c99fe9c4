/**
 * Run as a child process by calendar.test.ts with a TZ of its own: prints the due time of working-day deadlines
 * (built-in calendar, and a calendar file for 2027) as one JSON line, so the parent can compare time zones.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chinaMainlandCalendar } from '../../src/engine/calendar.ts'
import { loadCalendarFile } from '../../src/engine/calendarFile.ts'
import { parseDuration } from '../../src/engine/duration.ts'
import { addDuration, formatIso, parseIsoDateTime } from '../../src/engine/time.ts'

const file = join(import.meta.dirname, '..', 'fixtures', 'calendars', 'partial-2027.yaml')
const with2027 = loadCalendarFile(readFileSync(file, 'utf8'), 'partial-2027.yaml')
const cases = [
  ['2026-09-29T18:00:00+08:00', '5wd'],
  ['2026-09-30T10:00:00+08:00', '5wd'],
  ['2026-02-13T15:00:00+08:00', '5wd'],
  ['2026-09-19T11:00:00+08:00', '1wd'],
  ['2026-12-31T23:30:00+08:00', '1wd'],
  ['2026-10-09T20:00:00-05:00', '1wd'],
  ['2026-09-30T23:00:00Z', '2wd'],
] as const
const out: Record<string, string> = { tz: process.env.TZ ?? '', offset: String(new Date(Date.UTC(2026, 9, 1)).getTimezoneOffset()) }
for (const [from, d] of cases) {
  const i = parseIsoDateTime(from)
  const dur = parseDuration(d)
  if ('error' in i || 'error' in dur) throw new Error(`bad case ${from} ${d}`)
  const cal = from.startsWith('2026-12') ? with2027 : chinaMainlandCalendar
  out[`${from} + ${d}`] = formatIso(addDuration(i.epochMs, dur, i.offsetMinutes, cal), i.offsetMinutes)
}
process.stdout.write(`${JSON.stringify(out)}\n`)
