/**
 * Harmonic closeness on graphs whose values can be counted by hand (path, star, disconnected) and
 * against graphology-shortest-path's BFS on seeded random graphs (conventions.md §7).
 */
import { UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { harmonicCloseness } from './closeness.ts';

describe('harmonicCloseness', () => {
  it('counts a path 0–1–2–3 by hand', () => {
    const values = harmonicCloseness(
      undirectedGraph(4, [
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
    );
    const end = (1 + 1 / 2 + 1 / 3) / 3;
    const inner = (1 + 1 + 1 / 2) / 3;
    expect(Array.from(values)).toEqual([end, inner, inner, end]);
  });

  it('gives a star centre 1 and each leaf (1 + (n − 2)/2) / (n − 1)', () => {
    const values = harmonicCloseness(
      undirectedGraph(5, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    expect(values[0]).toBe(1);
    for (let leaf = 1; leaf < 5; leaf++) expect(values[leaf]).toBeCloseTo((1 + 3 / 2) / 4, 15);
  });

  it('lets unreachable spelers add 0 instead of breaking the measure', () => {
    // Edge 0–1 plus isolated 2: each end reaches one node at distance 1 out of n − 1 = 2.
    expect(Array.from(harmonicCloseness(undirectedGraph(3, [[0, 1]])))).toEqual([0.5, 0.5, 0]);
  });

  it('is empty or zero for n ≤ 1', () => {
    expect(harmonicCloseness(undirectedGraph(0, [])).length).toBe(0);
    expect(Array.from(harmonicCloseness(undirectedGraph(1, [])))).toEqual([0]);
  });

  it('equals Σ 1/d from a plain BFS, divided by n − 1, on seeded random graphs', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const rng = seededRng(seed);
      const n = 2 + Math.floor(rng() * 70);
      const p = rng() * 0.15;
      const edges: number[][] = [];
      const reference = new UndirectedGraph();
      for (let i = 0; i < n; i++) reference.addNode(String(i));
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (rng() < p) {
            edges.push([i, j]);
            reference.addEdge(String(i), String(j));
          }
      const values = harmonicCloseness(undirectedGraph(n, edges));
      reference.forEachNode((node) => {
        let sum = 0;
        for (const [target, distance] of Object.entries(singleSourceLength(reference, node)))
          if (target !== node) sum += 1 / distance;
        expect(values[Number(node)]).toBeCloseTo(sum / (n - 1), 12);
      });
    }
  });
});
