/** Display formatting of simulated times and durations; all values come from the engine, nothing is recomputed here. */
// Direct module imports (not the engine's index): the first screen needs these two and nothing else of the engine.
import { chinaMainlandCalendar } from '../engine/calendar.ts'
import { formatDuration } from '../engine/duration.ts'
import type { Lang } from '../engine/index.ts'

const WEEKDAYS = { zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] }

export interface SimDateParts {
  readonly date: string
  readonly time: string
  readonly weekday: string
  readonly workingDay: boolean
}

/** Splits an engine ISO time (`2026-03-16T09:00:00+08:00`) in its own offset: no browser time zone involved. */
export function simParts(iso: string, lang: Lang): SimDateParts {
  const date = iso.slice(0, 10)
  const time = iso.slice(11, 16)
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return { date, time, weekday: WEEKDAYS[lang][day] ?? '', workingDay: chinaMainlandCalendar.isWorkingDay(date) }
}

/** `03-16 09:00` (or with the year when asked). */
export function shortTime(iso: string | null, withYear = false): string {
  if (iso === null) return '—'
  return `${iso.slice(withYear ? 0 : 5, 10)} ${iso.slice(11, 16)}`
}

/** A signed compact duration: `1h20m`, `-35m`. */
export function span(ms: number): string {
  if (ms === 0) return '0m'
  const rounded = Math.round(Math.abs(ms) / 60_000) * 60_000
  return `${ms < 0 ? '-' : ''}${formatDuration(rounded === 0 ? 60_000 : rounded)}`
}

/** Saves text (or bytes) as a file through the browser's download. */
export function download(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
