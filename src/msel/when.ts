/** Reading an inject's time from MSEL cells: offsets (`1h30m`, `T+5`, `J+1 H+2 M-5`), date-times (ISO, Excel dates and serials, `5/3/10 0715`), dates and times of day (`HH:MM`, `07:29 PM`). */
import { formatDuration, parseDuration, parseIsoDateTime } from '../engine/index.ts'
import type { Cell } from './model.ts'

/**
 * A time as read from a cell:
 * - `offset`: after the scenario start; `text` is what the scenario file gets (`1h30m`, or `5wd` kept as written), `ms` its fixed length (null for calendar units).
 * - `instant`: an absolute moment; `epochMs` exact when the text had a UTC offset, else `wall` (local wall-clock time as UTC fields) to place in the import's offset.
 * - `date`: a calendar day (wall-clock midnight).
 * - `clock`: a time of day, ms after midnight.
 */
export type When =
  | { readonly kind: 'offset'; readonly text: string; readonly ms: number | null; readonly note?: string }
  | { readonly kind: 'instant'; readonly epochMs?: number; readonly wall?: number }
  | { readonly kind: 'date'; readonly wall: number }
  | { readonly kind: 'clock'; readonly ms: number }

export type WhenResult = When | { readonly error: string } | null

export type WhenHint = 'offset' | 'datetime' | 'date' | 'time'

const MIN = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000
/** Excel's day 0 (serial 1 = 1900-01-01, with the 1900 leap-year bug absorbed for serials after February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/** Unit of bare numbers in an offset column, from its header (`T+min`, `Offset (h)`); null when the header says nothing. */
export function unitFromHeader(header: string): number | null {
  const h = header.toLowerCase()
  if (/min|分钟|分/.test(h)) return MIN
  if (/hour|\(h\)|小时|时/.test(h)) return HOUR
  if (/day|\(d\)|天|日/.test(h)) return DAY
  if (/^t\s*\+\s*$/.test(h.trim())) return MIN
  return null
}

/** Reads one cell; null for an empty cell. Never throws. */
export function parseWhen(cell: Cell, hint: WhenHint, unit: number | null = null): WhenResult {
  if (cell === null || cell === '') return null
  if (typeof cell === 'boolean') return { error: `${String(cell)} is not a time` }
  if (cell instanceof Date) return fromDate(cell, hint)
  if (typeof cell === 'number') return fromNumber(cell, hint, unit)
  const text = cell.trim()
  if (text === '') return null
  return fromText(text, hint, unit)
}

// --- internal ---

function fromDate(d: Date, hint: WhenHint): WhenResult {
  const t = d.getTime()
  if (!Number.isFinite(t)) return { error: 'is not a valid date' }
  // Excel keeps a time without a date as a date on 1899-12-30 (or 1900-01-00).
  if (t < Date.UTC(1900, 0, 2)) {
    const ms = Math.round(t - EXCEL_EPOCH)
    if (hint === 'offset') return { kind: 'offset', text: formatDuration(ms), ms }
    return { kind: 'clock', ms: ((ms % DAY) + DAY) % DAY }
  }
  const midnight = t % DAY === 0
  if (hint === 'date' || (midnight && hint !== 'datetime')) return { kind: 'date', wall: t - (t % DAY) }
  return { kind: 'instant', wall: t }
}

function fromNumber(n: number, hint: WhenHint, unit: number | null): WhenResult {
  if (!Number.isFinite(n)) return { error: `${n} is not a time` }
  if (hint === 'offset') {
    if (unit === null) return { error: `${n} has no unit; write an offset such as ${n}m or ${n}h (or name the unit in the header, e.g. "T+min")` }
    const ms = Math.round(n * unit)
    return { kind: 'offset', text: formatDuration(ms), ms }
  }
  if (hint === 'time') {
    if (n >= 0 && n < 1) return { kind: 'clock', ms: Math.round(n * DAY) }
    // 0715, 1015: military time written as a number.
    if (Number.isInteger(n) && n >= 0 && n <= 2359 && n % 100 < 60) return { kind: 'clock', ms: Math.floor(n / 100) * HOUR + (n % 100) * MIN }
  }
  if (n > 1 && n < 2_958_466) {
    const wall = EXCEL_EPOCH + Math.round(n * DAY / 1000) * 1000
    return Number.isInteger(n) ? { kind: 'date', wall } : { kind: 'instant', wall }
  }
  if (n >= 0 && n < 1) return { kind: 'clock', ms: Math.round(n * DAY) }
  return { error: `${n} is not a time` }
}

const RELATIVE_TERM = /([jdhms])\s*([+-])\s*(\d+(?:\.\d+)?)/gy
const MONTHS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 }

function fromText(text: string, hint: WhenHint, unit: number | null): WhenResult {
  const lower = text.toLowerCase().replace(/\s+/g, ' ')
  // Plain durations: 1h30m, 2d, 5wd, 0m.
  const d = parseDuration(lower.replace(/\s+/g, ''))
  if (!('error' in d) && /[a-z]/.test(lower)) return { kind: 'offset', text: d.text, ms: d.months === 0 && d.workingDays === 0 ? d.ms : null }
  // T+5, T+5min, T + 1:30, T+1h30m, T-0, "T".
  const t = /^t\s*(?:([+-])\s*(.+))?$/.exec(lower)
  if (t) {
    if (t[1] === undefined) return { kind: 'offset', text: '0m', ms: 0 }
    const sign = t[1] === '-' ? -1 : 1
    const rest = (t[2] as string).trim()
    const num = /^(\d+(?:\.\d+)?)\s*(min|mins|minutes?|m|h|hrs?|hours?|d|days?|s|sec)?$/.exec(rest)
    if (num) {
      const u = num[2]
      const base = u === undefined ? (unit ?? MIN) : /^m/.test(u) ? MIN : /^h/.test(u) ? HOUR : /^d/.test(u) ? DAY : 1000
      const ms = sign * Math.round(Number(num[1]) * base)
      return { kind: 'offset', text: formatDuration(ms), ms, ...(u === undefined && unit === null ? { note: `"${text}" read as ${num[1]} minutes after the start` } : {}) }
    }
    const hm = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(rest)
    if (hm) {
      const ms = sign * (Number(hm[1]) * HOUR + Number(hm[2]) * MIN + Number(hm[3] ?? 0) * 1000)
      return { kind: 'offset', text: formatDuration(ms), ms }
    }
    const dur = parseDuration(rest.replace(/\s+/g, ''))
    if (!('error' in dur) && dur.months === 0 && dur.workingDays === 0) return { kind: 'offset', text: formatDuration(sign * dur.ms), ms: sign * dur.ms }
    return { error: `"${text}" is not an offset (e.g. T+5, T+90min, T+1:30, 1h30m)` }
  }
  // J-1, J, J+1 H+2 M-5, D+2, H+3 (OpenAEV / French "jour J" notation).
  if (/^[jd]$/.test(lower)) return { kind: 'offset', text: '0m', ms: 0 }
  if (/^[jdhms]\s*[+-]/.test(lower)) {
    RELATIVE_TERM.lastIndex = 0
    let ms = 0
    let pos = 0
    const compact = lower.replace(/\s+/g, ' ')
    while (pos < compact.length) {
      while (compact[pos] === ' ') pos++
      if (pos >= compact.length) break
      RELATIVE_TERM.lastIndex = pos
      const m = RELATIVE_TERM.exec(compact)
      if (!m) return { error: `"${text}" is not a relative time (e.g. J-1, J+1 H+2 M-5, T+30)` }
      const unitMs = m[1] === 'j' || m[1] === 'd' ? DAY : m[1] === 'h' ? HOUR : m[1] === 'm' ? MIN : 1000
      ms += (m[2] === '-' ? -1 : 1) * Math.round(Number(m[3]) * unitMs)
      pos = RELATIVE_TERM.lastIndex
    }
    return { kind: 'offset', text: formatDuration(ms), ms }
  }
  // ISO with an offset: exact.
  if (/^\d{4}-\d{2}-\d{2}t.*(z|[+-]\d{2}:\d{2})$/.test(lower)) {
    const i = parseIsoDateTime(text.trim().replace(/z$/, 'Z').replace(/t/, 'T'))
    return 'error' in i ? { error: i.error } : { kind: 'instant', epochMs: i.epochMs }
  }
  const dt = dateTime(lower)
  if (dt) return dt
  const clock = clockOf(lower)
  if (clock !== null) {
    if ('error' in clock) return clock
    if (hint === 'offset') return { kind: 'offset', text: formatDuration(clock.ms), ms: clock.ms }
    return { kind: 'clock', ms: clock.ms }
  }
  if (/^\d+(\.\d+)?$/.test(lower)) return fromNumber(Number(lower), hint, unit)
  return { error: `"${text}" is not a time (e.g. 1h30m, T+5, J+1 H+2, 2026-03-02 09:30, 09:30, 07:29 PM)` }
}

/** Dates with an optional time: 2026-03-02[ 09:30[:00]], 2026/3/2, 2026年3月2日 9:30, 5/3/10 0715 (US month/day/year), 3 May 2010. */
function dateTime(text: string): WhenResult {
  let y: number
  let mo: number
  let d: number
  let rest: string
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ t]+(.*))?$/.exec(text)
  if (m) {
    ;[y, mo, d, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), (m[4] ?? '').trim()]
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+(.*))?$/.exec(text))) {
    ;[mo, d, y, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), (m[4] ?? '').trim()]
    if (y < 100) y += 2000
  } else if ((m = /^(\d{1,2})[ -]([a-z]{3})[a-z]*[ -](\d{4})(?:\s+(.*))?$/.exec(text)) && MONTHS[m[2] as string] !== undefined) {
    ;[d, mo, y, rest] = [Number(m[1]), MONTHS[m[2] as string] as number, Number(m[3]), (m[4] ?? '').trim()]
  } else return null
  const wall = Date.UTC(y, mo - 1, d)
  const back = new Date(wall)
  if (mo < 1 || mo > 12 || back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return { error: `"${text}" is not a date (${y}-${mo}-${d} does not exist)` }
  if (rest === '') return { kind: 'date', wall }
  const c = clockOf(rest)
  if (c === null) return { error: `"${text}": "${rest}" is not a time of day` }
  if ('error' in c) return c
  return { kind: 'instant', wall: wall + c.ms }
}

/** 09:30, 9:30:15, 07:29 PM, 9 AM, 0715, 下午3:30. */
function clockOf(text: string): { ms: number } | { error: string } | null {
  let t = text.trim()
  let pm: boolean | null = null
  const zh = /^(上午|早上|下午|晚上)\s*/.exec(t)
  if (zh) {
    pm = zh[1] === '下午' || zh[1] === '晚上'
    t = t.slice(zh[0].length)
  }
  const ap = /\s*([ap])\.?m\.?$/.exec(t)
  if (ap) {
    pm = ap[1] === 'p'
    t = t.slice(0, ap.index)
  }
  let h: number
  let mi: number
  let s = 0
  let m = /^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/.exec(t)
  if (m) [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
  else if ((m = /^(\d{2})(\d{2})(?:\s*(?:hrs?|h))?$/.exec(t)) && (ap !== null || /hrs?|h$/.test(t) || text.length === 4)) [h, mi] = [Number(m[1]), Number(m[2])]
  else if (pm !== null && (m = /^(\d{1,2})$/.exec(t))) [h, mi] = [Number(m[1]), 0]
  else return null
  if (pm !== null) {
    if (h < 1 || h > 12) return { error: `"${text}" is not a time of day` }
    h = (h % 12) + (pm ? 12 : 0)
  }
  if (h > 23 || mi > 59 || s > 59) return { error: `"${text}" is not a time of day` }
  return { ms: h * HOUR + mi * MIN + s * 1000 }
}
