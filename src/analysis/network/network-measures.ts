/**
 * Whole-map figures that need no paths: density, reciprocity and Freeman degree centralisation.
 *
 * - density = ties / (n(n−1)/2) on the undirected layer (NetworkX `density` of the simple graph);
 * - reciprocity = share of directed arcs whose reverse also exists (NetworkX `overall_reciprocity`);
 *   mutual types (werkt_samen) always count as reciprocated — they are mutual by definition;
 * - degree centralisation (Freeman 1978) = Σ (max degree − degree_i) / ((n−1)(n−2)): 1 for a star
 *   (everything runs through one speler), 0 when every speler has as many ties.
 * All O(n + m). Average path length comes from the shortest-path sweep (centrality/path-sweep.ts).
 */
import { type CompactGraph, hasArc } from '../compact-graph.ts';

export function density(graph: CompactGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : graph.edgeCount / ((n * (n - 1)) / 2);
}

export function reciprocity(graph: CompactGraph): number {
  if (graph.arcCount === 0) return Number.NaN;
  let mutual = 0;
  for (let i = 0; i < graph.order; i++) {
    const end = graph.outOffsets[i + 1] as number;
    for (let k = graph.outOffsets[i] as number; k < end; k++) {
      if (hasArc(graph, graph.outNeighbours[k] as number, i)) mutual++;
    }
  }
  return mutual / graph.arcCount;
}

export function degreeCentralisation(graph: CompactGraph): number {
  const n = graph.order;
  if (n < 3) return 0;
  let maximum = 0;
  for (let i = 0; i < n; i++) {
    const degree = (graph.offsets[i + 1] as number) - (graph.offsets[i] as number);
    if (degree > maximum) maximum = degree;
  }
  let sum = 0;
  for (let i = 0; i < n; i++)
    sum += maximum - ((graph.offsets[i + 1] as number) - (graph.offsets[i] as number));
  return sum / ((n - 1) * (n - 2));
}
