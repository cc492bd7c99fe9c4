/** Seeded pseudo-random numbers (mulberry32): the engine's only source of chance, so every run replays exactly. */

export type Rng = () => number

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seed derived from a base seed and a text key (FNV-1a), so each decision has its own stream whatever the order. */
export function deriveSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick() from an empty list')
  return items[Math.floor(rng() * items.length)] as T
}

export function between(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng()
}
