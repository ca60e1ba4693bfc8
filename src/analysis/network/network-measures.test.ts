import { describe, expect, it } from 'vitest';
import { compactGraph, undirectedGraph } from '../compact-graph.ts';
import { degreeCentralisation, density, reciprocity } from './network-measures.ts';

describe('network measures', () => {
  it('density of a triangle in four nodes is 3 of 6 pairs', () => {
    expect(
      density(
        undirectedGraph(4, [
          [0, 1],
          [1, 2],
          [0, 2],
        ]),
      ),
    ).toBe(0.5);
  });

  it('a star has centralisation 1, a cycle 0', () => {
    expect(
      degreeCentralisation(
        undirectedGraph(5, [
          [0, 1],
          [0, 2],
          [0, 3],
          [0, 4],
        ]),
      ),
    ).toBe(1);
    expect(
      degreeCentralisation(
        undirectedGraph(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ),
    ).toBe(0);
  });

  it('reciprocity counts arcs whose reverse exists, as NetworkX overall_reciprocity', () => {
    // 0→1, 1→0, 1→2: two of three arcs are reciprocated.
    const graph = compactGraph(3, [
      { source: 0, target: 1, weight: 1, directed: true },
      { source: 1, target: 0, weight: 1, directed: true },
      { source: 1, target: 2, weight: 1, directed: true },
    ]);
    expect(reciprocity(graph)).toBeCloseTo(2 / 3, 12);
    expect(reciprocity(undirectedGraph(2, []))).toBeNaN();
  });
});
