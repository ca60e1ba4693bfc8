/**
 * The sparse O(n + m) modularity checked against the dense O(n²) double sum of its definition on seeded
 * random graphs (conventions.md §7), and against values stored from NetworkX and igraph on named graphs.
 */
import { describe, expect, it } from 'vitest';
import { type CompactGraph, undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { modularity } from './modularity.ts';

/** Zachary's karate club with the interaction counts NetworkX 2.8 ships as `weight`. */
const KARATE =
  '0-1:4 0-2:5 0-3:3 0-4:3 0-5:3 0-6:3 0-7:2 0-8:2 0-10:2 0-11:3 0-12:1 0-13:3 0-17:2 0-19:2 0-21:2 0-31:2 ' +
  '1-2:6 1-3:3 1-7:4 1-13:5 1-17:1 1-19:2 1-21:2 1-30:2 2-3:3 2-7:4 2-8:5 2-9:1 2-13:3 2-27:2 2-28:2 2-32:2 ' +
  '3-7:3 3-12:3 3-13:3 4-6:2 4-10:3 5-6:5 5-10:3 5-16:3 6-16:3 8-30:3 8-32:3 8-33:4 9-33:2 13-33:3 14-32:3 ' +
  '14-33:2 15-32:3 15-33:4 18-32:1 18-33:2 19-33:1 20-32:3 20-33:1 22-32:2 22-33:3 23-25:5 23-27:4 23-29:3 ' +
  '23-32:5 23-33:4 24-25:2 24-27:3 24-31:2 25-31:7 26-29:4 26-33:2 27-33:4 28-31:2 28-33:2 29-32:4 29-33:2 ' +
  '30-32:3 30-33:3 31-32:4 31-33:4 32-33:5';
/** The club each member joined after the split (NetworkX node attribute `club`: Mr. Hi = 0, Officer = 1). */
const KARATE_CLUB = Int32Array.from([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
]);
/** Padgett's Florentine marriages, nodes in NetworkX order (Acciaiuoli, Medici, Castellani, …). */
const FLORENTINE =
  '0-1 1-5 1-6 1-7 1-8 1-9 2-3 2-4 2-5 3-4 3-11 4-6 4-11 6-7 7-12 8-13 8-12 9-10 11-12 12-14';

function parseEdges(text: string): number[][] {
  return text.split(' ').map((token) => {
    const [pair, weight] = token.split(':');
    const [u, v] = (pair as string).split('-').map(Number);
    return [u as number, v as number, weight === undefined ? 1 : Number(weight)];
  });
}

/** The definition itself: Q = 1/2m Σ_ij (A_ij − γ k_i k_j / 2m) δ(c_i, c_j), −1 = own block. */
function denseModularity(graph: CompactGraph, partition: Int32Array, resolution: number, weighted: boolean) {
  const n = graph.order;
  const adjacency = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = graph.offsets[i] as number; k < (graph.offsets[i + 1] as number); k++)
      adjacency[i * n + (graph.neighbours[k] as number)] = weighted ? (graph.weights[k] as number) : 1;
  const strength = new Float64Array(n);
  let twoM = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      strength[i] = (strength[i] as number) + (adjacency[i * n + j] as number);
      twoM += adjacency[i * n + j] as number;
    }
  let sum = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const same = i === j || (partition[i] !== -1 && partition[i] === partition[j]);
      if (same)
        sum +=
          (adjacency[i * n + j] as number) -
          (resolution * (strength[i] as number) * (strength[j] as number)) / twoM;
    }
  return sum / twoM;
}

function randomCase(seed: number) {
  const rng = seededRng(seed);
  const n = 5 + Math.floor(rng() * 60);
  const density = 0.02 + rng() * 0.3;
  const edges: number[][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (rng() < density) edges.push([i, j, 1 + Math.floor(rng() * 9) / 2]);
  const blocks = 1 + Math.floor(rng() * 8);
  const partition = Int32Array.from({ length: n }, () => (rng() < 0.1 ? -1 : Math.floor(rng() * blocks)));
  return { graph: undirectedGraph(n, edges), partition };
}

describe('modularity', () => {
  it('equals the dense O(n²) definition on seeded random graphs', () => {
    let checked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { graph, partition } = randomCase(seed);
      if (graph.edgeCount === 0) continue;
      for (const weighted of [true, false])
        for (const resolution of [1, 0.5, 1.7]) {
          expect(modularity(graph, partition, { weighted, resolution })).toBeCloseTo(
            denseModularity(graph, partition, resolution, weighted),
            12,
          );
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(300);
  });

  // Stored with networkx 2.8.8 `nx.community.modularity(G, communities, weight='weight' | None,
  // resolution=γ)` and python-igraph 0.10.2 `igraph.GraphBase.modularity(g, membership, weights, γ)` (the
  // 0.10.2 `Graph.modularity` wrapper ignores `resolution`); both agreed to 1e-16. Ungrouped nodes were
  // passed as singleton communities.
  const karate = undirectedGraph(34, parseEdges(KARATE));
  it.each([
    ['karate, clubs, weighted', KARATE_CLUB, { weighted: true }, 0.39143756676224206],
    ['karate, clubs, unweighted', KARATE_CLUB, { weighted: false }, 0.3582347140039448],
    ['karate, clubs, γ = 0.5', KARATE_CLUB, { resolution: 0.5 }, 0.6416062292685669],
    ['karate, clubs, γ = 2', KARATE_CLUB, { resolution: 2 }, -0.10889975825040765],
    [
      'karate, clubs, members 0–4 ungrouped',
      KARATE_CLUB.map((club, i) => (i < 5 ? -1 : club)),
      {},
      0.18356102771687186,
    ],
  ] as const)('matches NetworkX and igraph on %s', (_, partition, options, expected) => {
    expect(modularity(karate, partition, options)).toBeCloseTo(expected, 12);
  });

  it('matches NetworkX and igraph on the Florentine families', () => {
    const graph = undirectedGraph(15, parseEdges(FLORENTINE));
    const partition = Int32Array.from([0, 0, 1, 1, 1, 1, 0, 0, 2, 2, 2, 1, 2, 2, 2]);
    expect(modularity(graph, partition)).toBeCloseTo(0.36375, 12);
  });

  it('is 0 for one block and negative for all singletons', () => {
    expect(modularity(karate, new Int32Array(34))).toBeCloseTo(0, 15);
    expect(modularity(karate, new Int32Array(34).fill(-1))).toBeLessThan(0);
  });

  it('is NaN on a map without ties', () => {
    expect(modularity(undirectedGraph(4, []), Int32Array.from([0, 0, 1, 1]))).toBeNaN();
  });

  it('rejects a partition of the wrong length', () => {
    expect(() => modularity(karate, new Int32Array(3))).toThrow(RangeError);
  });
});
