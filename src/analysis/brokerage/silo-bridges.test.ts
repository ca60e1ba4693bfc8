import { describe, expect, it } from 'vitest';
import { undirectedGraph } from '../compact-graph.ts';
import { siloBridges } from './silo-bridges.ts';

describe('siloBridges', () => {
  it('counts cross ties, kokers reached and sole links', () => {
    // Koker 0: {0, 1}; koker 1: {2, 3}; koker 2: {4}. 1–2 is the only tie between kokers 0 and 1;
    // kokers 1 and 2 are tied twice (2–4, 3–4), so neither 2 nor 3 is a sole link there — but 4 is.
    const graph = undirectedGraph(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [2, 4],
      [3, 4],
    ]);
    const result = siloBridges(graph, Int32Array.from([0, 0, 1, 1, 2]), 3);
    expect(Array.from(result.crossTies)).toEqual([0, 1, 2, 1, 2]);
    expect(Array.from(result.kokersReached)).toEqual([0, 1, 2, 1, 1]);
    expect(Array.from(result.soleLinks)).toEqual([0, 1, 1, 0, 1]);
    expect(result.totalCrossTies).toBe(3);
  });
});
