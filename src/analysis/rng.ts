/**
 * Seeded random numbers (conventions.md §2): routines that need randomness take an `Rng`; nothing in
 * src/analysis reads an ambient random source, so the same input and seed give the same clusters and samples on every
 * machine, and a report can say which seed made it.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, passes PractRand to 2^32 outputs, which is
 * plenty for shuffling node orders and drawing betweenness pivots.
 */
export type Rng = () => number;

export const DEFAULT_SEED = 20_151_001;

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher–Yates shuffle of 0..count-1 with the given rng. */
export function shuffledIndices(count: number, rng: Rng): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}
