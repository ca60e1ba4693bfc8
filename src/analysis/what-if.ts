/**
 * What-if: apply a change set (add or remove spelers and relaties) to a werkruimte and get the change of
 * every index, fast enough to follow the user's hand on the map (target: under 50 ms on a 2,000-speler
 * map). Pure: the stored werkruimte is never touched; the caller passes the base and the changes.
 *
 * Speed comes from computing only what the index cards need and from two choices that also keep the
 * deltas honest:
 * - clusters after the change start from the clusters before (Louvain warm start), so a small change
 *   gives a small difference instead of a reshuffle caused by a different random path;
 * - on maps too large for an exact all-pairs sweep within the budget, path lengths and betweenness come
 *   from the SAME seeded pivot spelers before and after (common random numbers), so the delta reflects
 *   the change, not the sampling. `exactPaths` says which was used.
 */

import { siloBridges } from './brokerage/silo-bridges.ts';
import { pathSweep } from './centrality/path-sweep.ts';
import { louvain } from './clusters/louvain.ts';
import { indexValues } from './index-values.ts';
import { type BandContext, type IndexCard, type IndexKey, type IndexValues, indexCards } from './indices.ts';
import { connectedComponents } from './network/components.ts';
import { type DiagnosisOptionsInput, resolveDiagnosisOptions } from './options.ts';
import { seededRng, shuffledIndices } from './rng.ts';
import { eiIndex } from './silos/ei-index.ts';
import { resolveGrouping } from './silos/grouping.ts';
import { type AnalysisActor, type AnalysisRelation, buildSnapshot, type Snapshot } from './snapshot.ts';
import { residentsReach } from './suggestions/residents-reach.ts';

export interface ChangeSet {
  addActors?: AnalysisActor[];
  removeActorIds?: string[];
  addRelations?: AnalysisRelation[];
  removeRelationIds?: string[];
}

/** Work (sources × arcs) below which what-if sweeps every source; above it, `WHAT_IF_PIVOTS` pivots. */
export const WHAT_IF_EXACT_WORK = 6_000_000;
export const WHAT_IF_PIVOTS = 64;

export interface ActorChange {
  id: string;
  crossTiesBefore: number;
  crossTiesAfter: number;
  betweennessBefore: number | null;
  betweennessAfter: number | null;
}

export interface WhatIfResult {
  exactPaths: boolean;
  before: IndexCard[];
  after: IndexCard[];
  deltas: Array<{ key: IndexKey; before: number | null; after: number | null; delta: number | null }>;
  clusters: { before: number; after: number };
  residents: {
    subsidyOnlyBefore: number;
    subsidyOnlyAfter: number;
    unreachedBefore: number;
    unreachedAfter: number;
  };
  /** Spelers whose cross-koker ties or betweenness changed, biggest betweenness change first. */
  spelers: ActorChange[];
}

export function applyChanges(
  actors: readonly AnalysisActor[],
  relations: readonly AnalysisRelation[],
  changes: ChangeSet,
): { actors: AnalysisActor[]; relations: AnalysisRelation[] } {
  const removedActors = new Set(changes.removeActorIds ?? []);
  const removedRelations = new Set(changes.removeRelationIds ?? []);
  const nextActors = [
    ...actors.filter((actor) => !removedActors.has(actor.id)),
    ...(changes.addActors ?? []),
  ];
  const nextRelations = [
    ...relations.filter(
      (relation) =>
        !removedRelations.has(relation.id) &&
        !removedActors.has(relation.source) &&
        !removedActors.has(relation.target),
    ),
    ...(changes.addRelations ?? []),
  ];
  return { actors: nextActors, relations: nextRelations };
}

interface QuickState {
  values: IndexValues;
  context: BandContext;
  communities: Int32Array;
  betweenness: Float64Array | null;
  crossTies: Int32Array;
  subsidyOnly: number;
  unreached: number;
}

function quickState(
  snapshot: Snapshot,
  grouping: ReturnType<typeof resolveGrouping>,
  sources: Int32Array | null,
  rngSeed: number,
  initial?: Int32Array,
): QuickState {
  const graph = snapshot.collaboration;
  const n = graph.order;
  const sweep = pathSweep(graph, sources ?? undefined);
  const sourceCount = sources ? sources.length : n;
  const scale = n > 2 && sourceCount > 0 ? n / sourceCount / ((n - 1) * (n - 2)) : 0;
  const clustering = louvain(graph, { rng: seededRng(rngSeed), ...(initial ? { initial } : {}) });
  const ei = eiIndex(graph, grouping.groupOf, grouping.labels.length);
  const residents = residentsReach(snapshot);
  const { values, context } = indexValues({
    graph,
    groupOf: grouping.groupOf,
    clustering,
    ei,
    components: connectedComponents(graph),
    averagePathLength: sweep.reachedPairs > 0 ? sweep.distanceSum / sweep.reachedPairs : null,
  });
  return {
    values,
    context,
    communities: clustering.communities,
    betweenness: sweep.dependency.map((value) => value * scale),
    crossTies: siloBridges(graph, grouping.groupOf, grouping.labels.length).crossTies,
    subsidyOnly: residents.filter((row) => row.subsidyOnly).length,
    unreached: residents.filter((row) => row.toGemeente.distance === null).length,
  };
}

/** Pivots by id, so the same spelers are sources before and after (those that still exist). */
function pivotIndices(snapshot: Snapshot, pivotIds: readonly string[]): Int32Array {
  const indices: number[] = [];
  for (const id of pivotIds) {
    const index = snapshot.indexOf.get(id);
    if (index !== undefined) indices.push(index);
  }
  return Int32Array.from(indices);
}

/** A base map prepared once; `apply` answers each change set from it (what the worker does per click). */
export interface WhatIfSession {
  readonly exactPaths: boolean;
  apply(changes: ChangeSet): WhatIfResult;
}

/**
 * Prepares the base once: its snapshot, its clusters and path figures, the pivots. Each `apply` then
 * builds only the changed map — the part that has to feel instant.
 */
export function prepareWhatIf(
  actors: readonly AnalysisActor[],
  relations: readonly AnalysisRelation[],
  input: DiagnosisOptionsInput = {},
): WhatIfSession {
  const options = resolveDiagnosisOptions(input);
  const snapshotOptions = { collaborationTypes: options.collaborationTypes };
  const before = buildSnapshot(actors, relations, snapshotOptions);
  // Decided on the base map, so that every change set of one session is measured the same way.
  const exactPaths =
    before.collaboration.order * before.collaboration.neighbours.length <= WHAT_IF_EXACT_WORK;
  const pivotIds = exactPaths
    ? []
    : Array.from(
        shuffledIndices(before.ids.length, seededRng(options.seed)).subarray(0, WHAT_IF_PIVOTS),
        (index) => before.ids[index] as string,
      );
  const stateBefore = quickState(
    before,
    resolveGrouping(before.actors, options.grouping),
    exactPaths ? null : pivotIndices(before, pivotIds),
    options.seed,
  );
  const cardsBefore = indexCards(stateBefore.values, stateBefore.context);
  const firstFreeCluster = stateBefore.communities.reduce((max, c) => Math.max(max, c), -1) + 1;

  return {
    exactPaths,
    apply(changes) {
      const next = applyChanges(actors, relations, changes);
      const after = buildSnapshot(next.actors, next.relations, snapshotOptions);
      // Warm start: every speler keeps its cluster; new spelers start alone.
      const initial = new Int32Array(after.ids.length);
      let fresh = firstFreeCluster;
      after.ids.forEach((id, i) => {
        const previous = before.indexOf.get(id);
        initial[i] = previous === undefined ? fresh++ : (stateBefore.communities[previous] as number);
      });
      const stateAfter = quickState(
        after,
        resolveGrouping(after.actors, options.grouping),
        exactPaths ? null : pivotIndices(after, pivotIds),
        options.seed,
        initial,
      );
      const cardsAfter = indexCards(stateAfter.values, stateAfter.context);
      return {
        exactPaths,
        before: cardsBefore,
        after: cardsAfter,
        deltas: cardsBefore.map((card, k) => {
          const later = cardsAfter[k]?.value ?? null;
          return {
            key: card.key,
            before: card.value,
            after: later,
            delta: card.value === null || later === null ? null : later - card.value,
          };
        }),
        clusters: {
          before: new Set(stateBefore.communities).size,
          after: new Set(stateAfter.communities).size,
        },
        residents: {
          subsidyOnlyBefore: stateBefore.subsidyOnly,
          subsidyOnlyAfter: stateAfter.subsidyOnly,
          unreachedBefore: stateBefore.unreached,
          unreachedAfter: stateAfter.unreached,
        },
        spelers: actorChanges(before, after, stateBefore, stateAfter),
      };
    },
  };
}

/** One-off what-if (the API's): prepare and apply in one call. */
export function whatIf(
  actors: readonly AnalysisActor[],
  relations: readonly AnalysisRelation[],
  changes: ChangeSet,
  input: DiagnosisOptionsInput = {},
): WhatIfResult {
  return prepareWhatIf(actors, relations, input).apply(changes);
}

function actorChanges(
  before: Snapshot,
  after: Snapshot,
  stateBefore: QuickState,
  stateAfter: QuickState,
): ActorChange[] {
  const ids = new Set([...before.ids, ...after.ids]);
  const changes: ActorChange[] = [];
  for (const id of ids) {
    const b = before.indexOf.get(id);
    const a = after.indexOf.get(id);
    const crossTiesBefore = b === undefined ? 0 : (stateBefore.crossTies[b] as number);
    const crossTiesAfter = a === undefined ? 0 : (stateAfter.crossTies[a] as number);
    const betweennessBefore = b === undefined ? null : (stateBefore.betweenness?.[b] ?? null);
    const betweennessAfter = a === undefined ? null : (stateAfter.betweenness?.[a] ?? null);
    const betweennessMoved = Math.abs((betweennessAfter ?? 0) - (betweennessBefore ?? 0)) > 1e-12;
    if (crossTiesBefore !== crossTiesAfter || betweennessMoved || a === undefined || b === undefined)
      changes.push({ id, crossTiesBefore, crossTiesAfter, betweennessBefore, betweennessAfter });
  }
  const moved = (change: ActorChange) =>
    Math.abs((change.betweennessAfter ?? 0) - (change.betweennessBefore ?? 0));
  return changes.sort((x, y) => moved(y) - moved(x) || x.id.localeCompare(y.id));
}
