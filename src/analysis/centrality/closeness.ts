/**
 * Harmonic closeness: how few steps a speler needs to reach everybody else — who can get a message across
 * the map quickly. The harmonic form is used because gemeente maps are rarely connected: an unreachable
 * speler simply adds 0 instead of making the classic closeness undefined.
 *
 * Definition: H(v) = Σ_{u ≠ v} 1 / d(v, u) / (n − 1), unweighted, on the undirected layer, with
 * 1/∞ = 0; 0 when n ≤ 1. Equals python-igraph `harmonic_centrality(normalized=True)` and NetworkX
 * `harmonic_centrality(G)` / (n − 1). Complexity O(n·m): one BFS per node, taken from `pathSweep`, which
 * also collects betweenness — the diagnosis takes all three figures from that one sweep instead.
 * Reference: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285, 2000; Y. Rochat,
 * "Closeness centrality extended to unconnected graphs: the harmonic centrality index", ASNA 2009.
 * Tests compare with hand-computed values and graphology-shortest-path's BFS; reference.test.ts with
 * NetworkX 2.8.8 and python-igraph 0.10.2.
 */
import type { CompactGraph } from '../compact-graph.ts';
import { pathSweep } from './path-sweep.ts';

export function harmonicCloseness(graph: CompactGraph): Float64Array {
  const n = graph.order;
  const { harmonic } = pathSweep(graph);
  if (n <= 1) return new Float64Array(n);
  for (let v = 0; v < n; v++) harmonic[v] = (harmonic[v] as number) / (n - 1);
  return harmonic;
}
