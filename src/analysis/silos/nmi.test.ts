/**
 * NMI against values stored from python-igraph 0.10.2 `igraph.compare_communities(a, b, method='nmi')`
 * (igraph wants labels below n, so the "both one block" case was passed as zeros; for the −1 case the
 * positions with a −1 in either list were removed before calling igraph).
 */
import { describe, expect, it } from 'vitest';
import { normalizedMutualInformation } from './nmi.ts';

const nmi = (a: number[], b: number[]) => normalizedMutualInformation(Int32Array.from(a), Int32Array.from(b));

describe('normalizedMutualInformation', () => {
  it.each([
    ['two halves vs three pairs', [0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2], 0.5158037429793888],
    [
      'overlapping blocks',
      [0, 0, 0, 1, 1, 2, 2, 2, 2, 3],
      [1, 1, 0, 0, 0, 2, 2, 3, 3, 3],
      0.6787160153384948,
    ],
    ['the same partition relabelled', [0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 4, 4], 1],
    ['independent partitions', [0, 0, 1, 1], [0, 1, 0, 1], 0],
    ['one block vs a split', [0, 0, 0, 0], [0, 0, 1, 1], 0],
    ['both a single block', [3, 3, 3], [7, 7, 7], 1],
  ])('matches igraph on %s', (_, a, b, expected) => {
    expect(nmi(a, b)).toBeCloseTo(expected, 12);
  });

  it('drops positions where either side is −1', () => {
    // Seeded with Python's random.Random(2024): a from randrange(-1, 5), b from randrange(-1, 4).
    const a = [
      2, 0, 4, 3, 1, 0, 4, 2, 4, 1, 3, 0, 4, 4, 2, 1, 2, 3, 4, 3, 0, 1, 3, 4, 1, 3, -1, 4, 0, 4, 4, 2, 4, 4,
      0, 3, 0, 2, -1, 1,
    ];
    const b = [
      2, 2, -1, 0, 1, 2, 1, 1, 0, 1, 2, 2, 1, 3, 0, 2, 0, 0, -1, 0, -1, 1, 3, 1, 3, 2, 3, -1, 1, 3, 0, 0, 2,
      1, 0, 0, 1, 2, 3, 0,
    ];
    expect(nmi(a, b)).toBeCloseTo(0.14955780648533612, 12);
  });

  it('is symmetric', () => {
    const a = [0, 0, 1, 1, 2, 2, 2, -1, 4];
    const b = [1, 1, 1, 0, 0, 2, 2, 2, -1];
    expect(nmi(a, b)).toBeCloseTo(nmi(b, a), 15);
  });

  it('is NaN when no position has a label on both sides', () => {
    expect(nmi([-1, 0], [1, -1])).toBeNaN();
    expect(nmi([], [])).toBeNaN();
  });

  it('rejects partitions of different lengths', () => {
    expect(() => nmi([0, 1], [0])).toThrow(RangeError);
  });
});
