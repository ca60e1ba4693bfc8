import { describe, expect, it } from 'vitest';
import { INDEX_KEYS } from './indices.ts';
import {
  isMeaningfulDelta,
  MEANINGFUL_DELTA,
  mapReliability,
  RELIABLE_MIN_ACTORS,
  RELIABLE_MIN_TIES,
} from './reliability.ts';

describe('mapReliability', () => {
  it('calls a map indicative below 20 spelers or below 30 ties, and says which', () => {
    expect([RELIABLE_MIN_ACTORS, RELIABLE_MIN_TIES]).toEqual([20, 30]);
    expect(mapReliability({ spelers: 8, ties: 3 })).toEqual({
      indicative: true,
      tooFewActors: true,
      tooFewTies: true,
    });
    expect(mapReliability({ spelers: 19, ties: 30 })).toMatchObject({ indicative: true, tooFewTies: false });
    expect(mapReliability({ spelers: 20, ties: 29 })).toMatchObject({
      indicative: true,
      tooFewActors: false,
    });
    expect(mapReliability({ spelers: 20, ties: 30 }).indicative).toBe(false);
    expect(mapReliability({ spelers: 67, ties: 139 }).indicative).toBe(false); // the demo
  });
});

describe('meaningful what-if changes', () => {
  it('has a positive threshold for every index', () => {
    for (const key of INDEX_KEYS) expect(MEANINGFUL_DELTA[key], key).toBeGreaterThan(0);
  });

  it('keeps E-I and the cross share consistent: E-I = 2 · cross share − 1', () => {
    expect(MEANINGFUL_DELTA.eiIndex).toBeCloseTo(2 * MEANINGFUL_DELTA.crossShare);
  });

  it('does not call one tie on the demo (+0.007 E-I, +0.3 points cross share) a change', () => {
    expect(isMeaningfulDelta('eiIndex', 0.0069)).toBe(false);
    expect(isMeaningfulDelta('crossShare', 0.0034)).toBe(false);
    expect(isMeaningfulDelta('eiIndex', -0.03)).toBe(true);
    // A speler cut off or joined up is always a change.
    expect(isMeaningfulDelta('components', 1)).toBe(true);
    expect(isMeaningfulDelta('averagePathLength', 0.04)).toBe(false);
  });
});
