/**
 * E-I index on graphs small enough to count by hand.
 */
import { describe, expect, it } from 'vitest';
import { compactGraph, undirectedGraph } from '../compact-graph.ts';
import { eiIndex } from './ei-index.ts';

// Kokers: {0, 1, 2} = 0, {3, 4} = 1, speler 5 has none.
//   inside koker 0: 0–1 (w 2), 1–2 (w 1)     inside koker 1: 3–4 (w 5)
//   between:        0–3 (w 3), 2–4 (w 1)     skipped (speler 5): 4–5, 0–5
const graph = undirectedGraph(6, [
  [0, 1, 2],
  [1, 2, 1],
  [0, 3, 3],
  [2, 4, 1],
  [3, 4, 5],
  [4, 5, 1],
  [0, 5, 1],
]);
const groupOf = Int32Array.from([0, 0, 0, 1, 1, -1]);

describe('eiIndex', () => {
  it('counts ties inside and between kokers, skipping spelers without one', () => {
    const result = eiIndex(graph, groupOf, 2);
    expect(result.internal).toBe(3);
    expect(result.external).toBe(2);
    expect(result.index).toBeCloseTo(-0.2, 15);
    expect(result.crossShare).toBeCloseTo(0.4, 15);
    expect(result.perGroup[0]).toEqual({ internal: 2, external: 2, index: 0 });
    expect(result.perGroup[1]?.internal).toBe(1);
    expect(result.perGroup[1]?.external).toBe(2);
    expect(result.perGroup[1]?.index).toBeCloseTo(1 / 3, 15);
  });

  it('sums weights when asked', () => {
    const result = eiIndex(graph, groupOf, 2, { weighted: true });
    expect(result.internal).toBe(8);
    expect(result.external).toBe(4);
    expect(result.index).toBeCloseTo(-1 / 3, 15);
    expect(result.crossShare).toBeCloseTo(1 / 3, 15);
    expect(result.perGroup[0]?.index).toBeCloseTo((4 - 3) / 7, 15);
    expect(result.perGroup[1]?.index).toBeCloseTo((4 - 5) / 9, 15);
  });

  it('counts a pair once however many relaties it carries', () => {
    const doubled = compactGraph(2, [
      { source: 0, target: 1, weight: 1, directed: true },
      { source: 1, target: 0, weight: 2, directed: true },
      { source: 0, target: 1, weight: 1, directed: false },
    ]);
    const result = eiIndex(doubled, Int32Array.from([0, 1]), 2);
    expect(result.external).toBe(1);
    expect(result.index).toBe(1);
    expect(eiIndex(doubled, Int32Array.from([0, 1]), 2, { weighted: true }).external).toBe(4);
  });

  it('is −1 for closed kokers and +1 when all ties cross', () => {
    const twoCliques = undirectedGraph(4, [
      [0, 1],
      [2, 3],
    ]);
    expect(eiIndex(twoCliques, Int32Array.from([0, 0, 1, 1]), 2).index).toBe(-1);
    expect(eiIndex(twoCliques, Int32Array.from([0, 1, 0, 1]), 2).index).toBe(1);
  });

  it('is NaN where no tie counts', () => {
    const result = eiIndex(graph, Int32Array.from([0, -1, -1, -1, 1, -1]), 3);
    expect(result.internal + result.external).toBe(0);
    expect(result.index).toBeNaN();
    expect(result.crossShare).toBeNaN();
    expect(result.perGroup).toHaveLength(3);
    expect(result.perGroup[2]?.index).toBeNaN();
    expect(eiIndex(undirectedGraph(3, []), Int32Array.from([0, 0, 1]), 2).index).toBeNaN();
  });

  it('rejects a grouping that does not fit the graph', () => {
    expect(() => eiIndex(graph, Int32Array.from([0, 1]), 2)).toThrow(RangeError);
    expect(() => eiIndex(graph, Int32Array.from([0, 0, 0, 2, 1, -1]), 2)).toThrow(/below 2/);
  });
});
