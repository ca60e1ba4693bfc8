/**
 * Connected components of the undirected collaboration layer: who can reach whom at all. A werkruimte
 * that falls apart into pieces is the strongest form of verkokering — no path, however long, links them.
 *
 * Iterative BFS over the CSR, O(n + m). Components are numbered by descending size (ties: lowest member
 * index first) so component 0 is always the main body of the map. Reference: NetworkX
 * `connected_components` (same partition; numbering is ours).
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface Components {
  readonly count: number;
  /** Component of each node, 0 = the largest. */
  readonly componentOf: Int32Array;
  /** Size of each component, descending. */
  readonly sizes: Int32Array;
}

export function connectedComponents(graph: CompactGraph): Components {
  const { order, offsets, neighbours } = graph;
  const raw = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const rawSizes: number[] = [];
  for (let start = 0; start < order; start++) {
    if (raw[start] !== -1) continue;
    const component = rawSizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    raw[start] = component;
    while (head < tail) {
      const v = queue[head++] as number;
      const end = offsets[v + 1] as number;
      for (let k = offsets[v] as number; k < end; k++) {
        const w = neighbours[k] as number;
        if (raw[w] === -1) {
          raw[w] = component;
          queue[tail++] = w;
        }
      }
    }
    rawSizes.push(tail);
  }
  // Stable sort keeps "lowest first member" order among equal sizes (components were found in index order).
  const byDescendingSize = rawSizes
    .map((_, index) => index)
    .sort((a, b) => (rawSizes[b] as number) - (rawSizes[a] as number));
  const renumber = new Int32Array(rawSizes.length);
  byDescendingSize.forEach((rawIndex, rank) => {
    renumber[rawIndex] = rank;
  });
  const componentOf = new Int32Array(order);
  for (let i = 0; i < order; i++) componentOf[i] = renumber[raw[i] as number] as number;
  return {
    count: rawSizes.length,
    componentOf,
    sizes: Int32Array.from(byDescendingSize, (rawIndex) => rawSizes[rawIndex] as number),
  };
}
