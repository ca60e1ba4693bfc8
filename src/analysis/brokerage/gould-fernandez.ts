/**
 * Gould & Fernandez (1989) brokerage roles: for every open two-step a → b → c (no arc a → c), broker b
 * gets one count in the role that the groups of a, b and c define:
 *
 * | role            | groups            | reads as                                            |
 * |-----------------|-------------------|-----------------------------------------------------|
 * | coordinator     | a = b = c         | links people inside its own koker                   |
 * | gatekeeper      | a ≠ b = c         | lets outsiders into its own koker                   |
 * | representative  | a = b ≠ c         | speaks for its own koker to others                  |
 * | consultant      | a = c ≠ b         | links two members of another koker from outside     |
 * | liaison         | a, b, c all apart | links kokers it belongs to neither of               |
 *
 * Read on the directed collaboration arcs (a mutual type gives arcs both ways, so a → b → c and c → b → a
 * both count, as in the literature's symmetric case). Triples with an ungrouped end are skipped. Cost
 * O(Σ_b in(b)·out(b) + Σ_a in(a)·out(a)) with a stamp array; no reference library implements it, so the
 * tests check hand-counted cases (and R sna::brokerage's published example counts).
 * Message keys: analysis.brokerage.<role>.
 */
import type { CompactGraph } from '../compact-graph.ts';

export const BROKERAGE_ROLES = [
  'coordinator',
  'gatekeeper',
  'representative',
  'consultant',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Counts per role, each indexed by node. */
export type Brokerage = Record<BrokerageRole, Int32Array>;

export function gouldFernandez(graph: CompactGraph, groupOf: Int32Array): Brokerage {
  const n = graph.order;
  const result: Brokerage = {
    coordinator: new Int32Array(n),
    gatekeeper: new Int32Array(n),
    representative: new Int32Array(n),
    consultant: new Int32Array(n),
    liaison: new Int32Array(n),
  };
  const { inOffsets, inNeighbours, outOffsets, outNeighbours } = graph;
  // stamp[c] === a + 1 means a → c exists: set once per (b, a) from a's out-list.
  const stamp = new Int32Array(n);
  for (let b = 0; b < n; b++) {
    const groupB = groupOf[b] as number;
    if (groupB < 0) continue;
    const outStart = outOffsets[b] as number;
    const outEnd = outOffsets[b + 1] as number;
    if (outStart === outEnd) continue;
    const inEnd = inOffsets[b + 1] as number;
    for (let ka = inOffsets[b] as number; ka < inEnd; ka++) {
      const a = inNeighbours[ka] as number;
      const groupA = groupOf[a] as number;
      if (groupA < 0) continue;
      const mark = a + 1;
      const aEnd = outOffsets[a + 1] as number;
      for (let k = outOffsets[a] as number; k < aEnd; k++) stamp[outNeighbours[k] as number] = mark;
      for (let kc = outStart; kc < outEnd; kc++) {
        const c = outNeighbours[kc] as number;
        if (c === a || stamp[c] === mark) continue;
        const groupC = groupOf[c] as number;
        if (groupC < 0) continue;
        let role: Int32Array;
        if (groupA === groupB) role = groupB === groupC ? result.coordinator : result.representative;
        else if (groupB === groupC) role = result.gatekeeper;
        else role = groupA === groupC ? result.consultant : result.liaison;
        role[b] = (role[b] as number) + 1;
      }
      // Clear only what we set, so the next a starts clean without an O(n) fill.
      for (let k = outOffsets[a] as number; k < aEnd; k++) stamp[outNeighbours[k] as number] = 0;
    }
  }
  return result;
}
