/** A drill's timeline: simulated time (ms since the scenario start) mapped onto the calendar of the scenario's time zone. */
import type { WorkingDayCalendar } from './calendar.ts'
import type { Duration } from './duration.ts'
import { addDuration, formatIso } from './time.ts'
import type { Instant } from './time.ts'
import { epochMs, simTime } from './types.ts'
import type { SimTime } from './types.ts'

export interface Timeline {
  readonly start: Instant
  readonly calendar: WorkingDayCalendar
  /** t + d, honouring calendar months and working days in the scenario's offset. */
  add(t: SimTime, d: Duration): SimTime
  /** ISO date-time with the scenario's offset. */
  iso(t: SimTime): string
}

export function createTimeline(start: Instant, calendar: WorkingDayCalendar): Timeline {
  return {
    start,
    calendar,
    add(t, d) {
      // Fixed spans need no calendar: the common case stays a plain addition.
      if (d.months === 0 && d.workingDays === 0) return simTime(t + d.ms)
      return simTime(addDuration(epochMs(start.epochMs + t), d, start.offsetMinutes, calendar) - start.epochMs)
    },
    iso: (t) => formatIso(epochMs(start.epochMs + t), start.offsetMinutes),
  }
}
