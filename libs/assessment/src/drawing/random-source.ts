import { randomInt, randomUUID } from 'node:crypto';

/** Where drawing gets its randomness (injected so tests can be deterministic). */
export interface RandomSource {
  /** An integer in [0, max). */
  int(max: number): number;
  /** An opaque, unguessable id. */
  id(): string;
}

export const CRYPTO_RANDOM: RandomSource = {
  int: (max) => randomInt(max),
  id: () => randomUUID(),
};

/** Fisher–Yates: a uniformly shuffled copy. */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
