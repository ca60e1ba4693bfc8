/** Degree and strength read off both layers of the compact graph, including merged parallel relaties. */
import { describe, expect, it } from 'vitest';
import { compactGraph } from '../compact-graph.ts';
import { degrees } from './degree.ts';

describe('degrees', () => {
  it('counts partners, distinct arcs and summed weights', () => {
    const graph = compactGraph(4, [
      { source: 0, target: 1, weight: 2, directed: true },
      { source: 0, target: 1, weight: 3, directed: true }, // parallel: merged into one arc of weight 5
      { source: 1, target: 2, weight: 1, directed: false }, // mutual: an arc each way
      { source: 2, target: 0, weight: 4, directed: true },
    ]);
    const result = degrees(graph);
    expect(Array.from(result.degree)).toEqual([2, 2, 2, 0]);
    expect(Array.from(result.outDegree)).toEqual([1, 1, 2, 0]);
    expect(Array.from(result.inDegree)).toEqual([1, 2, 1, 0]);
    expect(Array.from(result.strength)).toEqual([9, 6, 5, 0]);
    expect(Array.from(result.outStrength)).toEqual([5, 1, 5, 0]);
    expect(Array.from(result.inStrength)).toEqual([4, 6, 1, 0]);
  });

  it('returns empty arrays for an empty graph', () => {
    const result = degrees(compactGraph(0, []));
    expect(result.degree.length).toBe(0);
    expect(result.inStrength.length).toBe(0);
  });
});
