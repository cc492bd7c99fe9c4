/** Durations, ISO time with offsets, calendar months and mainland-China working days (holidays and make-up days). */
import { describe, expect, it, test } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import {
  SimulatedClock, addDuration, chinaMainlandCalendar, durationOf, epochMs, formatDuration, formatIso, localDate,
  parseDuration, parseIsoDateTime, parseTimePoint, simTime, weekdayCalendar,
} from '../../src/engine/index.ts'
import type { Instant } from '../../src/engine/index.ts'

const at = (iso: string): Instant => {
  const i = parseIsoDateTime(iso)
  if ('error' in i) throw new Error(i.error)
  return i
}
const plus = (iso: string, d: string, calendar = chinaMainlandCalendar) => {
  const i = at(iso)
  return formatIso(addDuration(i.epochMs, durationOf(d), i.offsetMinutes, calendar), i.offsetMinutes)
}

describe('durations', () => {
  test.for([
    ['30m', 1_800_000, 0, 0], ['2h', 7_200_000, 0, 0], ['1d', 86_400_000, 0, 0], ['1w', 604_800_000, 0, 0],
    ['2h30m', 9_000_000, 0, 0], ['1d4h', 100_800_000, 0, 0], ['1.5h', 5_400_000, 0, 0], ['45s', 45_000, 0, 0],
    ['1mo', 0, 1, 0], ['1y', 0, 12, 0], ['1y2mo', 0, 14, 0], ['5wd', 0, 0, 5], [' 2H ', 7_200_000, 0, 0], ['0m', 0, 0, 0],
  ] as const)('parses %s', ([text, ms, months, wd]) => {
    expect(parseDuration(text)).toMatchObject({ ms, months, workingDays: wd })
  })
  test.for(['3x', '', '-1h', '5wd2h', '1.5mo', 'h', '2h2h', '30m2h', '0wd', '1e3h'])('refuses "%s" with a message saying what would be right', (text) => {
    const d = parseDuration(text)
    expect(d).toHaveProperty('error')
    expect((d as { error: string }).error).toMatch(/duration|wd|unit|whole/)
  })
  test.for([[0, '0m'], [5_400_000, '1h30m'], [93_600_000, '1d2h'], [45_000, '45s'], [-3_600_000, '-1h'], [60_000, '1m']] as const)('formats %i ms as %s', ([ms, text]) => {
    expect(formatDuration(ms)).toBe(text)
  })
  propTest.prop([fc.integer({ min: 0, max: 10_000_000 })])('reads back what it formats (whole minutes)', (minutes) => {
    const d = parseDuration(formatDuration(minutes * 60_000))
    expect('error' in d ? d.error : d.ms).toBe(minutes * 60_000)
  })
})

describe('ISO date-times with offsets', () => {
  it('keeps the offset it was given', () => {
    expect(formatIso(at('2026-03-02T09:00:00+08:00').epochMs, 480)).toBe('2026-03-02T09:00:00+08:00')
    expect(formatIso(at('2026-03-02T01:00:00Z').epochMs, 480)).toBe('2026-03-02T09:00:00+08:00')
    expect(formatIso(at('2026-03-02T09:00+08:00').epochMs, 0)).toBe('2026-03-02T01:00:00+00:00')
  })
  test.for(['2026-02-30T09:00:00+08:00', '2026-13-01T09:00:00+08:00', '2026-03-02T24:00:00+08:00', '2026-03-02T09:00:00', '2026-03-02', 'yesterday'])('refuses %s', (text) => {
    expect(parseIsoDateTime(text)).toHaveProperty('error')
  })
  propTest.prop([fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -12, max: 14 })])('round-trips any instant in any whole-hour offset', (d, h) => {
    const ms = Math.floor(d.getTime() / 1000) * 1000
    const text = formatIso(epochMs(ms), h * 60)
    const back = parseIsoDateTime(text)
    expect('error' in back ? back.error : back.epochMs).toBe(ms)
  })
  it('takes the local date in the given offset, not the machine\'s time zone', () => {
    const i = at('2026-09-30T20:00:00+00:00')
    expect(localDate(i.epochMs, 0)).toBe('2026-09-30')
    expect(localDate(i.epochMs, 480)).toBe('2026-10-01')
  })
})

describe('calendar months (1mo = same clock time, same day next month, or the month\'s last day)', () => {
  test.for([
    ['2026-03-02T09:00:00+08:00', '1mo', '2026-04-02T09:00:00+08:00'],
    ['2026-01-31T10:00:00+08:00', '1mo', '2026-02-28T10:00:00+08:00'],
    ['2028-01-31T10:00:00+08:00', '1mo', '2028-02-29T10:00:00+08:00'],
    ['2026-12-15T23:30:00+08:00', '1mo', '2027-01-15T23:30:00+08:00'],
    ['2026-03-31T00:30:00+08:00', '1mo', '2026-04-30T00:30:00+08:00'],
    ['2026-03-02T09:00:00+08:00', '1y', '2027-03-02T09:00:00+08:00'],
  ] as const)('%s + %s = %s', ([from, d, to]) => {
    expect(plus(from, d)).toBe(to)
  })
})

describe('mainland-China working days (Nwd ends at 24:00 of the Nth working day after the trigger\'s day)', () => {
  test.for([
    // Wed 30 Sep → Oct 1–7 National Day off; Thu 8 (1), Fri 9 (2), Sat 10 make-up day (3), Mon 12 (4), Tue 13 (5).
    { from: '2026-09-30T10:00:00+08:00', d: '5wd', due: '2026-10-14T00:00:00+08:00', why: 'across National Day with the Oct 10 make-up Saturday' },
    // Fri 13 Feb → Sat 14 make-up day (1); Feb 15–23 Spring Festival off; Tue 24 (2), 25 (3), 26 (4), Fri 27 (5).
    { from: '2026-02-13T15:00:00+08:00', d: '5wd', due: '2026-02-28T00:00:00+08:00', why: 'across Spring Festival with the Feb 14 make-up Saturday' },
    // Thu 24 Sep → Fri 25 Mid-Autumn off, weekend off; Mon 28 (1).
    { from: '2026-09-24T17:00:00+08:00', d: '1wd', due: '2026-09-29T00:00:00+08:00', why: 'across the Mid-Autumn holiday' },
    // Sat 19 Sep → Sun 20 is a make-up working day (1).
    { from: '2026-09-19T11:00:00+08:00', d: '1wd', due: '2026-09-21T00:00:00+08:00', why: 'on the Sep 20 make-up Sunday' },
    // Late evening still counts as the trigger's own day.
    { from: '2026-03-02T23:59:00+08:00', d: '1wd', due: '2026-03-04T00:00:00+08:00', why: 'from a late-evening trigger' },
  ])('$from + $d is due $due ($why)', ({ from, d, due }) => {
    expect(plus(from, d)).toBe(due)
  })
  it('differs from a plain Monday–Friday calendar across holidays', () => {
    expect(plus('2026-09-30T10:00:00+08:00', '5wd', weekdayCalendar)).toBe('2026-10-08T00:00:00+08:00')
  })
  it('knows which years it has official data for', () => {
    expect(chinaMainlandCalendar.covers(2026)).toBe(true)
    expect(chinaMainlandCalendar.covers(1990)).toBe(false)
  })
  it('reads working-day offsets in scenario times', () => {
    const start = at('2026-09-30T10:00:00+08:00')
    expect(parseTimePoint('1wd', start, chinaMainlandCalendar)).toBe(Date.parse('2026-10-09T00:00:00+08:00') - start.epochMs)
    expect(parseTimePoint('2026-09-30T09:00:00+08:00', start, chinaMainlandCalendar)).toHaveProperty('error')
  })
})

describe('SimulatedClock', () => {
  it('moves forward only', () => {
    const c = new SimulatedClock()
    c.advanceBy(60_000)
    c.advanceTo(simTime(120_000))
    expect(c.now()).toBe(120_000)
    expect(() => c.advanceTo(simTime(1))).toThrow(/backwards/)
  })
})
