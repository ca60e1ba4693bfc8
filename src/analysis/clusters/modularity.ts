/**
 * How much more collaboration stays inside the given groups than chance would put there: Newman–Girvan
 * modularity with resolution γ on the undirected collaboration layer,
 *
 *   Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
 *
 * with m the total pair weight, L_c the weight of pairs inside block c and d_c the summed strength of its
 * members (Newman & Girvan 2004, Phys. Rev. E 69, 026113; γ as in Reichardt & Bornholdt 2006). Weighted
 * by default (pair weight = `graph.weights`); `weighted: false` counts each pair as 1. A map without ties
 * has m = 0 and Q = 0/0: we return NaN, as igraph does (NetworkX raises), so callers show "not defined"
 * rather than a misleading "no structure".
 *
 * Nodes with partition −1 (no koker) count as singletons: they keep their ties and their share of m, so
 * the value is the one NetworkX gives when each ungrouped speler is passed as its own community (NetworkX
 * insists on a full partition). Dropping them instead would silently change m and make the formal and the
 * found grouping incomparable on the same map.
 *
 * One pass over the CSR, O(n + m + k) for k the largest label; labels are expected to be small
 * non-negative integers, as every grouping and clustering here produces. Tests compare with a dense O(n²)
 * double sum over the adjacency matrix (conventions.md §7) and with stored NetworkX 2.8.8
 * `nx.community.modularity` and python-igraph 0.10.2 `Graph.modularity` values.
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface ModularityOptions {
  /** γ: above 1 favours smaller blocks, below 1 larger ones. */
  resolution?: number;
  /** Sum pair weights (true) or count pairs (false). */
  weighted?: boolean;
}

export const MODULARITY_DEFAULTS = { resolution: 1, weighted: true } as const;

export function modularity(
  graph: CompactGraph,
  partition: Int32Array,
  options: ModularityOptions = {},
): number {
  const resolution = options.resolution ?? MODULARITY_DEFAULTS.resolution;
  const weighted = options.weighted ?? MODULARITY_DEFAULTS.weighted;
  const { order, offsets, neighbours, weights } = graph;
  if (partition.length !== order)
    throw new RangeError(`invalid \`partition\`: expecting ${order} entries, got ${partition.length}`);
  const m = weighted ? graph.totalWeight : graph.edgeCount;
  if (!(m > 0)) return Number.NaN;

  let maxLabel = -1;
  for (let i = 0; i < order; i++) if ((partition[i] as number) > maxLabel) maxLabel = partition[i] as number;
  const blockStrength = new Float64Array(maxLabel + 1);
  let inside = 0; // Σ over ordered pairs inside a block = 2 Σ_c L_c
  let singletonSquares = 0; // Σ d_i² over ungrouped nodes, each its own block
  for (let i = 0; i < order; i++) {
    const ci = partition[i] as number;
    const end = offsets[i + 1] as number;
    let strength = 0;
    for (let k = offsets[i] as number; k < end; k++) {
      const w = weighted ? (weights[k] as number) : 1;
      strength += w;
      if (ci >= 0 && partition[neighbours[k] as number] === ci) inside += w;
    }
    if (ci >= 0) blockStrength[ci] = (blockStrength[ci] as number) + strength;
    else singletonSquares += strength * strength;
  }
  let squares = singletonSquares;
  for (let c = 0; c <= maxLabel; c++) squares += (blockStrength[c] as number) * (blockStrength[c] as number);
  const twoM = 2 * m;
  return inside / twoM - (resolution * squares) / (twoM * twoM);
}
