/**
 * Burt's structural holes: does a speler's network reach into groups that do not talk to each other
 * (low constraint, large effective size — a broker), or is it one closed circle where everyone knows
 * everyone (high constraint, small effective size — inside a koker)?
 *
 * Definitions (R. S. Burt, "Structural Holes", Harvard University Press, 1992), on the undirected layer with
 * w_ij the tie weight (1 for every tie when `weighted` is false):
 * - p_ij = w_ij / Σ_k w_ik, the share of i's network invested in j;
 * - constraint_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ≠ i, j} p_iq p_qj)²;
 * - effective size_i = Σ_{j ∈ N(i)} (1 − Σ_{q ≠ i, j} p_iq m_jq) with m_jq = w_jq / max_k w_jk; for
 *   unweighted graphs this equals Borgatti's n − 2t/n (t = ties among i's neighbours).
 * NetworkX `constraint(G, weight='weight')` and `effective_size(G, weight='weight')` use the same formulas
 * (its mutual weight w_ij + w_ji is 2 w_ij on an undirected graph, and the 2 cancels); isolated nodes get
 * NaN, as there. Tests and reference.test.ts compare with NetworkX 2.8.8 values.
 *
 * Complexity O(Σ_q deg(q)²) time, O(n) memory. For each i, p_i· is scattered into a dense array, so
 * "is j a neighbour of i, and how much" is one array read; the two-step sums for all j ∈ N(i) come from
 * walking each neighbour q's list once: q contributes p_iq p_qj to j's indirect constraint and p_iq m_jq
 * to i's redundancy whenever j ∈ N(i). No Maps, no per-node allocation.
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface StructuralHolesOptions {
  /** Use tie weights; false = every tie weighs 1. Default true. */
  weighted?: boolean;
}

export interface StructuralHoles {
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

export function structuralHoles(graph: CompactGraph, options: StructuralHolesOptions = {}): StructuralHoles {
  const weighted = options.weighted ?? true;
  const n = graph.order;
  const { offsets, neighbours, weights } = graph;
  const weightAt = (k: number): number => (weighted ? (weights[k] as number) : 1);

  // Per node: 1 / Σ_k w_ik (for p) and 1 / max_k w_ik (for m).
  const inverseStrength = new Float64Array(n);
  const inverseMaximum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let strength = 0;
    let maximum = 0;
    const stop = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < stop; k++) {
      const w = weightAt(k);
      strength += w;
      if (w > maximum) maximum = w;
    }
    inverseStrength[i] = strength > 0 ? 1 / strength : 0;
    inverseMaximum[i] = maximum > 0 ? 1 / maximum : 0;
  }

  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  // share[j] = p_ij while i is processed, 0 otherwise; indirect[j] = Σ_q p_iq p_qj.
  const share = new Float64Array(n);
  const indirect = new Float64Array(n);

  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const stop = offsets[i + 1] as number;
    if (start === stop) {
      constraint[i] = Number.NaN;
      effectiveSize[i] = Number.NaN;
      continue;
    }
    const scale = inverseStrength[i] as number;
    for (let k = start; k < stop; k++) share[neighbours[k] as number] = weightAt(k) * scale;

    let redundancy = 0;
    for (let k = start; k < stop; k++) {
      const q = neighbours[k] as number;
      const piq = share[q] as number;
      const qScale = inverseStrength[q] as number;
      const qStop = offsets[q + 1] as number;
      // j runs over q's neighbours; only those that are also i's (share > 0) matter. j = i is skipped by
      // share[i] = 0 (no self-loops), j = q cannot occur.
      for (let l = offsets[q] as number; l < qStop; l++) {
        const j = neighbours[l] as number;
        if ((share[j] as number) > 0) {
          const w = weightAt(l);
          indirect[j] = (indirect[j] as number) + piq * w * qScale;
          redundancy += piq * w * (inverseMaximum[j] as number);
        }
      }
    }

    let sum = 0;
    for (let k = start; k < stop; k++) {
      const j = neighbours[k] as number;
      const total = (share[j] as number) + (indirect[j] as number);
      sum += total * total;
      share[j] = 0;
      indirect[j] = 0;
    }
    constraint[i] = sum;
    effectiveSize[i] = stop - start - redundancy;
  }
  return { constraint, effectiveSize };
}
