/** Every scoring constant in one place; the README's "Scoring" section explains each. Change them here only. */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const SCORING = {
  /** Weight of an expectation that does not set its own: critical steps count three times as much. */
  defaultWeight: { critical: 3, normal: 1 },
  /** A recurring obligation's weight is shared by its occurrences, so weekly reports do not swamp the score. */
  shareRecurringWeight: true,
  /** Credit by status (0..1). Late credit decays linearly from `lateMax` to `lateMin` over one window length. */
  credit: {
    onTime: 1,
    lateMax: 0.6,
    lateMin: 0.2,
    /** Done only by a role the plan does not assign it to. */
    wrongRole: 0.25,
    /** Done in time but before a step the plan puts first (or an end declared while required steps were open). */
    outOfOrder: 0.5,
    /** Done, but without a recipient the clause requires: this share of the timely credit. */
    incomplete: 0.5,
    /** A grading or warning that declared another level than the facts give (a critical failure when critical). */
    wrongLevel: 0.25,
    missed: 0,
  },
  /** Lateness is measured against the window (trigger to deadline); windows shorter than this use this. */
  minLateWindow: HOUR,
  /** HSEEP rating thresholds on a 0–100 score: at or above. */
  ratings: { P: 90, S: 70, M: 40 },
  /** A missed (or wrong-role) critical expectation caps its capability, and the overall rating, at this. */
  missedCriticalCap: 'M' as const,
} as const

/** Autopilot timing; autopilots are test and demo participants, not part of the score. */
export const AUTOPILOT = {
  minStep: MINUTE,
  /** perfect: act this share into the window (between `minStep` and `perfectMaxDelay`). */
  perfectShare: 0.1,
  perfectMaxDelay: HOUR,
  /** Open-ended steps (due when a state ends) are done this long after they become possible. */
  openEndedDelay: 30 * MINUTE,
  /** late: act this share of the window after the deadline (between `minStep` and `lateMaxDelay`). */
  lateShare: 0.25,
  lateMaxDelay: DAY,
  randomShares: { onTime: 0.55, late: 0.2, wrongRole: 0.1 },
  randomOptionalShare: 0.3,
  randomMaxLate: 3 * DAY,
} as const

export type Rating = 'P' | 'S' | 'M' | 'U'

export const RATING_ORDER: readonly Rating[] = ['U', 'M', 'S', 'P']

export function ratingFor(score: number): Rating {
  if (score >= SCORING.ratings.P) return 'P'
  if (score >= SCORING.ratings.S) return 'S'
  if (score >= SCORING.ratings.M) return 'M'
  return 'U'
}

/** The lower of two ratings. */
export function capRating(r: Rating, cap: Rating): Rating {
  return RATING_ORDER.indexOf(r) <= RATING_ORDER.indexOf(cap) ? r : cap
}

/** Credit for a late performance `lateBy` ms after a deadline whose window was `window` ms. */
export function lateCredit(lateBy: number, window: number): number {
  const { lateMax, lateMin } = SCORING.credit
  const w = Math.max(window, SCORING.minLateWindow)
  const f = Math.min(1, Math.max(0, lateBy / w))
  return lateMax - (lateMax - lateMin) * f
}

/** Scores are kept to one decimal so that sums replay byte-identically. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10
}
