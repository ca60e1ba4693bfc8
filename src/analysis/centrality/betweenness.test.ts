/**
 * Exact betweenness against graphology-metrics (normalised, unweighted) on seeded random graphs and the
 * Krackhardt kite's published values; sampled betweenness against its own error bound (conventions.md §7).
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { type CompactGraph, undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { BETWEENNESS_DEFAULTS, betweenness, inferBetweennessOptions } from './betweenness.ts';

// graphology-metrics is CommonJS (`module.exports = fn`) with an ES-style `export default` in its .d.ts;
// under NodeNext the default import is that function at run time but typed as the module object.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

/** Seeded G(n, p), sometimes split in two components, as a compact graph and a graphology graph. */
function randomCase(seed: number, minimum = 3) {
  const rng = seededRng(seed);
  const n = minimum + Math.floor(rng() * 120);
  const p = 0.01 + rng() * 0.25;
  const split = rng() < 0.3 ? Math.floor(n / 2) : n;
  const edges: number[][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (i < split === j < split && rng() < p) edges.push([i, j]);
  const reference = new UndirectedGraph();
  for (let i = 0; i < n; i++) reference.addNode(String(i));
  for (const [u, v] of edges) reference.addEdge(String(u), String(v));
  return { graph: undirectedGraph(n, edges), reference };
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  return worst;
}

/** Krackhardt's kite in NetworkX's node order (Andre, Beverly, Carol, Diane, Ed, Fernando, Garth, …). */
const KITE = undirectedGraph(10, [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 5],
  [1, 3],
  [1, 4],
  [1, 6],
  [2, 3],
  [2, 5],
  [3, 4],
  [3, 5],
  [3, 6],
  [4, 6],
  [5, 6],
  [5, 7],
  [6, 7],
  [7, 8],
  [8, 9],
]);

describe('betweenness (exact)', () => {
  it('matches graphology-metrics betweennessCentrality (normalised) on seeded random graphs', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { graph, reference } = randomCase(seed);
      const expected = betweennessCentrality(reference, { normalized: true, getEdgeWeight: null });
      const result = betweenness(graph, { mode: 'exact' });
      expect(result.exact).toBe(true);
      expect(
        maxDifference(
          result.values,
          reference.mapNodes((node) => expected[node] as number),
        ),
      ).toBeLessThan(1e-12);
    }
  });

  it("gives the Krackhardt kite's published values", () => {
    // Unnormalised values from Krackhardt (1990) / NetworkX's test suite, divided by (n−1)(n−2)/2 = 36.
    const published = [5 / 6, 5 / 6, 0, 11 / 3, 0, 25 / 3, 25 / 3, 14, 8, 0].map((value) => value / 36);
    expect(maxDifference(betweenness(KITE).values, published)).toBeLessThan(1e-12);
  });

  it('counts only pairs that are connected in a disconnected graph', () => {
    // Two paths a–b–c and d–e–f: each middle node lies on one of the 10 pairs (normalisation n = 6).
    const values = betweenness(
      undirectedGraph(6, [
        [0, 1],
        [1, 2],
        [3, 4],
        [4, 5],
      ]),
    ).values;
    expect(Array.from(values)).toEqual([0, 0.1, 0, 0, 0.1, 0]);
  });

  it('is all zero for n = 0, 1, 2', () => {
    expect(betweenness(undirectedGraph(0, [])).values.length).toBe(0);
    expect(Array.from(betweenness(undirectedGraph(1, [])).values)).toEqual([0]);
    expect(Array.from(betweenness(undirectedGraph(2, [[0, 1]])).values)).toEqual([0, 0]);
  });
});

describe('betweenness (sampled)', () => {
  const sampled = (graph: CompactGraph, seed: number, samples: number) =>
    betweenness(graph, { mode: 'sampled', samples, rng: seededRng(seed) });

  it('gives the same values for the same seed', () => {
    const { graph } = randomCase(5, 60);
    expect(Array.from(sampled(graph, 9, 20).values)).toEqual(Array.from(sampled(graph, 9, 20).values));
    expect(Array.from(sampled(graph, 9, 20).values)).not.toEqual(Array.from(sampled(graph, 10, 20).values));
  });

  it('stays within its error bound', () => {
    for (const seed of [2, 8, 13, 21, 34]) {
      const { graph } = randomCase(seed, 80);
      const exact = betweenness(graph, { mode: 'exact' }).values;
      for (const samples of [10, 40]) {
        const result = sampled(graph, seed, samples);
        expect(result.exact).toBe(false);
        expect(result.samples).toBe(samples);
        expect(result.confidence).toBe(BETWEENNESS_DEFAULTS.confidence);
        // ε = n/(n−1) · sqrt((1 − (k−1)/n) · ln(2n/δ) / 2k), see the header.
        const n = graph.order;
        const bound =
          (n / (n - 1)) * Math.sqrt(((1 - (samples - 1) / n) * Math.log((2 * n) / 0.05)) / (2 * samples));
        expect(result.errorBound).toBeCloseTo(bound, 12);
        expect(maxDifference(result.values, exact)).toBeLessThanOrEqual(bound);
      }
    }
  });

  it('is unbiased: the mean over many seeds approaches the exact values', () => {
    const { graph } = randomCase(3, 40);
    const exact = betweenness(graph, { mode: 'exact' }).values;
    const mean = new Float64Array(graph.order);
    const runs = 400;
    for (let seed = 0; seed < runs; seed++) {
      const values = sampled(graph, seed, 8).values;
      for (let v = 0; v < graph.order; v++) mean[v] = (mean[v] as number) + (values[v] as number) / runs;
    }
    expect(maxDifference(mean, exact)).toBeLessThan(0.02);
  });

  it('with all n pivots equals the exact computation', () => {
    const { graph } = randomCase(17, 30);
    const exact = betweenness(graph, { mode: 'exact' });
    const all = sampled(graph, 1, graph.order);
    expect(all.exact).toBe(true);
    expect(all.errorBound).toBeNull();
    expect(Array.from(all.values)).toEqual(Array.from(exact.values));
    expect(sampled(graph, 1, 10 * graph.order).samples).toBe(graph.order);
  });

  it('requires an rng when it samples, and checks its settings', () => {
    const { graph } = randomCase(1, 10);
    expect(() => betweenness(graph, { mode: 'sampled' })).toThrow(/invalid `rng`/);
    expect(() => betweenness(graph, { mode: 'auto', maxExactWork: 0 })).toThrow(/invalid `rng`/);
    expect(betweenness(graph, { mode: 'auto' }).exact).toBe(true);
    expect(() => betweenness(graph, { samples: 0 })).toThrow(/invalid `samples`/);
    expect(() => betweenness(graph, { confidence: 1 })).toThrow(/invalid `confidence`/);
    expect(() => betweenness(graph, { mode: 'fast' as 'auto' })).toThrow(/invalid `mode`/);
  });
});

describe('inferBetweennessOptions', () => {
  it('stays exact within the work budget and samples what the budget pays for above it', () => {
    expect(inferBetweennessOptions(2_000, 40_000).mode).toBe('exact');
    const large = inferBetweennessOptions(10_000, 200_000);
    expect(large.mode).toBe('sampled');
    expect(large.samples).toBe(5_000);
    const huge = inferBetweennessOptions(1_000_000, 20_000_000);
    expect(huge.samples).toBe(BETWEENNESS_DEFAULTS.samples);
  });
});
