/** Working-day calendars: mainland China's (official holidays and make-up working days, from chinese-days) and plain Mon–Fri. */
import chineseDays from 'chinese-days'

export interface WorkingDayCalendar {
  readonly id: string
  /** Whether a local date 'YYYY-MM-DD' is a working day. */
  isWorkingDay(localDate: string): boolean
  /** Whether official holiday data exists for the year (outside it only weekends count as rest days). */
  covers(year: number): boolean
}

/** Years for which chinese-days ships the State Council's holiday arrangements. */
export const CN_CALENDAR_YEARS = { first: 2004, last: 2026 } as const

export const chinaMainlandCalendar: WorkingDayCalendar = {
  id: 'cn-mainland',
  isWorkingDay: (localDate) => chineseDays.isWorkday(localDate),
  covers: (year) => year >= CN_CALENDAR_YEARS.first && year <= CN_CALENDAR_YEARS.last,
}

export const weekdayCalendar: WorkingDayCalendar = {
  id: 'weekdays',
  isWorkingDay: (localDate) => {
    const day = new Date(`${localDate}T00:00:00Z`).getUTCDay()
    return day !== 0 && day !== 6
  },
  covers: () => true,
}
