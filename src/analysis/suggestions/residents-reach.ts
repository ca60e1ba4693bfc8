/**
 * Residents' reach: how far each bewoner-speler is from the gemeente and from professionals along
 * collaboration ties, and which residents' initiatives hang on the gemeente by money alone.
 *
 * - `toGemeente` / `toProfessional`: the shortest collaboration path (fewest steps) to the nearest
 *   speler of that kracht, with the path itself, from one multi-source BFS per kracht, O(n + m) each.
 * - `subsidyOnly`: the bewoner has at least one `financiert` relatie with a gemeente-speler and no other
 *   relatie of any type with any gemeente-speler — its only line to the gemeente is the subsidy. That is
 *   the subsidy dependency the issue asks to flag: when the money stops, the contact stops.
 */
import type { CompactGraph } from '../compact-graph.ts';
import type { Snapshot } from '../snapshot.ts';

export interface Reach {
  /** Steps to the nearest speler of the kracht; null when none can be reached. */
  distance: number | null;
  /** Node indices from the bewoner to that speler (inclusive); empty when unreachable. */
  path: number[];
}

export interface ResidentReach {
  node: number;
  toGemeente: Reach;
  toProfessional: Reach;
  subsidyOnly: boolean;
}

/** BFS from all `targets` at once; parent[v] points one step towards the nearest target. */
function nearestTargets(graph: CompactGraph, isTarget: (node: number) => boolean) {
  const n = graph.order;
  const distance = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (!isTarget(v)) continue;
    distance[v] = 0;
    queue[tail++] = v;
  }
  while (head < tail) {
    const v = queue[head++] as number;
    const end = graph.offsets[v + 1] as number;
    for (let k = graph.offsets[v] as number; k < end; k++) {
      const w = graph.neighbours[k] as number;
      if (distance[w] !== -1) continue;
      distance[w] = (distance[v] as number) + 1;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  return (node: number): Reach => {
    if (distance[node] === -1) return { distance: null, path: [] };
    const path = [node];
    let current = node;
    while (parent[current] !== -1) {
      current = parent[current] as number;
      path.push(current);
    }
    return { distance: distance[node] as number, path };
  };
}

export function residentsReach(snapshot: Snapshot): ResidentReach[] {
  const { actors } = snapshot;
  const graph = snapshot.collaboration;
  const toGemeente = nearestTargets(graph, (v) => actors[v]?.force === 'gemeente');
  const toProfessional = nearestTargets(graph, (v) => actors[v]?.force === 'professional');
  const funded = new Set<number>();
  const otherTie = new Set<number>();
  const { source, target, type } = snapshot.all;
  for (let k = 0; k < source.length; k++) {
    const a = source[k] as number;
    const b = target[k] as number;
    for (const [resident, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (actors[resident]?.force !== 'bewoner' || actors[other]?.force !== 'gemeente') continue;
      if (type[k] === 'financiert') funded.add(resident);
      else otherTie.add(resident);
    }
  }
  const result: ResidentReach[] = [];
  actors.forEach((actor, node) => {
    if (actor.force !== 'bewoner') return;
    result.push({
      node,
      toGemeente: toGemeente(node),
      toProfessional: toProfessional(node),
      subsidyOnly: funded.has(node) && !otherTie.has(node),
    });
  });
  return result;
}
