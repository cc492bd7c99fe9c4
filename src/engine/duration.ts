/** Durations in the plans' notation: 30m, 2h, 1d, 1w, 1mo, 1y, 5wd, and compounds such as 2h30m or 1d4h. */

export interface Duration {
  /** Canonical text, e.g. '2h30m', '5wd', '1mo', '0m'. */
  readonly text: string
  /** Fixed part in ms (w = 7d, d = 24h, h, m, s). */
  readonly ms: number
  /** Calendar months (mo = 1, y = 12). */
  readonly months: number
  /** Mainland-China working days; a working-day duration has no other part. */
  readonly workingDays: number
}

const UNIT_MS: Readonly<Record<string, number>> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 }
const ORDER = ['y', 'mo', 'w', 'd', 'h', 'm', 's'] as const
const EXAMPLES = '(e.g. 30m, 2h, 1d, 1w, 1mo, 5wd)'

/** Parses a duration; returns `{ error }` with a message that says what would be right. */
export function parseDuration(input: string): Duration | { readonly error: string } {
  if (typeof input !== 'string') return { error: `${JSON.stringify(input)} is not a duration ${EXAMPLES}` }
  const text = input.trim().toLowerCase()
  const bad = { error: `"${input}" is not a duration ${EXAMPLES}` }
  if (text === '' || text.length > 40) return bad
  const wd = /^(\d{1,4})wd$/.exec(text)
  if (wd) {
    const n = Number(wd[1])
    if (n < 1) return { error: `"${input}": a working-day duration needs at least 1wd` }
    return { text: `${n}wd`, ms: 0, months: 0, workingDays: n }
  }
  if (text.includes('wd')) return { error: `"${input}": working days (wd) cannot be combined with other units ${EXAMPLES}` }
  const re = /(\d+(?:\.\d+)?)(mo|y|w|d|h|m|s)/y
  let pos = 0
  let ms = 0
  let months = 0
  let last = -1
  const parts: string[] = []
  while (pos < text.length) {
    re.lastIndex = pos
    const m = re.exec(text)
    if (!m) return bad
    const value = Number(m[1])
    const unit = m[2] as (typeof ORDER)[number]
    const idx = ORDER.indexOf(unit)
    if (idx <= last) return { error: `"${input}": write units from largest to smallest, each once (e.g. 1d4h, 2h30m)` }
    last = idx
    if (!Number.isFinite(value)) return bad
    if ((unit === 'mo' || unit === 'y' || unit === 's') && !Number.isInteger(value)) return { error: `"${input}": ${unit} takes a whole number` }
    if (unit === 'mo') months += value
    else if (unit === 'y') months += 12 * value
    else ms += value * (UNIT_MS[unit] as number)
    parts.push(`${m[1]}${unit}`)
    pos = re.lastIndex
  }
  ms = Math.round(ms)
  if (ms > 100 * 365 * 86_400_000 || months > 1200) return { error: `"${input}" is longer than a hundred years` }
  return { text: parts.join(''), ms, months, workingDays: 0 }
}

/** A duration from trusted text (plan data, which is code); throws a plain Error naming the text. */
export const durationOf = (text: string): Duration => {
  const d = parseDuration(text)
  if ('error' in d) throw new Error(`Invalid duration in plan data: ${d.error}`)
  return d
}

/** Compact text for a fixed span: 0 → '0m', 5_400_000 → '1h30m', 93_600_000 → '1d2h', 45_000 → '45s'. */
export function formatDuration(ms: number): string {
  if (ms < 0) return `-${formatDuration(-ms)}`
  if (ms === 0) return '0m'
  let rest = Math.round(ms / 1000)
  const d = Math.floor(rest / 86_400)
  rest -= d * 86_400
  const h = Math.floor(rest / 3600)
  rest -= h * 3600
  const m = Math.floor(rest / 60)
  const s = rest - m * 60
  const out = `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`
  return out === '' ? '0m' : out
}
