/**
 * How much a diagnosis can bear: the map size below which its figures are only a first impression, and
 * per index the smallest what-if change worth calling a change. Declared once here, beside the figures,
 * so the Diagnose panel, the API, the CLI and a report can apply the same rule (docs/analysis.md).
 */
import type { IndexKey } from './indices.ts';

/**
 * Below 20 spelers one speler is 5 % or more of the map, and a cluster or koker of two or three spelers
 * decides an index on its own.
 */
export const RELIABLE_MIN_ACTORS = 20;

/**
 * Below 30 collaboration ties one tie more or less moves the E-I index by 2/30 ≈ 0.07 or more — a fifth
 * of the distance between two of its bands — and Louvain's clusters on so few ties change with one tie.
 */
export const RELIABLE_MIN_TIES = 30;

export interface MapReliability {
  /** True when the figures are a first impression only: too few spelers or too few ties. */
  indicative: boolean;
  tooFewActors: boolean;
  tooFewTies: boolean;
}

/** Reads `Diagnosis.network`: `spelers` and `ties` (collaboration ties, each pair once). */
export function mapReliability(network: { spelers: number; ties: number }): MapReliability {
  const tooFewActors = network.spelers < RELIABLE_MIN_ACTORS;
  const tooFewTies = network.ties < RELIABLE_MIN_TIES;
  return { indicative: tooFewActors || tooFewTies, tooFewActors, tooFewTies };
}

/**
 * The smallest change of each index that a what-if calls "less" or "more verkokering"; a smaller one is
 * "hardly any difference". The rule is about 1 % of the index' scale, so that one tie more on a map of
 * 100 to 150 ties (the demo: +0.007 on E-I) does not read as a verdict:
 * - E-I runs from −1 to +1: 0.02. The cross share is (E-I + 1)/2, so half that: 0.01 (1 percentage point).
 * - Formal modularity, reciprocity, density and degree centralisation run from 0 to 1 (modularity from
 *   −0.5): 0.01.
 * - Cluster modularity and cluster agreement rest on Louvain's clusters, which a what-if starts from the
 *   clusters before; a regrouping of one or two spelers moves them by about 0.01 without any real change,
 *   so twice that: 0.02.
 * - Average path length is shown with one decimal: below 0.05 steps the shown value does not change.
 * - The number of separate parts is a count: every change (a speler cut off or joined up) is real.
 */
export const MEANINGFUL_DELTA: Readonly<Record<IndexKey, number>> = {
  eiIndex: 0.02,
  crossShare: 0.01,
  formalModularity: 0.01,
  clusterAgreement: 0.02,
  clusterModularity: 0.02,
  components: 0.5,
  density: 0.01,
  reciprocity: 0.01,
  degreeCentralisation: 0.01,
  averagePathLength: 0.05,
};

/** Whether a what-if change of this index is large enough to call a change of verkokering. */
export function isMeaningfulDelta(key: IndexKey, delta: number): boolean {
  return Math.abs(delta) >= MEANINGFUL_DELTA[key];
}
