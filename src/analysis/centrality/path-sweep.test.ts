/**
 * The direction-optimising sweep checked against reference code (conventions.md §7): graphology-metrics'
 * Brandes for the dependencies and graphology-shortest-path's BFS for distances, on seeded random graphs
 * chosen to exercise every branch (sparse and disconnected, dense — bottom-up steps and push steps —,
 * trees and cycles with long paths), plus hand-counted small graphs.
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { type CompactGraph, undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { addPathSweeps, pathSweep, pathSweepRange } from './path-sweep.ts';

// graphology-metrics is CommonJS (`module.exports = fn`) with an ES-style `export default` in its .d.ts;
// under NodeNext the default import is that function at run time but typed as the module object.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

interface Case {
  graph: CompactGraph;
  reference: UndirectedGraph;
}

/** G(n, p) plus optionally a long path appended, as a compact graph and a graphology graph. */
function randomCase(seed: number): Case {
  const rng = seededRng(seed);
  const n = 1 + Math.floor(rng() * 90);
  const p = rng() < 0.4 ? rng() * 0.06 : rng() * 0.5;
  const edges: number[][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < p) edges.push([i, j]);
  if (rng() < 0.3) for (let i = 1; i < Math.min(n, 15); i++) edges.push([i - 1, i]);
  return build(n, edges);
}

function build(n: number, edges: number[][]): Case {
  const reference = new UndirectedGraph();
  for (let i = 0; i < n; i++) reference.addNode(String(i));
  for (const [u, v] of edges) reference.mergeEdge(String(u), String(v));
  return { graph: undirectedGraph(n, edges), reference };
}

/** Harmonic sums and path-length totals from graphology's BFS. */
function bfsFigures(reference: UndirectedGraph) {
  const harmonic: number[] = [];
  let distanceSum = 0;
  let reachedPairs = 0;
  reference.forEachNode((source) => {
    let sum = 0;
    for (const [target, distance] of Object.entries(singleSourceLength(reference, source))) {
      if (target === source) continue;
      sum += 1 / distance;
      distanceSum += distance;
      reachedPairs++;
    }
    harmonic.push(sum);
  });
  return { harmonic, distanceSum, reachedPairs };
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, label: string) {
  expect(actual.length, label).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] as number;
    expect(Math.abs((actual[i] as number) - want), `${label} [${i}]`).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(want)),
    );
  }
}

describe('pathSweep', () => {
  it('gives dependency = 2 × graphology unnormalised betweenness on seeded random graphs', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const { graph, reference } = randomCase(seed);
      const expected = betweennessCentrality(reference, { normalized: false, getEdgeWeight: null });
      const sweep = pathSweep(graph);
      expectClose(
        sweep.dependency,
        reference.mapNodes((node) => 2 * (expected[node] as number)),
        `seed ${seed}`,
      );
    }
  });

  it('gives harmonic sums, distance total and pair count equal to a plain BFS', () => {
    for (let seed = 200; seed <= 260; seed++) {
      const { graph, reference } = randomCase(seed);
      const expected = bfsFigures(reference);
      const sweep = pathSweep(graph);
      expectClose(sweep.harmonic, expected.harmonic, `seed ${seed}`);
      expect(sweep.distanceSum).toBe(expected.distanceSum);
      expect(sweep.reachedPairs).toBe(expected.reachedPairs);
    }
  });

  it('counts the path 0–1–2–3 by hand', () => {
    const sweep = pathSweep(
      undirectedGraph(4, [
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
    );
    // Node 1 lies on 0–2 and 0–3, each seen from both ends: 4.
    expect(Array.from(sweep.dependency)).toEqual([0, 4, 4, 0]);
    expect(Array.from(sweep.harmonic)).toEqual([1 + 1 / 2 + 1 / 3, 2.5, 2.5, 1 + 1 / 2 + 1 / 3]);
    expect(sweep.distanceSum).toBe(2 * (1 + 2 + 3 + 1 + 2 + 1));
    expect(sweep.reachedPairs).toBe(12);
  });

  it('splits shortest paths evenly over a 4-cycle and a diamond', () => {
    // 4-cycle: 0 and 2 are joined by two paths, via 1 and via 3; each carries half of 0–2, both ways.
    expect(
      Array.from(
        pathSweep(
          undirectedGraph(4, [
            [0, 1],
            [1, 2],
            [2, 3],
            [3, 0],
          ]),
        ).dependency,
      ),
    ).toEqual([1, 1, 1, 1]);
    // Diamond 0–{1,2}–3 plus the tail 3–4. 1 and 2 share (0,3) and (0,4): ½ + ½ each, both ways = 2.
    // 0 and 3 share (1,2): ½ each way = 1; 3 also carries (0,4), (1,4), (2,4) whole: 1 + 6 = 7.
    const diamond = pathSweep(
      undirectedGraph(5, [
        [0, 1],
        [0, 2],
        [1, 3],
        [2, 3],
        [3, 4],
      ]),
    );
    expect(Array.from(diamond.dependency)).toEqual([1, 2, 2, 7, 0]);
  });

  it('handles empty, single-node and edgeless graphs', () => {
    const empty = pathSweep(undirectedGraph(0, []));
    expect(empty.dependency.length).toBe(0);
    expect(empty.reachedPairs).toBe(0);
    const isolated = pathSweep(undirectedGraph(3, []));
    expect(Array.from(isolated.dependency)).toEqual([0, 0, 0]);
    expect(Array.from(isolated.harmonic)).toEqual([0, 0, 0]);
    expect(isolated.distanceSum).toBe(0);
  });

  it('runs from given sources only', () => {
    const { graph, reference } = randomCase(7);
    const sources = Int32Array.from([0, Math.floor(graph.order / 2), graph.order - 1]);
    const sweep = pathSweep(graph, sources);
    const all = bfsFigures(reference);
    for (let v = 0; v < graph.order; v++) {
      const expected = sources.includes(v) ? (all.harmonic[v] as number) : 0;
      expect(sweep.harmonic[v]).toBeCloseTo(expected, 12);
    }
  });

  it('adds up over split source ranges to the whole sweep', () => {
    for (const seed of [3, 11, 42]) {
      const { graph } = randomCase(seed);
      const sources = Int32Array.from({ length: graph.order }, (_, i) => i);
      const middle = graph.order >> 1;
      const whole = pathSweep(graph);
      const parts = addPathSweeps([
        pathSweepRange(graph, sources, 0, middle),
        pathSweepRange(graph, sources, middle, graph.order),
      ]);
      expectClose(parts.dependency, whole.dependency, `seed ${seed} dependency`);
      expectClose(parts.harmonic, whole.harmonic, `seed ${seed} harmonic`);
      expect(parts.distanceSum).toBe(whole.distanceSum);
      expect(parts.reachedPairs).toBe(whole.reachedPairs);
    }
  });

  it('rejects sources and ranges outside the graph', () => {
    const graph = undirectedGraph(3, [[0, 1]]);
    expect(() => pathSweep(graph, Int32Array.from([3]))).toThrow(/invalid source 3/);
    expect(() => pathSweepRange(graph, Int32Array.from([0, 1]), 1, 3)).toThrow(/invalid range/);
    expect(() => addPathSweeps([])).toThrow(/invalid `parts`/);
  });
});
