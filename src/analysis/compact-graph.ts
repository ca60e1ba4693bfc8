/**
 * The compact integer graph every analysis routine works on (conventions.md §1): spelers become indices 0..n-1
 * and the collaboration layer becomes CSR typed arrays, built once per snapshot. Routines return typed
 * arrays indexed like `ids`; ids are mapped back once, at the boundary (`toRecord`).
 *
 * Two views of the same collaboration ties are kept because the measures disagree about direction:
 * - the undirected simple graph (`offsets`/`neighbours`/`weights`): one entry per pair and side, weight =
 *   the sum of the strengths of all collaboration relaties between the two, in either direction. Paths,
 *   betweenness, closeness, constraint, clusters and modularity read this one, as the social-network
 *   literature does for "who works with whom".
 * - the directed arcs (`out*`, `in*`): a directed relatie gives one arc, a mutual type (werkt_samen) two;
 *   parallel arcs are merged, weights summed. In/out degree, reciprocity, PageRank and Gould–Fernandez
 *   brokerage read this one.
 *
 * Building is O(n + m) with two stable counting sorts (by target, then by source), so neighbour lists come
 * out sorted without a comparison sort — that matters at 500k relaties.
 */

export interface CompactGraph {
  /** Number of nodes. */
  readonly order: number;
  /** Number of undirected pairs with at least one tie. */
  readonly edgeCount: number;
  /** Sum of `weights` over pairs (each pair once). */
  readonly totalWeight: number;
  /** Undirected CSR: neighbours of i are `neighbours[offsets[i] .. offsets[i + 1])`, ascending. */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  /** Number of distinct directed arcs. */
  readonly arcCount: number;
  /** Directed CSR by source: targets of i, ascending, with summed weights. */
  readonly outOffsets: Int32Array;
  readonly outNeighbours: Int32Array;
  readonly outWeights: Float64Array;
  /** Directed CSR by target: sources of i, ascending, with summed weights. */
  readonly inOffsets: Int32Array;
  readonly inNeighbours: Int32Array;
  readonly inWeights: Float64Array;
}

/** One tie as the builder takes it; `directed: false` stands for both directions. */
export interface TieInput {
  source: number;
  target: number;
  weight: number;
  directed: boolean;
}

interface Csr {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

/**
 * Sorts arcs by (source, target) with two stable counting sorts and merges duplicates, summing weights.
 * Self-loops are dropped: nobody brokers between themselves and no measure here counts them.
 */
function buildCsr(order: number, sources: Int32Array, targets: Int32Array, weights: Float64Array): Csr {
  const count = sources.length;
  const byTarget = countingSort(order, targets, identityPermutation(count));
  const bySource = countingSort(order, sources, byTarget);
  const offsets = new Int32Array(order + 1);
  const neighbours = new Int32Array(count);
  const merged = new Float64Array(count);
  let size = 0;
  let previousSource = -1;
  let previousTarget = -1;
  for (let k = 0; k < count; k++) {
    const arc = bySource[k] as number;
    const s = sources[arc] as number;
    const t = targets[arc] as number;
    if (s === t) continue;
    if (s === previousSource && t === previousTarget) {
      merged[size - 1] = (merged[size - 1] as number) + (weights[arc] as number);
      continue;
    }
    neighbours[size] = t;
    merged[size] = weights[arc] as number;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    size++;
    previousSource = s;
    previousTarget = t;
  }
  for (let i = 0; i < order; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  return { offsets, neighbours: neighbours.slice(0, size), weights: merged.slice(0, size) };
}

function identityPermutation(count: number): Int32Array {
  const permutation = new Int32Array(count);
  for (let i = 0; i < count; i++) permutation[i] = i;
  return permutation;
}

/** Stable counting sort of `order` (a permutation of arc indices) by `keys[arc]`. */
function countingSort(buckets: number, keys: Int32Array, order: Int32Array): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (let k = 0; k < order.length; k++) {
    const key = keys[order[k] as number] as number;
    starts[key + 1] = (starts[key + 1] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const arc = order[k] as number;
    const key = keys[arc] as number;
    sorted[starts[key] as number] = arc;
    starts[key] = (starts[key] as number) + 1;
  }
  return sorted;
}

/** Builds the compact graph of `order` nodes from ties given by node index. */
export function compactGraph(order: number, ties: readonly TieInput[]): CompactGraph {
  let arcTotal = 0;
  for (const tie of ties) {
    if (!(tie.source >= 0 && tie.source < order && tie.target >= 0 && tie.target < order))
      throw new RangeError(
        `invalid tie ${tie.source} → ${tie.target}: expecting node indices below ${order}`,
      );
    if (!(tie.weight > 0)) throw new RangeError(`invalid weight ${tie.weight}: expecting a positive number`);
    arcTotal += tie.directed ? 1 : 2;
  }
  const pairSources = new Int32Array(2 * ties.length);
  const pairTargets = new Int32Array(2 * ties.length);
  const pairWeights = new Float64Array(2 * ties.length);
  const arcSources = new Int32Array(arcTotal);
  const arcTargets = new Int32Array(arcTotal);
  const arcWeights = new Float64Array(arcTotal);
  let arc = 0;
  ties.forEach((tie, k) => {
    pairSources[2 * k] = tie.source;
    pairTargets[2 * k] = tie.target;
    pairSources[2 * k + 1] = tie.target;
    pairTargets[2 * k + 1] = tie.source;
    pairWeights[2 * k] = tie.weight;
    pairWeights[2 * k + 1] = tie.weight;
    arcSources[arc] = tie.source;
    arcTargets[arc] = tie.target;
    arcWeights[arc++] = tie.weight;
    if (!tie.directed) {
      arcSources[arc] = tie.target;
      arcTargets[arc] = tie.source;
      arcWeights[arc++] = tie.weight;
    }
  });
  const undirected = buildCsr(order, pairSources, pairTargets, pairWeights);
  const out = buildCsr(order, arcSources, arcTargets, arcWeights);
  const into = buildCsr(order, arcTargets, arcSources, arcWeights);
  let totalWeight = 0;
  for (let k = 0; k < undirected.weights.length; k++) totalWeight += undirected.weights[k] as number;
  return {
    order,
    edgeCount: undirected.neighbours.length / 2,
    totalWeight: totalWeight / 2,
    offsets: undirected.offsets,
    neighbours: undirected.neighbours,
    weights: undirected.weights,
    arcCount: out.neighbours.length,
    outOffsets: out.offsets,
    outNeighbours: out.neighbours,
    outWeights: out.weights,
    inOffsets: into.offsets,
    inNeighbours: into.neighbours,
    inWeights: into.weights,
  };
}

/** Convenience for tests and benchmarks: an undirected graph from `[u, v]` or `[u, v, weight]` rows. */
export function undirectedGraph(order: number, edges: ReadonlyArray<readonly number[]>): CompactGraph {
  return compactGraph(
    order,
    edges.map(([source, target, weight]) => ({
      source: source as number,
      target: target as number,
      weight: weight ?? 1,
      directed: false,
    })),
  );
}

/** True when i and j are tied in the undirected layer (binary search in i's sorted neighbours). */
export function hasEdge(graph: CompactGraph, i: number, j: number): boolean {
  let low = graph.offsets[i] as number;
  let high = (graph.offsets[i + 1] as number) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = graph.neighbours[middle] as number;
    if (value === j) return true;
    if (value < j) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** True when the directed arc i → j exists. */
export function hasArc(graph: CompactGraph, i: number, j: number): boolean {
  let low = graph.outOffsets[i] as number;
  let high = (graph.outOffsets[i + 1] as number) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = graph.outNeighbours[middle] as number;
    if (value === j) return true;
    if (value < j) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Maps per-node values back to ids, once, at the boundary. */
export function toRecord(ids: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const record: Record<string, number> = {};
  ids.forEach((id, i) => {
    record[id] = values[i] as number;
  });
  return record;
}
