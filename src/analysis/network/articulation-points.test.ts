import { describe, expect, it } from 'vitest';
import { undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { articulationPoints } from './articulation-points.ts';
import { connectedComponents } from './components.ts';

/** Brute force: remove v, count what is cut off from the largest remaining piece of v's component. */
function bruteForce(order: number, edges: number[][]) {
  const graph = undirectedGraph(order, edges);
  const base = connectedComponents(graph);
  return Array.from({ length: order }, (_, v) => {
    const remaining = edges.filter(([a, b]) => a !== v && b !== v);
    const without = connectedComponents(undirectedGraph(order, remaining));
    const component = base.componentOf[v] as number;
    const pieces = new Map<number, number>();
    for (let u = 0; u < order; u++) {
      if (u === v || base.componentOf[u] !== component) continue;
      const piece = without.componentOf[u] as number;
      pieces.set(piece, (pieces.get(piece) ?? 0) + 1);
    }
    const sizes = [...pieces.values()];
    const total = sizes.reduce((a, b) => a + b, 0);
    return { cut: sizes.length > 1, separated: sizes.length > 1 ? total - Math.max(...sizes) : 0 };
  });
}

describe('articulationPoints', () => {
  it('finds the middle of a path and the centre of a star', () => {
    const path = articulationPoints(
      undirectedGraph(3, [
        [0, 1],
        [1, 2],
      ]),
    );
    expect(Array.from(path.isArticulation)).toEqual([0, 1, 0]);
    expect(path.separated[1]).toBe(1);
    const star = articulationPoints(
      undirectedGraph(5, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    expect(Array.from(star.isArticulation)).toEqual([1, 0, 0, 0, 0]);
    expect(star.separated[0]).toBe(3);
  });

  it('finds none in a cycle', () => {
    const cycle = articulationPoints(
      undirectedGraph(4, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ]),
    );
    expect(Array.from(cycle.isArticulation)).toEqual([0, 0, 0, 0]);
  });

  it('agrees with removing each node in turn on seeded random sparse graphs', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rng = seededRng(seed);
      const order = 30;
      const edges: number[][] = [];
      for (let k = 0; k < 34; k++) {
        const a = Math.floor(rng() * order);
        const b = Math.floor(rng() * order);
        if (a !== b) edges.push([a, b]);
      }
      const result = articulationPoints(undirectedGraph(order, edges));
      const expected = bruteForce(order, edges);
      expected.forEach((row, v) => {
        expect(result.isArticulation[v] === 1, `seed ${seed} node ${v}`).toBe(row.cut);
        expect(result.separated[v], `seed ${seed} node ${v}`).toBe(row.separated);
      });
    }
  });
});

describe('connectedComponents', () => {
  it('numbers components by size, largest first', () => {
    const result = connectedComponents(
      undirectedGraph(6, [
        [4, 5],
        [0, 1],
        [1, 2],
      ]),
    );
    expect(result.count).toBe(3);
    expect(Array.from(result.sizes)).toEqual([3, 2, 1]);
    expect(Array.from(result.componentOf)).toEqual([0, 0, 0, 2, 1, 1]);
  });
});
