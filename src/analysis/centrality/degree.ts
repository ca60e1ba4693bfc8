/**
 * Degree and strength: how many partners a speler has and how much collaboration runs through them. The
 * diagnosis shows both views because a koker can hide behind a few heavy ties as well as behind few ties.
 *
 * Definitions: `degree` = number of distinct partners in the undirected layer (NetworkX `G.degree()` on the
 * simple graph); `inDegree`/`outDegree` = number of distinct incoming/outgoing arcs in the directed layer
 * (parallel relaties merged, so a werkt_samen tie counts once each way); `strength`, `inStrength`,
 * `outStrength` = the same sums over tie weights (NetworkX `degree(weight='weight')`, igraph `strength`).
 * Self-loops do not exist in the compact graph. O(n + m), read straight off the CSR offsets.
 * Reference: Barrat et al., "The architecture of complex weighted networks", PNAS 101(11), 2004 (strength).
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface Degrees {
  degree: Int32Array;
  inDegree: Int32Array;
  outDegree: Int32Array;
  strength: Float64Array;
  inStrength: Float64Array;
  outStrength: Float64Array;
}

export function degrees(graph: CompactGraph): Degrees {
  const n = graph.order;
  const degree = new Int32Array(n);
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const strength = new Float64Array(n);
  const inStrength = new Float64Array(n);
  const outStrength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = (graph.offsets[i + 1] as number) - (graph.offsets[i] as number);
    inDegree[i] = (graph.inOffsets[i + 1] as number) - (graph.inOffsets[i] as number);
    outDegree[i] = (graph.outOffsets[i + 1] as number) - (graph.outOffsets[i] as number);
    strength[i] = sum(graph.weights, graph.offsets[i] as number, graph.offsets[i + 1] as number);
    inStrength[i] = sum(graph.inWeights, graph.inOffsets[i] as number, graph.inOffsets[i + 1] as number);
    outStrength[i] = sum(graph.outWeights, graph.outOffsets[i] as number, graph.outOffsets[i + 1] as number);
  }
  return { degree, inDegree, outDegree, strength, inStrength, outStrength };
}

function sum(values: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += values[k] as number;
  return total;
}
