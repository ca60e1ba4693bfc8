/**
 * How much each speler bridges the formal kokers, counted on direct collaboration ties:
 * - `crossTies`: ties to spelers of another koker (ungrouped ends skipped);
 * - `kokersReached`: how many other kokers those ties reach;
 * - `soleLinks`: koker pairs whose every direct tie runs through this speler — if it leaves, those two
 *   kokers have no direct contact left. This is "the spelers whose removal cuts the most cross-koker
 *   ties" turned into what a policy adviser can act on.
 * O(m) plus a pass over the cross ties grouped by koker pair.
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface SiloBridges {
  readonly crossTies: Int32Array;
  readonly kokersReached: Int32Array;
  readonly soleLinks: Int32Array;
  /** Cross-koker ties in the whole map (each pair once). */
  readonly totalCrossTies: number;
}

export function siloBridges(graph: CompactGraph, groupOf: Int32Array, groupCount: number): SiloBridges {
  const n = graph.order;
  const crossTies = new Int32Array(n);
  const kokersReached = new Int32Array(n);
  const soleLinks = new Int32Array(n);
  const seenGroup = new Int32Array(groupCount).fill(-1);
  // For each koker pair: how many ties, and which spelers touch all of them (at most two candidates).
  const pairTies = new Map<number, { count: number; a: number; b: number; countA: number; countB: number }>();
  let totalCrossTies = 0;
  for (let i = 0; i < n; i++) {
    const gi = groupOf[i] as number;
    if (gi < 0) continue;
    const end = graph.offsets[i + 1] as number;
    for (let k = graph.offsets[i] as number; k < end; k++) {
      const j = graph.neighbours[k] as number;
      const gj = groupOf[j] as number;
      if (gj < 0 || gj === gi) continue;
      crossTies[i] = (crossTies[i] as number) + 1;
      if (seenGroup[gj] !== i) {
        seenGroup[gj] = i;
        kokersReached[i] = (kokersReached[i] as number) + 1;
      }
      if (j < i) continue; // each pair once below
      totalCrossTies++;
      const key = Math.min(gi, gj) * groupCount + Math.max(gi, gj);
      const entry = pairTies.get(key);
      if (entry === undefined) pairTies.set(key, { count: 1, a: i, b: j, countA: 1, countB: 1 });
      else {
        entry.count++;
        entry.countA += entry.a === i || entry.a === j ? 1 : 0;
        entry.countB += entry.b === i || entry.b === j ? 1 : 0;
      }
    }
  }
  for (const entry of pairTies.values()) {
    if (entry.countA === entry.count) soleLinks[entry.a] = (soleLinks[entry.a] as number) + 1;
    if (entry.countB === entry.count && entry.b !== entry.a)
      soleLinks[entry.b] = (soleLinks[entry.b] as number) + 1;
  }
  return { crossTies, kokersReached, soleLinks, totalCrossTies };
}
