import type { RandomSource } from '../drawing/random-source';

/** A deterministic random source for specs (mulberry32), with readable sequential ids. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  let ids = 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { int: (max) => Math.floor(next() * max), id: () => `opaque-${seed}-${++ids}` };
}
