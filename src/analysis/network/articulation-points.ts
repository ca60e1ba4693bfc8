/**
 * Articulation points: spelers whose departure splits their part of the map — the single thread between
 * two groups. For each one we also count how many spelers would lose the main body of their component
 * (`separated`): the component minus the speler minus its largest remaining piece.
 *
 * Hopcroft & Tarjan (1973) low-link DFS, made iterative so deep chains cannot overflow the stack; subtree
 * sizes come out of the same pass. O(n + m). Reference: NetworkX `articulation_points`.
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface ArticulationPoints {
  /** 1 where removing the node disconnects its component. */
  readonly isArticulation: Uint8Array;
  /** Spelers cut off from the largest remaining piece of the component when the node leaves. */
  readonly separated: Int32Array;
}

export function articulationPoints(graph: CompactGraph): ArticulationPoints {
  const { order, offsets, neighbours } = graph;
  const discovery = new Int32Array(order).fill(-1);
  const low = new Int32Array(order);
  const parent = new Int32Array(order).fill(-1);
  const subtree = new Int32Array(order);
  const cursor = new Int32Array(order);
  const stack = new Int32Array(order);
  const isArticulation = new Uint8Array(order);
  const separated = new Int32Array(order);
  // Per node: sum and max of the child subtrees that would be cut off (low[child] >= discovery[node]).
  const cutSum = new Int32Array(order);
  const cutMax = new Int32Array(order);
  const rootChildren = new Int32Array(order);
  const visitOrder = new Int32Array(order);
  let time = 0;

  for (let root = 0; root < order; root++) {
    if (discovery[root] !== -1) continue;
    const componentStart = time;
    let depth = 0;
    stack[depth++] = root;
    visitOrder[time] = root;
    discovery[root] = low[root] = time++;
    cursor[root] = offsets[root] as number;
    subtree[root] = 1;
    while (depth > 0) {
      const v = stack[depth - 1] as number;
      if ((cursor[v] as number) < (offsets[v + 1] as number)) {
        const w = neighbours[cursor[v] as number] as number;
        cursor[v] = (cursor[v] as number) + 1;
        if (discovery[w] === -1) {
          parent[w] = v;
          visitOrder[time] = w;
          discovery[w] = low[w] = time++;
          cursor[w] = offsets[w] as number;
          subtree[w] = 1;
          stack[depth++] = w;
        } else if (w !== parent[v] && (discovery[w] as number) < (low[v] as number)) {
          low[v] = discovery[w] as number;
        }
        continue;
      }
      depth--;
      const p = parent[v] as number;
      if (p === -1) continue;
      subtree[p] = (subtree[p] as number) + (subtree[v] as number);
      if ((low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
      if (p === root) rootChildren[p] = (rootChildren[p] as number) + 1;
      if ((low[v] as number) >= (discovery[p] as number)) {
        cutSum[p] = (cutSum[p] as number) + (subtree[v] as number);
        if ((subtree[v] as number) > (cutMax[p] as number)) cutMax[p] = subtree[v] as number;
      }
    }
    // Subtrees are final once the root is done: size the pieces each articulation point leaves.
    const componentSize = subtree[root] as number;
    for (let k = componentStart; k < time; k++) {
      const v = visitOrder[k] as number;
      const cutOff = cutSum[v] as number;
      if (v === root ? (rootChildren[v] as number) < 2 : cutOff === 0) continue;
      isArticulation[v] = 1;
      // Pieces: each cut-off child subtree and, below the root, the rest of the component above v.
      const rest = componentSize - 1 - cutOff;
      separated[v] = componentSize - 1 - Math.max(cutMax[v] as number, rest);
    }
  }

  return { isArticulation, separated };
}
