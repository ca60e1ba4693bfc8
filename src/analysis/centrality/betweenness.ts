/**
 * Betweenness: how much of the map's shortest collaboration routes run through a speler — the classic
 * measure of a broker who holds kokers together (or a bottleneck everything waits on).
 *
 * Definition: b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st over unordered pairs, on the unweighted undirected
 * layer, normalised by (n − 1)(n − 2) / 2 as NetworkX `betweenness_centrality(G, normalized=True)` and
 * graphology-metrics do (0 when n ≤ 2). In terms of Brandes' dependency δ_s(v), b(v) = Σ_s δ_s(v) /
 * ((n − 1)(n − 2)), because the sum over all sources counts each pair from both ends.
 *
 * Exact mode runs `pathSweep` from every node: O(n·m) time, O(n) memory (U. Brandes 2001, see
 * path-sweep.ts). Sampled mode is Brandes & Pich, "Centrality estimation in large networks", Int. J.
 * Bifurcation and Chaos 17(7), 2007: k pivots drawn uniformly without replacement with the injected rng,
 * b̂(v) = (n / k) Σ_{s ∈ pivots} δ_s(v) / ((n − 1)(n − 2)); O(k·m).
 *
 * Error bound in sampled mode, with δ = 1 − confidence. For a uniform pivot s put X_s(v) = n δ_s(v) /
 * ((n − 1)(n − 2)); E[X_s(v)] = b(v) and b̂(v) is the mean of k such draws. δ_s(v) ≤ n − 2 (each target
 * t ∉ {s, v} adds at most 1; δ_v(v) = 0), so X_s(v) ∈ [0, R] with R = n / (n − 1) — slightly more than 1,
 * which is why R appears below. For sampling without replacement Serfling's inequality (Serfling 1974,
 * "Probability inequalities for the sum in sampling without replacement", Ann. Statist. 2(1)) sharpens
 * Hoeffding's: P(|b̂(v) − b(v)| ≥ ε) ≤ 2 exp(−2kε² / ((1 − (k − 1)/n) R²)); a union bound over the n
 * nodes makes it simultaneous, so with probability at least `confidence` every value is within
 * ε = R · sqrt((1 − (k − 1)/n) · ln(2n / δ) / (2k)). That is `errorBound` (`samplingErrorBound`). It is a worst-case guarantee and loose: on
 * seeded random graphs of 300–2,000 nodes the largest observed error was 20–70× smaller, while ε itself
 * (≈ 0.15 at 256 pivots) exceeds most normalised values, so it bounds the error but says little about
 * the ranking. A variance-aware bound (Bernstein, or Riondato & Kornaropoulos' VC bound) would be tighter.
 *
 * Tests compare exact values with graphology-metrics' `betweennessCentrality` on seeded random graphs and
 * with the Krackhardt kite's published values; reference.test.ts holds them to NetworkX 2.8.8 and
 * python-igraph 0.10.2.
 */
import type { CompactGraph } from '../compact-graph.ts';
import { type Rng, shuffledIndices } from '../rng.ts';
import { pathSweep } from './path-sweep.ts';

export const BETWEENNESS_MODES = ['auto', 'exact', 'sampled'] as const;
export type BetweennessMode = (typeof BETWEENNESS_MODES)[number];

export interface BetweennessOptions {
  /** `auto`: exact while n × arcs ≤ `maxExactWork`, sampled above. */
  mode?: BetweennessMode;
  /** Number of pivots in sampled mode (clamped to n; n pivots is the exact computation). */
  samples?: number;
  /** Largest n × (adjacency entries) computed exactly in `auto` mode. */
  maxExactWork?: number;
  /** Required whenever the computation samples; draws the pivots. */
  rng?: Rng;
  /** Probability with which `errorBound` holds for all nodes at once. */
  confidence?: number;
}

export interface BetweennessResult {
  /** Normalised betweenness per node (NetworkX `normalized=True`). */
  values: Float64Array;
  exact: boolean;
  /** Number of sources the sweep ran from (n when exact). */
  samples: number;
  /** Max |estimate − exact| guaranteed with probability `confidence`; null when exact. */
  errorBound: number | null;
  /** 1 when exact. */
  confidence: number;
}

/**
 * `maxExactWork` = 1e9: the all-sources sweep costs roughly 4–9 ns × n × arcs in V8 (measured on seeded
 * random graphs on a 2.4 GHz VM core: 2,000 nodes / 40,000 arcs = 8e7 in ~0.3 s; 10,000 / 200,000 = 2e9
 * in 12–18 s), so 1e9 caps an exact diagnosis at several seconds in the worker, and every realistic
 * gemeente map stays exact (7,000 spelers with 10 ties each is 4.9e8). Above it, sampling keeps the cost
 * at the same budget (`inferBetweennessOptions`). 256 pivots give ε ≈ 0.16 at n = 10,000 and 95 %.
 */
export const BETWEENNESS_DEFAULTS = {
  mode: 'auto',
  samples: 256,
  maxExactWork: 1e9,
  confidence: 0.95,
} as const satisfies Required<Omit<BetweennessOptions, 'rng'>>;

export interface InferredBetweennessOptions {
  mode: 'exact' | 'sampled';
  samples: number;
  maxExactWork: number;
  confidence: number;
}

/**
 * Sane settings for a map of `order` nodes and `arcCount` adjacency entries (2 × undirected ties, what the
 * sweep walks; the directed arc count is a fine proxy): exact within the work budget, otherwise as many
 * pivots as the same budget pays for, never fewer than the default.
 */
export function inferBetweennessOptions(order: number, arcCount: number): InferredBetweennessOptions {
  const { maxExactWork, confidence } = BETWEENNESS_DEFAULTS;
  if (order * arcCount <= maxExactWork) return { mode: 'exact', samples: order, maxExactWork, confidence };
  const affordable = Math.floor(maxExactWork / Math.max(1, arcCount));
  const samples = Math.min(order, Math.max(BETWEENNESS_DEFAULTS.samples, affordable));
  return { mode: 'sampled', samples, maxExactWork, confidence };
}

export function betweenness(graph: CompactGraph, options: BetweennessOptions = {}): BetweennessResult {
  const settings = resolve(options);
  const n = graph.order;
  const sampled =
    settings.mode === 'sampled' ||
    (settings.mode === 'auto' && n * graph.neighbours.length > settings.maxExactWork);
  if (sampled && options.rng === undefined)
    throw new TypeError(
      'invalid `rng`: expecting a seeded random number generator (e.g. seededRng(seed)) when betweenness is sampled',
    );
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const k = Math.min(settings.samples, n);
  if (!sampled || k === n) {
    const sweep = pathSweep(graph);
    return {
      values: scaled(sweep.dependency, scale),
      exact: true,
      samples: n,
      errorBound: null,
      confidence: 1,
    };
  }
  // Sampling without replacement: the first k of a uniform random permutation.
  const pivots = shuffledIndices(n, options.rng as Rng).slice(0, k);
  const sweep = pathSweep(graph, pivots);
  const errorBound = samplingErrorBound(n, k, settings.confidence);
  return {
    values: scaled(sweep.dependency, (scale * n) / k),
    exact: false,
    samples: k,
    errorBound,
    confidence: settings.confidence,
  };
}

/**
 * The simultaneous error bound of a k-pivot estimate on n nodes (see the header): Hoeffding with
 * Serfling's (1974) finite-population factor 1 − (k − 1)/n, since pivots are drawn without replacement —
 * half the pivots of a map halve the variance term — and a union bound over the n nodes.
 */
export function samplingErrorBound(n: number, k: number, confidence: number): number {
  if (k >= n) return 0;
  const range = n / (n - 1);
  const finitePopulation = 1 - (k - 1) / n;
  return range * Math.sqrt((finitePopulation * Math.log((2 * n) / (1 - confidence))) / (2 * k));
}

function scaled(values: Float64Array, factor: number): Float64Array {
  const result = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) result[i] = (values[i] as number) * factor;
  return result;
}

/** Defaults filled in (an explicit `undefined` counts as absent) and every setting checked. */
function resolve(options: BetweennessOptions): Required<Omit<BetweennessOptions, 'rng'>> {
  const settings = {
    mode: options.mode ?? BETWEENNESS_DEFAULTS.mode,
    samples: options.samples ?? BETWEENNESS_DEFAULTS.samples,
    maxExactWork: options.maxExactWork ?? BETWEENNESS_DEFAULTS.maxExactWork,
    confidence: options.confidence ?? BETWEENNESS_DEFAULTS.confidence,
  };
  if (!BETWEENNESS_MODES.includes(settings.mode))
    throw new RangeError(`invalid \`mode\` ${String(settings.mode)}: expecting auto, exact or sampled`);
  if (!(Number.isInteger(settings.samples) && settings.samples >= 1))
    throw new RangeError(`invalid \`samples\` ${settings.samples}: expecting an integer of at least 1`);
  if (!(settings.maxExactWork >= 0))
    throw new RangeError(`invalid \`maxExactWork\` ${settings.maxExactWork}: expecting a number ≥ 0`);
  if (!(settings.confidence > 0 && settings.confidence < 1))
    throw new RangeError(`invalid \`confidence\` ${settings.confidence}: expecting a number between 0 and 1`);
  return settings;
}
