/** The drill's clock: simulated time only, never the wall clock. */
import type { SimTime } from './types.ts'

export class SimulatedClock {
  private t: SimTime

  constructor(start: SimTime = 0 as SimTime) {
    this.t = start
  }

  now(): SimTime {
    return this.t
  }

  /** Moves forward to t; time never runs backwards in a drill. */
  advanceTo(t: SimTime): void {
    if (t < this.t) throw new Error(`SimulatedClock cannot run backwards (from ${this.t} to ${t} ms)`)
    this.t = t
  }

  advanceBy(ms: number): void {
    if (!(ms >= 0)) throw new Error(`SimulatedClock.advanceBy needs a duration ≥ 0 (got ${ms})`)
    this.t = (this.t + ms) as SimTime
  }
}
